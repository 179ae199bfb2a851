import type { Lang } from "./types.js";

/**
 * What patients say got in the way of their home exercises, in English and Spanish (several
 * regions), grouped by the barriers adherence studies keep finding: time and work, family and
 * caring, forgetting, fatigue and sleep, illness, pain and fear of pain, fear of falling, low mood
 * and stress, doubting the benefit, boredom, missing equipment or space, being away, weather,
 * visitors, holidays, celebrations and religious observance, and not being sure how to do them
 * (reviews of home-exercise adherence: Jack 2010, Peek 2016, Argent 2018; Okezue 2019;
 * Medina-Mirapeix 2009 for Spain).
 *
 * Written as lay words and their common misspellings, never as example sentences. Matching is on
 * folded words (`plainWords`): lower case, no accents, no punctuation; a trailing "*" matches any
 * word starting with it; single words of seven letters or more also match one typo away.
 */
export type Barrier =
  | "time"
  | "forgot"
  | "pain"
  | "tired"
  | "ill"
  | "equipment"
  | "space"
  | "away"
  | "weather"
  | "visitors"
  | "occasion"
  | "low_mood"
  | "doubt"
  | "ambivalence"
  | "bored"
  | "fear_of_falling"
  | "caring"
  | "unsure_how";

export interface LexiconEntry {
  /** Words that name the reason; the reply names it back with `said`. */
  phrases: string[];
  /** How the reply names the reason, in each language. */
  said: Record<Lang, string>;
  /**
   * Words that are named back as the patient put them ("my mum" → "your mum", "la boda" →
   * "la boda"): phrase → what the reply says, in the phrase's own language. `{su}` is the
   * possessive of the clinic's register (su / tu).
   */
  named?: Partial<Record<Lang, Record<string, string>>>;
  /** The named words only say how to name the reason back; on their own they do not make this entry match. */
  namesOnly?: boolean;
  /** The entry matches only when one of its named words is said too ("my daughter" with "got sick"). */
  needsNamed?: boolean;
}

/** Display forms of folded Spanish words below. */
const ACCENTED: Record<string, string> = { mama: "mamá", papa: "papá", bebe: "bebé", tia: "tía", tio: "tío", cunada: "cuñada", cunado: "cuñado" };

const FAMILY_EN: Record<string, string> = Object.fromEntries(
  [
    "mum", "mom", "mother", "mam", "dad", "father", "husband", "wife", "partner", "son", "daughter", "kids", "children", "baby", "toddler",
    "grandkids", "grandchildren", "grandson", "granddaughter", "sister", "brother", "aunt", "uncle", "mother in law", "father in law",
    "grandma", "grandpa", "nan", "nana", "gran", "neighbour", "neighbor", "friend", "parents", "family", "boy", "girl", "twins", "niece", "nephew",
  ].map((who) => [`my ${who}`, `your ${who}`]),
);
const FAMILY_ES: Record<string, string> = Object.fromEntries(
  [
    "madre", "mama", "padre", "papa", "marido", "esposo", "esposa", "mujer", "pareja", "novio", "novia", "hijo", "hija", "hijos", "hijas",
    "bebe", "nieto", "nieta", "nietos", "nietas", "hermana", "hermano", "tia", "tio", "suegra", "suegro", "suegros", "abuela", "abuelo",
    "vecina", "vecino", "amiga", "amigo", "padres", "familia", "vieja", "viejo", "sobrino", "sobrina", "cunada", "cunado", "chamaco", "chamacos",
  ].map((who) => [`mi ${who}`, `{su} ${ACCENTED[who] ?? who}`]).concat(
    ["madre", "padre", "hijo", "hija", "nieto", "nieta", "bebe", "suegra", "suegro", "tia", "tio", "abuela", "abuelo", "hermana", "hermano"].map((who) => [`mis ${who}s`, `{sus} ${ACCENTED[who] ?? who}s`]),
  ),
);

// Where it hurt, named back: "my knee was sore" → "the pain in your knee", "me dolía la espalda" → "el dolor de espalda".
// Bare "back", "leg" and "arm" say too many other things ("I'm back"); they count only after "my".
const PAIN_WHERE_EN: Record<string, string> = Object.fromEntries([
  ...["knee", "knees", "hip", "hips", "shoulder", "shoulders", "neck", "ankle", "ankles", "wrist", "elbow", "hamstring", "hamstrings", "calf", "lower back", "low back", "heel"].flatMap((part) => [
    [part, `the pain in your ${part}`],
    [`my ${part}`, `the pain in your ${part}`],
  ]),
  ...["back", "leg", "legs", "arm", "arms", "foot", "feet"].map((part) => [`my ${part}`, `the pain in your ${part}`]),
]);
const PAIN_WHERE_ES: Record<string, string> = Object.fromEntries(
  [
    ["espalda", "espalda"], ["rodilla", "rodilla"], ["rodillas", "rodillas"], ["cadera", "cadera"], ["hombro", "hombro"], ["cuello", "cuello"],
    ["tobillo", "tobillo"], ["pierna", "pierna"], ["piernas", "piernas"], ["brazo", "brazo"], ["muneca", "muñeca"], ["codo", "codo"], ["pie", "pie"],
    ["pies", "pies"], ["talon", "talón"], ["cintura", "cintura"], ["riñones", "riñones"], ["rinones", "riñones"],
  ].flatMap(([folded, shown]) => [
    [`la ${folded}`, `el dolor de ${shown}`], [`el ${folded}`, `el dolor de ${shown}`], [`las ${folded}`, `el dolor de ${shown}`], [`los ${folded}`, `el dolor de ${shown}`],
    [`mi ${folded}`, `el dolor de ${shown}`], [`mis ${folded}`, `el dolor de ${shown}`],
  ]).concat([["lumbar", "el dolor lumbar"], ["lumbares", "el dolor lumbar"], ["ciatica", "la ciática"]]),
);

