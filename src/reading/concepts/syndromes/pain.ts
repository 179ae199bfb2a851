import { type ConceptRule, lexicon } from "../lexicon.js";
import { PAIN } from "../shared.js";

/** Severe pain without a number, and pain much worse than before that does not settle. */

const EXTREME = lexicon(
  "extreme or unsettling",
  [
    "unbearable", "unberable", "excruciating", "agony", "agoni[sz]ing", "intolerable", "killing me", "through the roof", "off the (?:charts|scale)", "worst (?:ever|i have ever|ive ever|of my life|its ever been|it has ever been)",
    "screaming", "crying", "in tears", "(?:cant|couldnt) sleep", "(?:havent|hasnt|didnt|barely|hardly|not) slept", "up all night", "no sleep", "kept me (?:up|awake)", "nothing (?:helps|works|touches it|settles it|is helping|eases it)", "(?:wont|doesnt|isnt|not) (?:settl\\w*|eas\\w*|calm\\w* down|going away)", "(?:severe|horrible|terrible|awful|intense|extreme|brutal)(?= (?:pain|ache|hurt|throb))", "(?:pain|hurts|ache|it) (?:is |was |feels |has been )?(?:so |really |very )?(?:severe|horrible|terrible|awful|intense|extreme|brutal)",
    "(?:much|way|a lot|lots|significantly|considerably|so much|far|loads) worse", "worse and worse", "getting worse",
    "relentless", "(?:cant|cannot|couldnt) get comfortable", "no position (?:helps|is comfortable|works)", "worst (?:its|it has|it s|it) (?:ever )?been", "(?:took|taking|had|take) (?:double|extra|twice|more) (?:\\w+ )?(?:painkillers|pain killers|pills|meds|tablets|dose|medication)",
    "(?:pills|meds|painkillers|pain killers|medication|tablets|tylenol|ibuprofen|paracetamol|oxy\\w*|tramadol) (?:\\w+ )?(?:arent|are not|dont|do not|not|isnt|is not|wont|didnt|havent) (?:\\w+ )?(?:working|work|helping|help|touch(?:ing)? it|doing (?:anything|a thing)|making a difference)",
  ],
  ["insoportable", "inaguantable", "duele\\w* (?:horrible|horrores|muchisimo|un monton|a morir)", "no (?:lo )?aguant\\w*(?! (?:mas )?(?:vivir|esta vida))", "atroz", "dolor (?:es |esta )?(?:muy )?(?:horrible|terrible)", "(?:horrible|terrible) dolor", "me (?:esta )?mata\\w*", "llorando", "no (?:me )?deja dormir", "no (?:puedo|pude|he podido|podia) dormir", "no (?:he |ha )?dormid?o?", "sin dormir", "no (?:me )?deja descansar", "nada (?:me )?(?:ayuda|lo calma|lo quita|sirve|funciona)", "no se (?:me )?(?:calma|quita|pasa)", "(?:mucho|muchisimo|bastante) peor", "cada vez (?:mas )?peor", "cada dia (?:mas )?peor", "peor que nunca", "no encuentro (?:postura|posicion)", "no (?:cede|afloja)", "(?:el )?doble de (?:pastillas|calmantes|medicina\\w*|analgesicos)", "doliendo (?:muchisimo|horrible|horrores|un monton|igual)", "va a peor", "empeor\\w*", "(?:las )?(?:pastillas|medicinas|calmantes|analgesicos) no (?:me )?(?:hacen nada|sirven|funcionan|ayudan|quitan)", "fuertisimo", "muy fuerte", "intens[oa]", "brutal"],
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
