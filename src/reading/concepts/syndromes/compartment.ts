import { type ConceptRule, lexicon } from "../lexicon.js";
import { CAST_OFF, LONG_AGO } from "../shared.js";

/**
 * Acute compartment syndrome and the cast-care warnings (BOA / NHS fracture-clinic leaflets): pain out
 * of proportion to the injury that painkillers do not touch, pain on moving or stretching the fingers
 * or toes, a cast or limb tight as a drum, numbness or tingling beyond a cast. Any of them with a cast,
 * or a break is an emergency: go to A&E now. A cast that only feels too tight
 * is a same-day check.
 */

const CAST_OR_BREAK = lexicon(
  "a cast, splint or break",
  ["casts?", "plaster", "splint", "(?=break)(?<!\\b(?:lunch|coffee|tea|water|bathroom|toilet|loo|work|spring|summer|winter|christmas|easter|school|short|quick|little|long|weekend|commercial|half|mental|nice|5 min|10 min|five minute|ten minute) )break(?! (?:time|room|from|up|down|the ice|between|even))", "broken", "fractur\\w*", "crush\\w*", "(?:hit|struck|kicked) by"],
  ["yesos?", "escayola", "ferula", "fractura\\w*", "rot[oa]", "quebrad[oa]", "aplast\\w*"],
);
const CAST = lexicon("a cast or splint", ["casts?", "plaster", "splint"], ["yesos?", "escayola", "ferula"]);

/** Pain out of proportion: more than it should be, getting worse by the hour, painkillers do nothing. */
const PAIN_OUT_OF_PROPORTION = lexicon(
  "pain out of proportion",
  [
    "(?:way |much |far )?worse than (?:it should|i expected|expected|it ought)", "(?:painkillers?|pain ?killers|pain meds|meds|tablets|morphine|oxy\\w*|codeine|tramadol|pills) (?:\\w+ ){0,2}(?:not touching|arent touching|dont touch|do nothing|did nothing|doing nothing|not (?:helping|working|doing anything)|arent (?:helping|working)|dont (?:help|work))",
    "even (?:on|with|after) (?:the )?(?:painkillers?|pain meds|meds|morphine|oxy\\w*|codeine|tramadol)", "(?:hurts|worse|pain\\w*) (?:\\w+ ){0,2}(?:more )?(?:every|by the) hour", "(?:unbearable|unreal|insane|crazy(?! (?:day|days|week|weekend|busy|morning|night|time|times|traffic|weather|schedule|shift))|excruciating|agony|screaming|crying with (?:the )?pain|10/10|10 out of 10)",
  ],
  ["(?:no|nada) (?:se )?(?:me |le )?(?:quita|calma|alivia) (?:con )?(?:nada|las pastillas|los calmantes|la medicina)", "(?:el dolor|dolor) (?:no )?(?:se )?(?:me |le )?(?:quita|calma) con nada", "insoportable", "horrible", "(?:cada vez|cada hora) (?:mas|peor)", "is crazy", "no (?:me )?(?:hacen|hace) nada (?:los calmantes|las pastillas)"],
);

/** Pain on moving or stretching the fingers or toes: the earliest sign (passive stretch). */
const PAIN_ON_STRETCHING = lexicon(
  "pain on moving or stretching the fingers or toes",
  ["(?:hurts|kills|agony|pain\\w*|unbearable|screaming|excruciating) (?:\\w+ ){0,5}(?:wiggl\\w*|mov\\w*|stretch\\w*|bend\\w*|pull\\w*) (?:\\w+ ){0,2}(?:toes|fingers)", "(?:wiggl\\w*|mov\\w*|stretch\\w*|bend\\w*|pull\\w*) (?:\\w+ ){0,2}(?:toes|fingers) (?:\\w+ ){0,2}(?:back )?(?:makes|is|kills|hurts)"],
  ["(?:duele\\w*|dolor\\w*) (?:\\w+ ){0,4}(?:muevo|mover|estir\\w*|dobl\\w*) (?:\\w+ ){0,2}(?:los )?dedos"],
);

