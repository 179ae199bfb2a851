import { type ConceptRule, lexicon } from "../lexicon.js";
import { PAIN } from "../shared.js";

/** Severe pain without a number, and pain much worse than before that does not settle. */

const EXTREME = lexicon(
  "extreme or unsettling",
  [
    "unbearable", "unberable", "unbear\\w*ble", "unbar\\w*ble", "excruciating", "excrutiat\\w*", "excrusiat\\w*", "crippling", "debilitating", "horrendous", "horrific", "savage", "torture", "pure hell", "(?:like|absolute|living) hell",
    "worst (?:pain )?(?:ive|i have|i ve|hes|shes|he has|she has|theyve) (?:ever )?(?:had|felt|been in|known)", "(?:two|three|four|five|ten|twenty|hundred|million|\\d+) times worse", "twice as bad", "worse than (?:ever|before|yesterday|last night|after (?:the |my )?(?:surgery|op|operation))", "never been this bad",
    "(?:cant|cannot|can not|couldnt) (?:bear|stand|take|handle|cope with|tolerate) (?:it|this|the|much more|any more|anymore)", "out of control", "(?:brought|reduced|moved|bringing) (?:me|him|her) to tears", "doubled over", "writhing", "(?:wont|doesnt|isnt|not|never) let(?:ting|s)? up",
    "(?:cant|couldnt|cannot) (?:even )?think (?:straight|of anything else)", "seeing stars", "agony", "agoni[sz]ing", "intolerable", "killing me", "through the roof", "off the (?:charts|scale)", "worst (?:ever|i have ever|ive ever|of my life|its ever been|it has ever been)",
    "screaming", "crying", "in tears", "(?:cant|couldnt) sleep", "(?:havent|hasnt|didnt|barely|hardly|not) slept", "up all night", "no sleep", "kept me (?:up|awake)", "nothing (?:helps|works|touches it|settles it|is helping|eases it)", "(?:wont|doesnt|isnt|not) (?:settl\\w*|eas\\w*|calm\\w* down|going away)", "(?:severe|horrible|terrible|awful|intense|extreme|brutal)(?= (?:pain|ache|hurt|throb))", "(?:pain|hurts|ache|it) (?:is |was |feels |has been )?(?:so |really |very )?(?:severe|horrible|terrible|awful|intense|extreme|brutal)",
    "(?:much|way|a lot|lots|significantly|considerably|so much|far|loads) worse", "worse and worse", "getting worse",
    "relentless", "(?:cant|cannot|couldnt) get comfortable", "no position (?:helps|is comfortable|works)", "worst (?:its|it has|it s|it) (?:ever )?been", "(?:took|taking|had|take) (?:double|extra|twice|more) (?:\\w+ )?(?:painkillers|pain killers|pills|meds|tablets|dose|medication)",
    "(?:pills|meds|painkillers|pain killers|medication|tablets|tylenol|ibuprofen|paracetamol|oxy\\w*|tramadol) (?:\\w+ )?(?:arent|are not|dont|do not|not|isnt|is not|wont|didnt|havent) (?:\\w+ )?(?:working|work|helping|help|touch(?:ing)? it|doing (?:anything|a thing)|making a difference)",
  ],
  ["insoportable", "inaguantable", "insufrible", "a rabiar", "un chingo", "que me parte", "pa(?:ra)? morir(?:se|me)", "horroros\\w*", "tremend[oa]", "espantos[oa]", "bestial", "salvaje", "(?:me |se )?muer\\w* de(?:l)? dolor", "no (?:me|la|lo|le) deja vivir", "(?:viendo|veo|ve|vi) las estrellas", "(?:llor\\w*) (?:\\w+ ){0,2}(?:del|de|por el) dolor",
    "cabron\\w*", "del carajo", "de la gran siete", "de (?:los )?mil demonios", "una barbaridad", "un horror", "no (?:lo|la) soporto", "no (?:puedo|aguanto) mas", "fuera de control", "nada me alivia", "no (?:me )?alivia\\w*", "sin alivio",
    "ni con (?:las |los |la )?(?:pastillas|calmantes|medicinas?|analgesicos|ibuprofeno|paracetamol) (?:se )?(?:me |le )?(?:calma|quita|pasa|baja)", "peor que (?:ayer|antes|nunca)", "(?:diez|10|mil) veces peor", "me retuerzo", "retorci\\w*", "doblad[oa] del dolor", "duele\\w* (?:horrible|horrores|muchisimo|un monton|a morir)", "no (?:lo )?aguant\\w*(?! (?:mas )?(?:vivir|esta vida))", "atroz", "dolor (?:es |esta )?(?:muy )?(?:horrible|terrible)", "(?:horrible|terrible) dolor", "me (?:esta )?mata\\w*", "llorando", "no (?:me )?deja dormir", "no (?:puedo|pude|he podido|podia) dormir", "no (?:he |ha )?dormid?o?", "sin dormir", "no (?:me )?deja descansar", "nada (?:me )?(?:ayuda|lo calma|lo quita|sirve|funciona)", "no se (?:me )?(?:calma|quita|pasa)", "(?:mucho|muchisimo|bastante) peor", "cada vez (?:mas )?peor", "cada dia (?:mas )?peor", "peor que nunca", "no encuentro (?:postura|posicion)", "no (?:cede|afloja)", "(?:el )?doble de (?:pastillas|calmantes|medicina\\w*|analgesicos)", "doliendo (?:muchisimo|horrible|horrores|un monton|igual)", "va a peor", "empeor\\w*", "(?:las )?(?:pastillas|medicinas|calmantes|analgesicos) no (?:me )?(?:hacen nada|sirven|funcionan|ayudan|quitan)", "fuertisimo", "muy fuerte", "intens[oa]", "brutal"],
);

