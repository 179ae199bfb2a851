import { type ConceptRule, lexicon } from "../lexicon.js";

/**
 * Suicide and self-harm warning signs, from the AFSP / 988 Lifeline / NICE NG225 lists: talk of
 * wanting to die or kill oneself; feeling a burden; others better off without them; no reason to
 * live; saying goodbye; putting affairs in order or giving things away; collecting or saving
 * pills; self-harm. Reported by a parent or partner too. Denials do not cancel these on purpose:
 * "I dont want to live" is a denial in form and a cry for help in meaning.
 */

const WARNING_SIGNS = lexicon(
  "suicide or self-harm warning signs",
  [
    "kill(?:ing)? (?:my|him|her|them)sel(?:f|ves)", "suicid\\w*", "end(?:ing)? (?:it all|my life|his life|her life|(?:my|his|her) own life)", "take (?:my|his|her) (?:own )?life", "(?:want|wants|wanted|wanna) to die", "(?:want|wants) to be dead",
    "wish (?:i|he|she) (?:was|were|wasnt|werent) (?:dead|here|alive|around|born)", "better off dead", "rather be dead", "(?:dont|doesnt|do not|no longer|dont even) (?:really )?want to (?:be alive|live|be here|wake up|go on|exist|be around)",
    "(?:want\\w*|thinking (?:about|of)|thought (?:about|of)|urges? to|going to|gonna|might|will|tried to|trying to|try to) (?:\\w+ ){0,2}(?:hurt|harm|cut|burn)(?:ing)? (?:my|him|her|them)sel(?:f|ves)", "(?:cutting|harming|burning) (?:my|him|her|them)sel(?:f|ves)", "harm (?:my|him|her|them)sel(?:f|ves)", "self[ -]?harm\\w*", "overdos\\w*",
    "(?:take|taking|swallow\\w*) all (?:my|his|her|the|of (?:my|his|her|the)) (?:pills|tablets|meds|medication|painkillers)", "all (?:my|his|her|the) (?:pills|tablets|meds) at once",
    "(?:im|i am|being|be|feel like|just|such|feel like such) a (?:burden|drain)", "(?:a )?burden (?:to|on|for) (?:everyone|my family|them|you all|my kids|my wife|my husband|the family|others)", "(?:he|she) (?:is|feels|says (?:he|she) is) a burden",
    "(?:everyone|they|family|my family|kids|my kids|wife|husband|people|the world|you all|everybody)(?: \\w+){0,2} (?:would be|would all be|d be|are|will be) better off without (?:me|him|her)", "better off without (?:me|him|her)", "better off if (?:i|he|she) (?:was|were|wasnt|werent) (?:gone|here|around|dead)",
    "(?:saying|said|say|wrote|writing|write) (?:\\w+ ){0,2}goodbyes?(?! to (?:the|my) (?:pain|band|crutches|walker|cane))", "goodbye (?:letters?|notes?)", "(?:put|putting|get|getting|got|sort\\w*) (?:\\w+ ){0,2}affairs in order",
    "giv(?:e|ing|en) away (?:all )?(?:my|his|her) (?:things|stuff|belongings|possessions)", "(?:saving|saved|save|saves|stockpil\\w*|hoard\\w*|stash\\w*) (?:up )?(?:\\w+ ){0,2}(?:pills|tablets|meds|painkillers|medication|sleeping pills)",
    "enough (?:pills|tablets|meds)", "(?:no|any) (?:reason|point) (?:to|in|for) (?:keep |keeping |still )?(?:living|live|being alive|going on|carry on|carrying on|be here|being here)", "not worth living", "tired of (?:living|life|being alive)", "done with (?:life|living)",
    "(?:wont|will not|not going to|not gonna) be (?:around|here) (?:much longer|for long|anymore|any more|to see)", "go to sleep and (?:never|not) wake up", "(?:disappear|vanish) (?:forever|for good)", "(?:cant|can not) go on (?:anymore|like this|any more)", "no way out", "(?:nobody|no one|noone) (?:would|will|is going to|is gonna|d) (?:even )?(?:miss|notice|care)", "want (?:it all|everything|my life|all of (?:this|it)|it) to (?:end|be over)", "(?:end|ending) it(?= all| now| tonight)",
  ],
  [
    "(?:no )?quiero morir\\w*", "quiere morir\\w*", "quisiera (?:estar muert\\w*|morir\\w*|desaparecer)", "(?:quitarme|quitarse|quitar(?:me|se)) la vida", "suicid\\w*", "matarme", "matarse", "(?:me|se) quiere matar",
    "hacer(?:me|se) dano a (?:mi|si) mism[oa]", "lastimar(?:me|se) a (?:mi|si) mism[oa]", "cortar(?:me|se) (?:las venas|los brazos|las munecas|el brazo)", "se (?:esta )?cort(?:a|ando) (?:los brazos|las munecas|el brazo)", "(?:pensado|pienso|piensa|ganas de) (?:en )?(?:hacerme|hacerse|lastimarme|lastimarse|cortarme|cortarse)", "acabar con (?:todo|mi vida|su vida)", "tomar(?:me|se) todas las (?:pastillas|pildoras)", "todas las pastillas (?:juntas|de golpe)", "sobredosis",
    "mejor (?:muert[oa])", "no vale la pena vivir", "(?:sentido|razon|razones|ganas) (?:de |para )?(?:seguir )?viv\\w*", "ganas de morir\\w*", "cansad[oa] de vivir", "no quiero (?:seguir )?(?:vivir|viviendo|estar aqui|despertar|existir)", "no quiere (?:seguir )?(?:vivir|despertar)",
    "(?:soy|es|ser|me siento) una carga", "(?:estar|seri|vivir|est)\\w* mejor sin (?:mi|el|ella)(?! \\w)", "mejor sin mi", "(?:despedirme|despedirse|me estoy despidiendo|se esta despidiendo|cartas? de despedida)",
    "(?:poner|puse|poniendo|arreglar|arreglando|dejar|deje|dejando) (?:\\w+ ){0,2}(?:cosas|asuntos|papeles) en orden", "(?:regalando|regale|regalar) (?:todas )?(?:mis|sus) cosas",
    "(?:juntando|guardando|ahorrando|escondiendo|acumulando|junte|guarde) (?:\\w+ ){0,2}(?:pastillas|pildoras|medicamentos|calmantes)", "desaparecer para siempre", "(?:ir|irme|irse|dormir|dormirme|dormirse) para siempre", "no despertar(?:me|se)? (?:mas|nunca)", "no (?:me|le) queda nada por (?:lo que|que) vivir", "no aguanto mas (?:vivir|esta vida)",
  ],
);

export const SELF_HARM_RULES: readonly ConceptRule[] = [
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "Suicide or self-harm, direct or indirect (burden, better off without me, goodbyes, affairs in order, saving pills).", sentence: [WARNING_SIGNS], denialDoesNotCancel: true },
];
