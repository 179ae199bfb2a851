import { type ConceptRule, lexicon } from "../lexicon.js";

/**
 * Suicide and self-harm warning signs, from the AFSP / 988 Lifeline / NICE NG225 lists: talk of
 * wanting to die or kill oneself; feeling a burden; others better off without them; no reason to
 * live; saying goodbye; putting affairs in order or giving things away; collecting or saving
 * pills; self-harm. Reported by a parent or partner too. Denials do not cancel these on purpose:
 * "I dont want to live" is a denial in form and a cry for help in meaning.
 */

/**
 * "Scared I might hurt myself on the lunges", "me da miedo lastimarme con las sentadillas": fear of
 * an injury while exercising, a question for the therapist (therapist.ts), not self-harm. Only when
 * both the fear and the exercise are said; "I'm scared I might hurt myself" alone stays a warning sign.
 */
const FEAR = String.raw`(?:scared|afraid|fear\w*|frightened|worried|nervous|terrified|anxious|concerned|careful|miedo|temor|preocup\w*|nervios\w*)`;
const EXERCISE_TALK = String.raw`(?:exercis\w*|ejercicio\w*|squats?|sentadillas?|lunges?|zancadas?|bridges?|puentes?|band|bands|banda|liga|weights?|pesas?|reps|sets|series|stairs|escaleras?|steps?|balance|equilibrio|workout|routine|rutina|physio|program\w*|knee|rodilla|hip|cadera|back|espalda|shoulder|hombro|new (?:hip|knee)|surgery|operacion|again|otra vez|de nuevo|wrong|mal)`;
const NOT_FEAR_OF_INJURY = String.raw`(?!(?<=\b${FEAR}\b[^.!?]{0,40})(?:(?<=\b${EXERCISE_TALK}\b[^.!?]*)|(?=[^.!?]*\b${EXERCISE_TALK}\b)))`;