/** A cast cutting in, a limb tight as a drum or hard as a stone. */
const TIGHT_AS_A_DRUM = lexicon(
  "a cast or limb too tight",
  [
    "(?:casts?|plaster|splint) (?:\\w+ ){0,3}(?:too|so|super|really|very|way too|crazy) tight", "(?:casts?|plaster|splint) (?:\\w+ ){0,3}(?:cutting|digging) in",
    "tight as a drum", "(?:rock|stone) hard", "hard as (?:a )?(?:rock|stone|brick)", "(?:swollen|swelled) (?:\\w+ ){0,2}tight and shiny", "tight and shiny",
  ],
  ["(?:el )?(?:yeso|escayola|ferula) (?:\\w+ ){0,2}(?:aprieta\\w*|muy apretad[oa]|demasiado apretad[oa]|super tight)", "(?:dur[oa] como (?:una )?(?:piedra|roca|tabla))", "tirante (?:y )?brillante"],
);
const TIGHT_CAST = lexicon(
  "a cast too tight",
  ["(?:casts?|plaster|splint) (?:\\w+ ){0,3}(?:too|so|super|really|very|way too|crazy) tight", "(?:casts?|plaster|splint) (?:\\w+ ){0,3}(?:cutting|digging) in"],
  ["(?:el )?(?:yeso|escayola|ferula) (?:\\w+ ){0,2}(?:aprieta\\w*|muy apretad[oa]|demasiado apretad[oa]|super tight)"],
);

/** Pain, throbbing, or fingers and toes numb, tingling or fat beyond the cast. */
const BEYOND_THE_CAST = lexicon(
  "pain, numbness or swelling beyond the cast",
  ["pain\\w*", "hurts?", "throbb\\w*", "burning", "agony", "numb\\w*", "tingl\\w*", "pins and needles", "(?:fingers|toes) (?:\\w+ ){0,3}(?:fat|like sausages|swollen|puffy)", "sausages"],
  ["dolor\\w*", "duele\\w*", "arde\\w*", "palpit\\w*", "(?:se me |se le )?duerm\\w* (?:los )?dedos", "dedos (?:\\w+ ){0,2}(?:dormidos|hinchados|gordos)", "hormigue\\w*", "entumid\\w*"],
);
const FINGERS_OR_TOES_NUMB = lexicon(
  "fingers or toes numb or tingling",
  ["(?:toes|fingers|foot|hand) (?:\\w+ ){0,3}(?:numb\\w*|tingl\\w*|asleep|dead)", "(?:numb\\w*|tingl\\w*|pins and needles) (?:\\w+ ){0,3}(?:toes|fingers|foot|hand)"],
  ["(?:se (?:me|le) )?(?:duerm\\w*|durm\\w*) (?:\\w+ ){0,2}dedos", "dedos (?:\\w+ ){0,3}(?:dormidos|hormigue\\w*|entumid\\w*)", "hormigue\\w* (?:\\w+ ){0,3}dedos"],
);

/** Calves tight and sore after a hill walk are worked muscles. */
const AFTER_EXERTION = lexicon(
  "after exertion",
  ["(?:after|from) (?:the |a |my |all (?:the |that |those )?)?(?:\\w+ )?(?:walk|run|hike|workout|session|exercises|gym|squats|stairs|leg day|class|game|match|training)"],
  ["(?:despues de|de tanto) (?:\\w+ )?(?:caminar|correr|entrenar|ejercicio\\w*|subir)"],
);

export const COMPARTMENT_RULES: readonly ConceptRule[] = [
  { id: "compartment-syndrome", syndrome: "injury", level: "emergency", effect: "symptom", description: "Pain out of proportion that painkillers do not touch, with a cast or a break.", message: [CAST_OR_BREAK, PAIN_OUT_OF_PROPORTION], unless: [LONG_AGO] },
  { id: "compartment-syndrome", syndrome: "injury", level: "emergency", effect: "symptom", description: "Pain on moving or stretching the fingers or toes, with a cast or a break.", message: [CAST_OR_BREAK, PAIN_ON_STRETCHING], unless: [LONG_AGO] },
  { id: "compartment-syndrome", syndrome: "injury", level: "emergency", effect: "symptom", description: "A cast too tight, or a limb tight as a drum, with pain, throbbing, or fingers or toes numb or swollen.", message: [TIGHT_AS_A_DRUM, BEYOND_THE_CAST], unless: [AFTER_EXERTION] },
  { id: "compartment-syndrome", syndrome: "injury", level: "emergency", effect: "symptom", description: "Fingers or toes numb or tingling in a cast.", message: [CAST, FINGERS_OR_TOES_NUMB], unless: [LONG_AGO, CAST_OFF] },
  { id: "tight-cast", syndrome: "injury", level: "urgent", effect: "symptom", description: "A cast that feels too tight: a same-day check.", sentence: [TIGHT_CAST] },
];