/** "Killing me" said of a body part: hyperbole alone, severe when nothing settles it. */
const SITE_KILLING_ME = lexicon(
  "a body part killing me",
  ["(?:knee|hip|back|shoulder|leg|ankle|neck|foot|arm|wrist|elbow|calf|heel)s? (?:is |are |s |has been |have been )?(?:\\w+ )?killing me"],
  ["(?:me|la|el) (?:esta )?mata\\w* (?:la|el|mi) (?:rodilla|cadera|espalda|hombro|pierna|tobillo|cuello|pie|brazo)", "(?:rodilla|cadera|espalda|hombro|pierna|tobillo|cuello|pie|brazo) me (?:esta )?mata\\w*"],
);
const NOTHING_SETTLES = lexicon(
  "nothing settles it",
  ["nothing (?:helps|works|touches it|settles it|is helping|eases it)", "(?:pills|meds|painkillers|pain killers|medication|tablets) (?:\\w+ )?(?:arent|are not|dont|do not|not|isnt|wont|didnt|havent) (?:\\w+ )?(?:working|work|helping|help|touch(?:ing)? it|doing anything)", "(?:cant|couldnt) sleep", "all night", "getting worse", "worse and worse"],
  ["nada (?:me )?(?:ayuda|lo calma|lo quita|sirve|funciona)", "(?:pastillas|medicinas|calmantes) no (?:me )?(?:hacen nada|sirven|funcionan|ayudan)", "no (?:puedo|pude) dormir", "cada (?:vez|dia) (?:mas )?peor"],
);

export const PAIN_RULES: readonly ConceptRule[] = [
  { id: "severe-pain-words", syndrome: "high-pain", level: "urgent", effect: "symptom", description: "Pain described as unbearable, the worst ever, or much worse and not settling.", sentence: [PAIN, EXTREME], fadesWhenResolved: true },
  { id: "severe-pain-words", syndrome: "high-pain", level: "urgent", effect: "symptom", description: "A body part 'killing me' with nothing settling it.", message: [SITE_KILLING_ME, NOTHING_SETTLES], fadesWhenResolved: true },
];