// Order matters: the more specific reason wins ("scared of falling" is not pain, "my husband's op" is caring).
export const LEXICON: Array<[Barrier, LexiconEntry[]]> = [
  ["fear_of_falling", [
    { phrases: ["scared of falling", "afraid of falling", "afraid i ll fall", "afraid i will fall", "scared i ll fall", "worried about falling", "worried i ll fall", "fear of falling", "frightened of falling", "lose my balance", "losing my balance", "lost my balance", "off balance", "unsteady", "wobbly", "shaky on my feet", "dizzy", "dizzyness", "dizziness", "lightheaded", "light headed", "miedo a caer*", "miedo de caer*", "caerme", "caerse", "caerte", "me caiga", "miedo a una caida", "perder el equilibrio", "pierdo el equilibrio", "perdi el equilibrio", "perdia el equilibrio", "sin equilibrio", "me desequilibr*", "me tambale*", "inestabilidad", "felt unsteady", "nearly fell", "almost fell", "didn t trust my balance", "didnt trust my balance", "not steady", "insegur*", "tambaleand*", "casi me caigo", "inestable", "mareo*", "mareada", "mareado", "vertigo*"], said: { en: "the worry about falling", es: "el miedo a caerse" } },
  ]],
  ["unsure_how", [
    { phrases: ["not sure how to do", "don t know how to do", "dont know how to do", "don t remember how", "dont remember how", "forgot how", "forgotten how", "confused about", "confusing", "not sure i m doing them right", "not sure im doing them right", "doing them wrong", "no se como se hace*", "no se hacerlo*", "no se como hacer*", "no me acuerdo de como", "no recuerdo como", "no entiendo como", "no entiendo los", "los hago mal", "no se si los hago bien"], said: { en: "not being sure how to do them", es: "no tener claro cómo se hacen" } },
  ]],
  ["caring", [
    {
      phrases: ["grandkid*", "grandchild*", "grandson", "granddaughter", "nietos", "nietas", "nieto", "nieta"],
      said: { en: "the grandkids", es: "los nietos" },
    },
    {
      phrases: ["looking after", "look after", "taking care of", "take care of", "caring for", "carer", "caregiv*", "babysit*", "school run", "kids homework", "sick kid", "kid was sick", "kids were sick", "cuidando a", "cuidar a", "cuidar de", "cuido a", "cuide a", "cuidando de", "cuidar al", "cuidar del", "canguro", "llevar a los ninos", "recoger a los ninos", "los deberes de los ninos"],
      said: { en: "looking after someone", es: "cuidar de alguien" },
      named: { en: FAMILY_EN, es: FAMILY_ES },
      namesOnly: true,
    },
    {
      phrases: ["dog", "puppy", "cat", "kitten", "the vet", "perro", "perrito", "perrita", "gato", "gatito", "veterinario", "mascota"],
      said: { en: "your pet", es: "la mascota" },
      named: {
        en: { "my dog": "your dog", "the dog": "the dog", "my cat": "your cat", "the cat": "the cat", "the vet": "the vet", "my puppy": "your puppy" },
        es: { "mi perro": "{su} perro", "mi perrita": "{su} perrita", "el perro": "el perro", "la perrita": "la perrita", "mi gato": "{su} gato", "el gato": "el gato", "el veterinario": "el veterinario" },
      },
    },
    {
      phrases: ["kids", "children", "crios", "chamacos", "the kids", "the children", "the baby", "los ninos", "las ninas", "los crios", "los chicos", "los peques", "los nenes", "los chamacos", "los escuincles", "los cabros", "los pibes", "el bebe", "la bebe"],
      said: { en: "the kids", es: "los niños" },
      named: {
        en: { "the kids": "the kids", "the children": "the children", "the baby": "the baby" },
        es: { "los ninos": "los niños", "las ninas": "las niñas", "los crios": "los críos", "los chicos": "los chicos", "los peques": "los peques", "los nenes": "los nenes", "los chamacos": "los chamacos", "el bebe": "el bebé", "la bebe": "la bebé" },
      },
    },
  ]],
  ["equipment", [
    { phrases: ["band", "resistance band", "theraband", "thera band", "banda", "goma", "elastico", "liga"], said: { en: "the band", es: "la banda" } },
    {
      phrases: ["towel", "chair", "step", "ball", "weights", "weight", "dumbbell*", "mat", "foam roller", "roller", "toalla", "silla", "pelota", "pesas", "mancuerna*", "esterilla", "colchoneta", "tapete", "equipment", "material", "no equipment", "sin material"],
      said: { en: "the equipment", es: "el material" },
      named: {
        en: { towel: "the towel", chair: "the chair", ball: "the ball", weights: "the weights", mat: "the mat", "foam roller": "the foam roller" },
        es: { toalla: "la toalla", silla: "la silla", pelota: "la pelota", pesas: "las pesas", esterilla: "la esterilla", colchoneta: "la colchoneta", tapete: "el tapete" },
      },
    },
  ]],
  ["space", [
    { phrases: ["no space", "no room", "not enough room", "not enough space", "no floor space", "nowhere to", "tiny flat", "tiny apartment", "small flat", "small apartment", "cramped", "no tengo espacio", "sin espacio", "no hay espacio", "no tengo sitio", "no hay sitio", "piso pequeno", "piso pequenito", "depa pequeno", "departamento pequeno", "no tengo lugar", "no hay lugar"], said: { en: "not having the space", es: "la falta de espacio" } },
  ]],
  ["bored", [
    { phrases: ["bored", "boring", "sick of", "fed up", "harto", "harta", "tedious", "monotonous", "repetitive", "same thing every day", "same exercises", "dull", "aburr*", "monoton*", "lo mismo todos los dias", "un rollo", "que rollo", "un rollazo", "una lata", "un embole", "un plomo", "una pesadez", "repetitivo*", "groundhog", "same old", "mind numbing", "snooze fest", "same routine", "siempre lo mismo"], said: { en: "the boredom", es: "el aburrimiento" } },
  ]],
  ["visitors", [
    { phrases: ["visitors", "guests", "family staying", "staying with us", "staying with me", "stayed over", "staying over", "se quedaron en casa", "se quedan en casa", "houseguests", "house guests", "company over", "people over", "people round", "family over", "family visiting", "family in town", "in laws visiting", "in laws staying", "visitas", "visita", "invitados", "tenia gente en casa", "gente en casa", "vino mi familia", "vinieron mis", "tengo familia en casa"], said: { en: "having visitors", es: "las visitas" } },
  ]],
  ["occasion", [
    {
      phrases: ["christmas", "xmas", "thanksgiving", "easter", "new year*", "birthday", "bday", "party", "wedding", "anniversary", "bank holiday", "public holiday", "the holidays", "holiday season", "ramadan", "fasting", "church", "went to mass", "at mass", "sabbath", "shabbat", "passover", "eid", "diwali", "yom kippur", "rosh hashanah", "hanukkah", "graduation", "christening", "baptism", "festival", "navidad*", "nochebuena", "nochevieja", "fin de ano", "ano nuevo", "reyes", "semana santa", "pascua", "cumple", "cumpleanos", "cumple anos", "fiesta*", "boda", "bautizo", "comunion", "feria", "ramadan", "ayuno", "ayunando", "misa", "iglesia", "culto", "procesion", "festivo", "dia de muertos", "posada*", "quinceanera", "quince anos", "graduacion", "aniversario", "dia de accion de gracias"],
      said: { en: "the occasion", es: "la celebración" },
      named: {
        en: { christmas: "Christmas", xmas: "Christmas", thanksgiving: "Thanksgiving", easter: "Easter", "new year": "New Year", birthday: "the birthday", bday: "the birthday", party: "the party", wedding: "the wedding", anniversary: "the anniversary", "bank holiday": "the bank holiday", "public holiday": "the holiday", "the holidays": "the holidays", ramadan: "Ramadan", fasting: "fasting", church: "church", sabbath: "the Sabbath", shabbat: "Shabbat", passover: "Passover", eid: "Eid", diwali: "Diwali", "yom kippur": "Yom Kippur", hanukkah: "Hanukkah", graduation: "the graduation", christening: "the christening", baptism: "the baptism", festival: "the festival" },
        es: { navidad: "la Navidad", navidades: "las Navidades", nochebuena: "Nochebuena", nochevieja: "Nochevieja", "fin de ano": "fin de año", "ano nuevo": "Año Nuevo", reyes: "Reyes", "semana santa": "Semana Santa", pascua: "la Pascua", cumple: "el cumple", cumpleanos: "el cumpleaños", fiesta: "la fiesta", fiestas: "las fiestas", boda: "la boda", bautizo: "el bautizo", comunion: "la comunión", feria: "la feria", ramadan: "el Ramadán", ayuno: "el ayuno", ayunando: "el ayuno", misa: "la misa", iglesia: "la iglesia", culto: "el culto", procesion: "la procesión", festivo: "el festivo", "dia de muertos": "el Día de Muertos", posadas: "las posadas", quinceanera: "los quince", "quince anos": "los quince", graduacion: "la graduación", aniversario: "el aniversario" },
      },
    },
  ]],
  ["weather", [
    { phrases: ["too hot", "so hot", "the heat", "heatwave", "heat wave", "boiling", "humid", "calor", "calorazo", "bochorno", "ola de calor", "que calor"], said: { en: "the heat", es: "el calor" } },
    { phrases: ["too cold", "so cold", "freezing", "cold out", "cold outside", "cold in the house", "frio", "helando", "que frio", "un frio", "hace frio"], said: { en: "the cold", es: "el frío" } },
    { phrases: ["rain", "raining", "rained", "pouring", "storm", "snow*", "icy", "bad weather", "weather was", "weather is", "awful weather", "horrible weather", "terrible weather", "llueve", "lloviendo", "llovio", "lluvia", "tormenta", "nieve", "nevando", "nevo", "hielo", "mal tiempo", "temporal"], said: { en: "the weather", es: "el mal tiempo" } },
    { phrases: ["power cut", "power outage", "power went out", "power was out", "lost power", "no power", "no electricity", "blackout", "se fue la luz", "sin luz", "apagon", "corte de luz"], said: { en: "the power cut", es: "el corte de luz" } },
  ]],
  // Someone else ill ("my daughter got sick", "mi hija se enfermó") is caring for them, not the patient's own illness.
  ["caring", [
    {
      phrases: ["was sick", "were sick", "got sick", "is sick", "are sick", "was ill", "got ill", "is ill", "in hospital", "in the hospital", "at the hospital", "in the er", "in a and e", "se enfermo", "se enfermaron", "se puso mal*", "se puso malo", "se puso mala", "esta enferm*", "estaba enferm*", "estan enferm*", "en el hospital", "en urgencias", "ingresad*"],
      said: { en: "looking after someone", es: "cuidar de alguien" },
      named: { en: FAMILY_EN, es: FAMILY_ES },
      needsNamed: true,
    },
  ]],
  ["ill", [
    {
      phrases: ["flu", "the cold", "a cold", "bad cold", "head cold", "chest cold", "cough*", "a bug", "stomach bug", "tummy bug", "fever", "temperature", "sick", "im ill", "i m ill", "i am ill", "was ill", "been ill", "feeling ill", "felt ill", "feel ill", "got ill", "fell ill", "so ill", "quite ill", "very ill", "a bit ill", "ill today", "ill with", "unwell", "poorly", "under the weather", "not feeling great", "wasn t feeling great", "wasnt feeling great", "not feeling well", "wasn t feeling well", "wasnt feeling well", "feeling rough", "felt rough", "feeling crap", "felt crap", "covid", "virus", "infection", "migraine", "headache", "sore throat", "throwing up", "food poisoning", "gripe", "gripa", "resfriad*", "resfrio", "catarro", "constipad*", "fiebre", "calentura", "tos", "enferm*", "estoy malo", "estoy mala", "ando malo", "ando mala", "malit*", "pachuch*", "maluch*", "mala salud", "me puse malo", "me puse mala", "me siento mal", "indispuest*", "migrana", "jaqueca", "dolor de cabeza", "dolia la cabeza", "duele la cabeza", "dolio la cabeza", "head was killing me", "head hurt*", "dolor de garganta", "anginas", "mocos", "virus", "infeccion", "vomit*", "diarrea"],
      said: { en: "this", es: "esto" },
      named: {
        en: { flu: "the flu", "a cold": "the cold", "head cold": "the cold", "bad cold": "the cold", "the cold": "the cold", cough: "the cough", fever: "the fever", covid: "covid", migraine: "the migraine", headache: "the headache", "sore throat": "the sore throat", "stomach bug": "the stomach bug", "tummy bug": "the tummy bug" },
        es: { gripe: "la gripe", gripa: "la gripa", resfriado: "el resfriado", resfriada: "el resfriado", resfrio: "el resfrío", catarro: "el catarro", fiebre: "la fiebre", calentura: "la calentura", tos: "la tos", migrana: "la migraña", jaqueca: "la jaqueca", "dolor de cabeza": "el dolor de cabeza", "dolia la cabeza": "el dolor de cabeza", "duele la cabeza": "el dolor de cabeza", "dolio la cabeza": "el dolor de cabeza", "dolor de garganta": "el dolor de garganta", anginas: "las anginas" },
      },
    },
  ]],
  ["away", [
    { phrases: ["travel*", "trip", "hotel", "away", "visiting", "on vacation", "on holiday", "holiday", "vacation", "flight", "airport", "road trip", "out of town", ...Object.keys(FAMILY_EN).map((who) => `at ${who} s`), "staying with my", "staying at my", "at my in laws", "at the in laws", "cruise", "camping", "de viaje", "viajando", "viaje", "fuera de casa", "en el pueblo", "en la playa", "vacaciones", "hotel", "avion", "aeropuerto", "fuera de la ciudad", "de paseo", "de excursion", "en casa de mi", "en casa de mis", "out all day", "out all evening", "gone all day", "todo el dia fuera", "fuera todo el dia", "todo el dia fuera de casa"], said: { en: "being away from home", es: "estar fuera de casa" } },
  ]],
  // "What's the point of anything", or "what's the point" said with feeling down, is hopelessness, not doubt about the
  // exercises: low mood is named before doubt takes "what's the point".
  ["low_mood", [
    { phrases: ["really down", "feeling really low", "feeling down", "so down", "been down", "depressed", "depression", "hopeless", "deprimid*", "desanimad*", "de bajon", "decaid*", "point of anything", "point in anything", "everything feels pointless", "everything is pointless", "everything s pointless", "everything seems pointless", "nothing matters", "todo me da igual", "nada tiene sentido", "nada me importa", "point of living", "point of life", "point in living", "point to anything", "point to life", "sentido a nada", "sentido a la vida", "sentido de nada", "sentido seguir viviendo", "para que vivir"], said: { en: "feeling low", es: "el bajón" } },
  ]],
  // Ambivalence (MI): wanting to get better and wanting to stop, said together; reflected from both sides.
  ["ambivalence", [
    {
      phrases: ["just stop doing", "maybe i ll stop", "maybe ill stop", "might stop doing", "might just stop", "might quit", "might give up", "give up on these", "give up on them", "not sure i ll keep", "not sure ill keep", "don t know if i ll keep", "dont know if ill keep", "no se si voy a seguir", "no se si seguire", "part of me", "on the fence", "in two minds", "torn about", "second thoughts", "half of me", "una parte de mi", "por un lado", "no se si seguir", "no estoy segur* de seguir", "want* to quit", "feel like quitting", "feel like stopping", "thinking of quitting", "thinking about quitting", "ganas de dejar*", "pensando en dejar*", "quiero dejar*"],
      said: { en: "of two minds about keeping going", es: "la duda de si seguir" },
    },
  ]],
  ["doubt", [
    { phrases: ["not sure i want to", "don t want to keep", "dont want to keep", "thinking of stopping", "thinking about stopping", "want to quit", "should i even bother", "no se si quiero seguir", "no se si seguir", "quiero dejarlos", "pienso dejarlos", "no se si merece", "ganas de dejarlo", "pensando en dejarlo*"], said: { en: "wondering whether to keep going", es: "la duda de si seguir" } },
    { phrases: ["worth it", "worth the effort", "worth doing", "vale la pena", "merece la pena", "no se si vale", "no se si merece", "valdra la pena", "is it worth", "are they worth", "is this worth", "worth my time"], said: { en: "wondering whether they're worth it", es: "la duda de si vale la pena" } },
    {
      phrases: ["wasting my time", "wasting time", "waste of my time", "waste of time", "pointless", "useless", "no use", "what s the point", "whats the point", "wats the point", "what is the point", "what the point", "even the point", "no point", "is there any point", "pierdo el tiempo", "perdiendo el tiempo", "perder el tiempo", "perdida de tiempo", "no le veo sentido", "no le veo el sentido", "no les veo sentido", "no les veo el sentido", "no le encuentro sentido", "no les encuentro sentido", "no tiene sentido", "sin sentido", "para que sirven", "de que sirven", "inutil*", "no sirven para nada"],
      said: { en: "not sure they're worth your time", es: "la duda de si sirven" },
      named: {
        en: { "wasting my time": "feeling it's a waste of your time", "waste of my time": "feeling it's a waste of your time", "wasting time": "feeling it's a waste of time", "waste of time": "feeling it's a waste of time", pointless: "feeling they're pointless", useless: "feeling they're useless", "what s the point": "wondering what the point is", "whats the point": "wondering what the point is", "wats the point": "wondering what the point is", "what is the point": "wondering what the point is", "even the point": "wondering what the point is", "no point": "feeling there's no point" },
        es: { "pierdo el tiempo": "la sensación de perder el tiempo", "perdiendo el tiempo": "la sensación de perder el tiempo", "perder el tiempo": "la sensación de perder el tiempo", "perdida de tiempo": "la sensación de perder el tiempo", "no le veo sentido": "lo de no verles sentido", "no le veo el sentido": "lo de no verles sentido", "no les veo sentido": "lo de no verles sentido", "no les veo el sentido": "lo de no verles sentido", "no tiene sentido": "lo de no verles sentido", "no le encuentro sentido": "lo de no verles sentido" },
      },
    },
    { phrases: ["any difference", "no difference", "no change", "no better", "not seeing results", "no results", "not seeing any results", "haven t noticed", "havent noticed", "not noticing", "not feeling better", "still the same", "same as before", "no noto nada", "no me siento mejor", "igual que antes", "sigo con el mismo dolor", "no veo avance*", "no avanzo", "not getting better", "no improvement", "not improving", "no noto", "no veo mejoria", "no veo resultado*", "no veo cambio*", "sigo igual", "estoy igual", "no mejoro", "no he mejorado", "ninguna mejoria", "ni una mejoria", "no progress", "not much progress", "any progress", "not seeing progress", "not seeing any change", "not much change", "no real change", "weeks and nothing", "weeks and still", "months and still", "make a difference", "make any difference", "making a difference", "making any difference", "doing much", "do much", "not doing much", "doing nothing", "do nothing", "ninguna diferencia", "no noto diferencia", "no noto mejoria", "no noto progreso", "no veo progreso", "semanas y nada", "meses y nada", "semanas y sigo igual", "alguna diferencia"],
      said: { en: "not seeing a difference yet", es: "lo de no notar cambios" },
      named: {
        en: { "make a difference": "wondering whether they'll make a difference", "make any difference": "wondering whether they'll make a difference", "weeks and nothing": "not seeing a difference after weeks of work", "weeks and still": "not seeing a difference after weeks of work", "not doing much": "not sure they're doing much", "doing much": "not sure they're doing much" },
        es: { "semanas y nada": "lo de no notar cambios después de semanas", "meses y nada": "lo de no notar cambios después de meses", "alguna diferencia": "la duda de si harán alguna diferencia" },
      },
    },
    { phrases: ["why am i even", "why do i even", "what are these for", "what s the point of these", "whats the point of these", "do these even", "pointless", "waste of time", "perdida de tiempo", "no sirven", "para que los hago", "para que hago", "not sure they", "not sure these", "not sure this", "not sure if they", "not convinced", "dont think they", "don t think they", "don t see the point", "dont see the point", "not working", "isn t working", "isnt working", "not helping", "arent helping", "aren t helping", "doing anything", "do anything", "any good", "really going to help", "really help", "actually help", "no se si sirve*", "sirviendo", "si me sirven", "si sirven", "si me ayudan", "si me estan ayudando", "si estan funcionando", "si funcionan", "no funcionan", "no me funcionan", "sirven de algo", "sirve de algo", "no me ayuda*", "de verdad me van a ayudar", "me van a ayudar", "para que sirve*", "no sirve*", "no creo que sirv*", "no le veo sentido", "no les veo sentido", "no me hacen nada", "no hacen nada", "any point", "is there a point", "point of these", "point of doing", "why bother", "actually work", "do these work", "don t feel like they", "dont feel like they", "don t feel they", "dont feel they", "can t tell if", "cant tell if", "not sure if these", "not sure if it", "no se si funcionan", "no se si me sirven", "no se si sirven", "tiene sentido hacerlos", "tiene sentido seguir", "para que seguir", "de que sirve*", "dudo que sirv*", "dudo que me ayud*", "dudo que*", "not sure its", "not sure it s", "not sure if its", "not sure if it s", "not sure theyre", "not sure they re", "a waste", "estos ejercicios sirv*", "los ejercicios sirv*", "estos ejercicios funcion*", "estos ejercicios me ayud*", "estos ejercicios ayud*", "no veo mejora", "no noto mejora", "ninguna mejora", "no hay mejora", "sin mejora", "dudo mucho", "i doubt", "doubt they", "doubt these", "doubt it s", "doubt its", "doubtful", "skeptical", "sceptical", "losing faith", "lost faith", "faith in these", "faith in them", "perdiendo la fe", "perdi la fe", "don t seem to", "dont seem to", "doesn t seem to", "doesnt seem to", "do i really need to", "do i have to keep", "do i really have to", "need to keep doing", "have to keep doing", "really need these", "de verdad tengo que", "hace falta seguir", "veo que me ayud*", "siento que me ayud*", "noto que me ayud*", "veo que sirv*", "siento que sirv*", "noto que sirv*", "veo que funcion*", "no parece que ayud*", "no parece que me ayud*", "no parecen ayudar", "no parece que sirv*", "if these are working", "if they re working", "if theyre working", "if its working", "if it s working", "if this is working", "are these working", "are they working", "is this working", "are these helping", "are they helping", "is this helping", "even helping", "even help", "even work", "even working", "will this help", "will these help", "not sure about these", "not sure about this", "unsure about these", "not convinced", "not really convinced", "no estoy convencid*", "no me convence*", "no muy convencid*", "no creo que me est*", "no creo que ayud*", "no creo que funcion*", "sirven para algo", "sirve para algo", "sirvan para algo", "sirva de algo", "sirvan de algo", "si esto sirve", "si esto funciona", "si sirve*", "si funciona*", "si ayuda*"], said: { en: "not sure they're helping", es: "la duda de si sirven" } },
  ]],
  // Someone in the family named without saying what happened: after the reasons that say it ("my daughter's wedding" is the wedding).
  ["caring", [
    { phrases: [...Object.keys(FAMILY_EN), ...Object.keys(FAMILY_ES)], said: { en: "your family", es: "la familia" }, named: { en: FAMILY_EN, es: FAMILY_ES } },
  ]],
  ["low_mood", [
    { phrases: ["didn t feel like it", "didnt feel like it", "not in the mood", "motivat*", "cant be bothered", "can t be bothered", "couldn t be bothered", "couldnt be bothered", "not feeling it", "give up", "giving up", "no tengo ganas", "sin ganas", "no me apetece", "no me apetecia", "desganad*", "flojera", "pereza", "me dio pereza", "me da pereza", "me dio flojera", "lazy"], said: { en: "low motivation", es: "la falta de ganas" } },
    { phrases: ["funeral", "passed away", "grieving", "grief", "bereave*", "lost my", "fallecio", "fallecimiento", "murio", "entierro", "de luto", "velorio", "duelo"], said: { en: "a hard time", es: "un momento duro" } },
    { phrases: ["really down", "down lately", "down these days", "feeling really low", "feeling down", "so down", "been down", "bit down", "feeling low", "so low", "depressed", "depression", "sad", "blue", "hopeless", "no energy", "not in the mood", "didn t have it in me", "didnt have it in me", "cant face", "can t face", "couldn t face", "couldnt face", "blah", "meh", "bajonead*", "bajon", "de bajon", "depre", "decaid*", "triste", "deprimid*", "desanimad*", "sin animo", "no tuve animo", "no tenia ganas", "aguitad*", "achicopalad*", "apagad*", "de capa caida"], said: { en: "feeling low", es: "el bajón" } },
  ]],
  // Oversleeping is a late start, not exhaustion: named before "tired" takes "me quedé dormida".
  ["time", [
    { phrases: ["overslept", "over slept", "slept in", "slept late", "slept through", "woke up late", "alarm didn t go off", "alarm didnt go off", "me quede dormid*", "me dormi", "se me pegaron las sabanas", "me desperte tarde", "no sono la alarma", "no sono el despertador"], said: { en: "the late start", es: "despertarse tarde" } },
  ]],
  ["tired", [
    { phrases: ["tired", "tierd", "exhausted", "exausted", "exhusted", "wiped out", "wiped", "ran out of steam", "out of steam", "no energy left", "worn out", "knackered", "shattered", "pooped", "zonked", "drained", "sleepy", "fatigue*", "fell asleep", "dozed off", "nodded off", "didn t sleep", "didnt sleep", "couldn t sleep", "couldnt sleep", "no sleep", "bad night", "insomnia", "up all night", "cansad*", "agotad*", "rendid*", "sin fuerzas", "no tuve fuerzas", "no dormi", "dormi fatal", "dormi mal", "mal dormid*", "no pegue ojo", "insomnio", "reventad*", "molid*", "hecho polvo", "hecha polvo", "fundid*", "muerto de cansancio", "muerta de cansancio", "sin pilas", "sin energia", "fatiga*"], said: { en: "being worn out", es: "el cansancio" } },
  ]],
  ["forgot", [
    { phrases: ["forgot", "forgott*", "forgoten", "fogot", "forget*", "slipped my mind", "slip my mind", "didn t remember", "didnt remember", "clean forgot", "totally forgot", "olvide", "me olvid*", "se me olvid*", "lo olvide", "los olvide", "olvidado", "olvidaba", "olvido", "se me paso", "se me fue", "se me fue el santo al cielo", "no me acorde", "ni me acorde", "no me acuerdo", "out of my head", "blanked", "like a sieve", "cross my mind", "crossed my mind", "lost track", "se me fue de la cabeza", "se me borr*", "despiste", "despistad*"], said: { en: "it slipping your mind", es: "el olvido" } },
  ]],
  ["pain", [
    { phrases: ["worried ill hurt", "afraid ill hurt", "scared ill hurt", "worried ill make it worse", "scared ill make it worse", "worried i ll hurt", "worried i will hurt", "worried it will hurt", "worried it ll hurt", "worried about hurting", "afraid i ll hurt", "afraid it will hurt", "afraid it ll hurt", "afraid of hurting", "scared i ll hurt", "scared it will hurt", "scared of hurting", "scared to hurt", "afraid to hurt", "fear of hurting", "fear of injury", "scared of injuring", "afraid of injuring", "worried about injuring", "fear of pain", "scared of the pain", "afraid of the pain", "scared it ll make", "scared it will make", "afraid it ll make", "afraid it will make", "worried it ll make", "worried it will make", "scared to make", "afraid to make", "worried about making", "scared of making", "afraid of making", "make things worse", "miedo a que empeore", "miedo de que empeore", "me da miedo que empeore", "miedo de empeorar", "miedo a empeorarl*", "miedo de empeorarl*", "miedo a que duela", "miedo al dolor", "miedo a lastimar*", "miedo a hacerme dano", "miedo de hacerme dano", "miedo hacerme dano", "hacerme dano", "hacerse dano", "me haga dano", "me hagan dano", "miedo a hacerme algo", "hurting myself", "injuring myself", "miedo a lesionar*", "miedo a empeorar", "me preocupa empeorar", "me da miedo que duela", "miedo que me duela", "miedo a que me duela", "miedo de que me duela"], said: { en: "the worry about pain", es: "el miedo al dolor" } },
    {
      phrases: ["back went out", "threw my back out", "threw out my back", "put my back out", "pulled a muscle", "tweaked my*", "bugging me", "bothering me", "playing up", "acting up", "giving me trouble", "hurt*", "pain*", "ache*", "aching", "achy", "sore", "stiff", "stiffness", "killing me", "flare up", "flared up", "flare", "throb*", "grumbl*", "barking", "giving me grief", "niggl*", "twinge*", "me mataba", "me estaba matando", "punzad*", "resentid*", "duele*", "duela", "duelan", "dolia*", "dolio", "doler*", "dolor*", "molest*", "lastimar*", "lesionar*", "make it worse", "making it worse", "empeor*", "agujetas", "rigid*", "entumid*"], said: { en: "the pain", es: "el dolor" },
      named: { en: PAIN_WHERE_EN, es: PAIN_WHERE_ES },
      namesOnly: true,
    },
  ]],
  ["time", [
    { phrases: ["meeting*", "reunion*", "junta*"], said: { en: "the meetings", es: "las reuniones" } },
    { phrases: ["life got in the way", "something came up", "stuff came up", "things came up", "surgio algo", "me surgio", "imprevisto*"], said: { en: "everything that came up", es: "los imprevistos" } },
    {
      phrases: ["appointment*", "doctor s", "doctors", "dentist", "hospital appointment", "errands", "shopping", "groceries", "chores", "housework", "cleaning", "moving house", "moving day", "jury duty", "court date", "cita*", "medico", "dentista", "recados", "mandados", "diligencias", "tramites", "compras", "el super", "tareas de casa", "limpiando", "limpieza", "mudanza"],
      said: { en: "everything else on today", es: "todo lo demás de hoy" },
      named: {
        en: { appointment: "the appointment", appointments: "the appointments", dentist: "the dentist", errands: "the errands", shopping: "the shopping", groceries: "the groceries", chores: "the chores", housework: "the housework", cleaning: "the cleaning", "moving house": "the move", "jury duty": "jury duty", "court date": "the court date" },
        es: { cita: "la cita", citas: "las citas", medico: "el médico", dentista: "el dentista", recados: "los recados", mandados: "los mandados", diligencias: "las diligencias", tramites: "los trámites", compras: "las compras", limpieza: "la limpieza", mudanza: "la mudanza" },
      },
    },
    {
      phrases: ["work", "wrok", "at work", "working late", "working", "job", "shift", "shifts", "office", "deadline*", "overtime", "night shift", "double shift", "trabajo", "trabjo", "trabajando", "trabajar", "tuve que trabajar", "worked late", "work late", "curro", "currando", "chamba", "chambeando", "laburo", "laburando", "turno", "turnos", "guardia", "oficina", "horas extra"],
      said: { en: "work", es: "el trabajo" },
      named: {
        en: { "night shift": "the night shift", "double shift": "the double shift", "late shift": "the late shift", "early shift": "the early shift", overtime: "the overtime", deadline: "the deadline", deadlines: "the deadlines" },
        es: { "turno de noche": "el turno de noche", "doble turno": "el doble turno", guardia: "la guardia", curro: "el curro", chamba: "la chamba", laburo: "el laburo", "horas extra": "las horas extra" },
      },
    },
    { phrases: ["ran late", "running late", "too much going on", "lots going on", "a lot going on", "so much going on", "mucho lio", "mucho jaleo", "mucho ajetreo", "busy", "no time", "ran out of time", "out of time", "outta time", "didn t have time", "didnt have time", "hectic", "crazy day", "crazy week", "mad day", "manic", "swamped", "slammed", "flat out", "rushed off my feet", "non stop", "agobiad*", "a tope", "hasta arriba", "sin parar", "no he parado", "no pare", "ocupad*", "sin tiempo", "no tuve tiempo", "no tengo tiempo", "me quede sin tiempo", "no me dio", "no me alcanzo", "ni un minuto", "liad*", "tuve que salir", "de aqui para alla", "a full", "corriendo todo el dia"], said: { en: "the busy day", es: "la falta de tiempo" } },
      { phrases: ["stressed", "stress", "stressful", "anxious", "anxiety", "worried sick", "overwhelmed", "estresad*", "estres", "ansiedad", "ansios*", "nervios", "nerviosa", "nervioso", "angustia*", "agobio"], said: { en: "the stress", es: "el estrés" } },
    {
      phrases: ["rough day", "bad day", "hard day", "tough day", "long day", "mal dia", "dia malo", "dia dificil", "dia duro", "dia largo", "dia pesado"],
      said: { en: "the day you had", es: "un día así" },
      named: {
        en: { "rough day": "a rough day", "bad day": "a bad day", "hard day": "a hard day", "tough day": "a tough day", "long day": "a long day" },
        es: { "mal dia": "un mal día", "dia malo": "un día malo", "dia dificil": "un día difícil", "dia duro": "un día duro", "dia largo": "un día largo", "dia pesado": "un día pesado" },
      },
    },
  ]],
];