const WARNING_SIGNS = lexicon(
  "suicide or self-harm warning signs",
  [
    "kill(?:ing)? (?:my|him|her|them)sel(?:f|ves)", "suicid\\w*", "end(?:ing)? (?:it all|my life|his life|her life|(?:my|his|her) own life)", "take (?:my|his|her) (?:own )?life", "(?:want|wants|wanted|wanna) to die", "(?:want|wants) to be dead",
    "wish (?:i|he|she) (?:was|were|wasnt|werent) (?:dead|here|alive|around|born)", "better off (?:dead|gone)", "rather be dead", "(?:dont|doesnt|do not|no longer|dont even) (?:really )?want to (?:be alive|live|be here|wake up|go on|exist|be around)",
    `(?:want\\w*|thinking (?:about|of)|thought (?:about|of)|urges? to|going to|gonna|might|will|tried to|trying to|try to) (?:\\w+ ){0,2}(?:hurt|harm|cut|burn)(?:ing)? (?:my|him|her|them)sel(?:f|ves)${NOT_FEAR_OF_INJURY}`, "(?:cutting|harming|burning) (?:my|him|her|them)sel(?:f|ves)", "harm (?:my|him|her|them)sel(?:f|ves)", "self[ -]?harm\\w*", "overdos\\w*",
    "(?:take|taking|swallow\\w*) all (?:my|his|her|the|of (?:my|his|her|the)) (?:pills|tablets|meds|medication|painkillers)", "all (?:my|his|her|the) (?:pills|tablets|meds) at once",
    "(?:im|i am|being|be|feel like|just|such|feel like such) a (?:burden|drain)", "(?:a )?burden (?:to|on|for) (?:everyone|my family|them|you all|my kids|my wife|my husband|the family|others)", "(?:he|she) (?:is|feels|says (?:he|she) is) a burden",
    "(?:everyone|they|family|my family|kids|my kids|wife|husband|people|the world|you all|everybody)(?: \\w+){0,2} (?:would be|would all be|d be|are|will be) better off without (?:me|him|her)", "better off without (?:me|him|her)", "(?:everyone|they|family|my family|kids|my kids|wife|husband|people|everybody|the world)(?: \\w+){0,2} (?:would|will|d) (?:all )?be (?:fine|ok|okay|happier|better|relieved) without (?:me|him|her)", "(?:easier|better) (?:for (?:everyone|everybody|them|all) )?if (?:i|he|she) (?:just )?(?:wasnt|werent|was not|were not) (?:here|around|alive)", "(?:easier|better) (?:for (?:everyone|everybody|them|all) )?if (?:i|he|she) (?:just )?(?:was|were) gone", "better off if (?:i|he|she) (?:was|were|wasnt|werent) (?:gone|here|around|dead)",
    "(?:saying|said|say|wrote|writing|write) (?:\\w+ ){0,2}goodbyes?(?! to (?:the|my) (?:pain|band|crutches|walker|cane))", "goodbye (?:letters?|notes?)", "(?:put|putting|get|getting|got|sort\\w*) (?:\\w+ ){0,2}affairs in order",
    "giv(?:e|ing|en) away (?:all )?(?:my|his|her) (?:things|stuff|belongings|possessions)", "(?:saving|saved|save|saves|stockpil\\w*|hoard\\w*|stash\\w*) (?:up )?(?:\\w+ ){0,2}(?:pills|tablets|meds|painkillers|medication|sleeping pills)",
    "enough (?:pills|tablets|meds)", "(?:looked up|googled|searched|researched|reading up on|look up|google) how many (?:pills|tablets|meds)", "how many (?:pills|tablets|meds) (?:\\w+ ){0,3}(?:to (?:die|kill|end it|overdose|od)|(?:is|are|would be) (?:fatal|lethal|deadly))",
    "(?:think\\w*|thought|imagin\\w*|fantasi[sz]\\w*|talk\\w*|keeps? (?:saying|talking)|mention\\w*|said) (?:\\w+ ){0,3}(?:driv\\w*|crash\\w*|steer\\w*) (?:\\w+ ){0,2}(?:off|into) (?:the |a )?(?:road|bridge|cliff|tree|wall|river|traffic)", "(?:jump\\w*|throw\\w* (?:my|him|her)self) (?:off|from|in front of) (?:a |the )?(?:bridge|roof|building|balcony|cliff|train|bus|truck)", "(?:step\\w*|walk\\w*) in front of (?:a |the )?(?:train|bus|truck|car)",
    "(?:been|started|am|is|was|keep) cutting (?:again|(?:my|him|her)self)", "cut (?:my|him|her)self (?:again(?! (?:on|with|while|when|chopping|shaving|cooking|in|at|opening))|on purpose|deliberately)", "hurt (?:my|him|her)self (?:again )?(?:on purpose|deliberately)",
    "(?:go |to go )?be with (?:my|his|her) (?:late|dead|deceased) (?:husband|wife|son|daughter|partner|mother|father|mom|dad)", "join (?:my|his|her) (?:late|dead|deceased) (?:husband|wife|son|daughter|partner)",
    "(?:wont|will not|dont|wouldnt) need (?:\\w+ ){0,3}where (?:im|i am|hes|shes) going", "(?:i have|ive got|i got|have) a plan (?:to|for) (?:end|ending|kill|do it)", "(?:no|any) (?:reason|point) (?:to|in|for) (?:keep |keeping |still )?(?:living|live|being alive|going on|carry on|carrying on|be here|being here|going(?! (?:with|to|on with) (?:the|these|this|my) (?:exercises|program|physio|therapy)))", "not worth living", "tired of (?:living|life|being alive)", "done with (?:life|living)",
    "(?:wont|will not|not going to|not gonna) be (?:around|here) (?:much longer|for long|anymore|any more|to see)", "go to sleep and (?:never|not) wake up", "(?:sleep|go to sleep) (?:forever|for good|and never wake)", "(?:want|wanna|wish|hope|rather|prefer) (?:\\w+ ){0,4}(?:not|never) (?:to )?wake up", "(?:stockpil\\w*|sav\\w*|hoard\\w*|stash\\w*|collect\\w*|keep\\w*) (?:up )?(?:\\w+ ){0,2}(?:oxy\\w*|percocet\\w*|vicodin|norco\\w*|tramadol|hydrocodone|morphine|codeine|xanax|valium|ambien|opioids?|painkillers?|pain pills)(?: \\w+){0,3} (?:just )?in case", "(?:letters?|notes?|videos?|messages?) (?:\\w+ ){0,4}(?:just )?in case (?:something happens|i|im|anything)", "(?:wrote|written|writing|recorded|left) (?:\\w+ ){0,3}(?:letters?|notes?) (?:\\w+ ){0,4}(?:just )?in case", "(?:disappear|vanish) (?:forever|for good)", "(?:cant|can not) go on (?:anymore|like this|any more)", "no way out", "(?:scared|afraid|frightened|worried|terrified) (?:of )?what (?:i|he|she) (?:might|will|could|would|am going to|is going to|may) do(?: to (?:my|him|her)self)?", "(?:dont|doesnt|cant|do not|does not) trust (?:my|him|her)self(?! (?:on|with|to (?:do|lift|walk|balance|stand)))", "(?:nobody|no one|noone) (?:would|will|is going to|is gonna|d) (?:even )?(?:miss|notice|care)", "want (?:it all|everything|my life|all of (?:this|it)|it) to (?:end|be over)", "(?:end|ending) it(?= all| now| tonight)",
  ],
  [
    "(?:no )?quiero morir\\w*", "quiere morir\\w*", "quisiera (?:estar muert\\w*|morir\\w*|desaparecer)", "(?:quiero|quiere|queria|queria|ganas de) desaparecer(?! (?:de aqui|un rato|unos dias|el fin|de vacaciones|de la oficina))", "(?:quitarme|quitarse|quitar(?:me|se)) la vida", "suicid\\w*", "matarme", "matarse", "(?:me|se) quiere matar",
    "hacer(?:me|se) dano a (?:mi|si) mism[oa]", "lastimar(?:me|se) a (?:mi|si) mism[oa]", "cortar(?:me|se) (?:las venas|los brazos|las munecas|el brazo)", "se (?:esta )?cort(?:a|ando) (?:los brazos|las munecas|el brazo)", `(?:pensado|pienso|piensa|ganas de) (?:en )?(?:hacerme|hacerse|lastimarme|lastimarse|cortarme|cortarse)${NOT_FEAR_OF_INJURY}`, "acabar con (?:todo|mi vida|su vida)", "tomar(?:me|se) todas las (?:pastillas|pildoras)", "todas las pastillas (?:juntas|de golpe)", "sobredosis",
    "mejor (?:muert[oa])", "no vale la pena vivir", "(?:sentido|razon|razones|ganas) (?:de |para )?(?:seguir )?viv\\w*", "ganas de morir\\w*", "cansad[oa] de vivir", "no quiero (?:seguir )?(?:vivir|viviendo|estar aqui|despertar|existir)", "no quiere (?:seguir )?(?:vivir|despertar)",
    "(?:soy|es|ser|me siento) una carga", "(?:estar|seri|vivir|est)\\w* mejor sin (?:mi|el|ella)(?! \\w)", "\\w+(?:ria|rian|riamos|rias) mejor sin (?:mi|el|ella)(?! \\w)", "mejor sin mi", "(?:despedirme|despedirse|me estoy despidiendo|se esta despidiendo|cartas? de despedida)", "(?:ya )?(?:me|se) (?:despedi|despidio) de (?:todos|todo el mundo|mi familia|su familia|mis hijos|sus hijos)",
    "(?:quiero|quisiera|quiere) que (?:todo|esto|esta vida)(?: esto)? (?:termine|se acabe|acabe|se termine)", "(?:tirarme|tirarse|aventarme|aventarse|lanzarme|lanzarse|echarme|echarse) (?:\\w+ ){0,2}(?:puente|edificio|balcon|ventana|azotea|tren|metro|carro|camion)",
    "(?:me|se) (?:corte|corto|cortaba|lastime|lastimo) (?:(?:otra vez|de nuevo)(?! (?:con|al|cocinando|pelando|rasurando|afeitando|en))|a proposito|adrede)", "(?:irme|irse|estar) con (?:mi|su) (?:esposo|esposa|marido|mujer|hijo|hija|mama|papa) que (?:fallecio|murio|se fue)", "reunirme con (?:mi|su) (?:esposo|esposa|marido|hijo|hija)",
    "cuantas (?:pastillas|pildoras) (?:\\w+ ){0,3}(?:para (?:morir|matarme|matarse|no despertar))", "(?:busque|investigue) cuantas (?:pastillas|pildoras)",
    "(?:poner|puse|poniendo|arreglar|arreglando|dejar|deje|dejando) (?:\\w+ ){0,2}(?:cosas|asuntos|papeles) en orden", "(?:regalando|regale|regalar) (?:todas )?(?:mis|sus) cosas",
    "(?:juntando|guardando|ahorrando|escondiendo|acumulando|junte|guarde) (?:\\w+ ){0,2}(?:pastillas|pildoras|medicamentos|calmantes)", "desaparecer para siempre", "miedo (?:de |a )?lo que (?:pueda|puedo|vaya a|voy a|pueda llegar a) hacer(?:me|se)?", "no (?:me|se) (?:fio|fia) de (?:mi|si) mism[oa]", "(?:ir|irme|irse|dormir|dormirme|dormirse) para siempre", "no despertar(?:me|se)? (?:mas|nunca)", "(?:mejor|quisiera|quiero|ojala|prefiero|prefiere) no despertar\\w*", "dormir(?:me|se)? y no despertar\\w*", "no (?:me|le) queda nada por (?:lo que|que) vivir", "no aguanto mas (?:vivir|esta vida)",
  ],
);

export const SELF_HARM_RULES: readonly ConceptRule[] = [
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "Suicide or self-harm, direct or indirect (burden, better off without me, goodbyes, affairs in order, saving pills).", sentence: [WARNING_SIGNS], denialDoesNotCancel: true },
];
