/**
 * Spanish written by someone whose first language is Portuguese, Italian or French keeps that language's
 * words for the body and for what hurts ("la rodilla dói", "tengo formigamento", "está gonfia",
 * "medo de cair") and their small words ("non", "sem", "um", "fiz"): in a text that reads as Spanish they
 * are read as the Spanish word. Only words that are not also Spanish words with another meaning ("queda",
 * "male", "salsa") are listed.
 */
const SPANISH_FOR = new Map(
  Object.entries({
    // Portuguese
    doi: "duele", doem: "duelen", doeu: "dolio", dor: "dolor", dores: "dolores", medo: "miedo", cair: "caer", caiu: "cayo",
    formigamento: "hormigueo", formigamiento: "hormigueo", torto: "torcido", formigando: "hormigueando", dormente: "dormido", dormencia: "adormecimiento", inchado: "hinchado",
    inchada: "hinchada", inchaco: "hinchazon", perna: "pierna", pernas: "piernas", joelho: "rodilla", joelhos: "rodillas",
    braco: "brazo", bracos: "brazos", cabeca: "cabeza", peito: "pecho", costas: "espalda", tontura: "mareo", 
    desmaiei: "me desmaye", desmaiou: "se desmayo", febre: "fiebre", sangue: "sangre", muito: "mucho",
    mao: "mano", tornozelo: "tobillo", quadril: "cadera", pescoco: "cuello", ferida: "herida", vermelho: "rojo", vermelha: "roja",
    quente: "caliente", urinar: "orinar", xixi: "pis", coxa: "muslo", virilha: "ingle", nao: "no", fraco: "debil",
    fraca: "debil", ar: "aire", vomitei: "vomite", enjoo: "nauseas", voltar: "volver", arrependi: "arrepenti", apertado: "apretado",
    sem: "sin", mim: "mi", um: "un", uma: "una", fiz: "hice", fez: "hizo", fazer: "hacer", estou: "estoy", tenho: "tengo", tem: "tiene",
    muita: "mucha", minha: "mi", meu: "mi", bati: "golpee", bateu: "golpeo", vejo: "veo", escada: "escalera", manha: "manana",
    hoje: "hoy", ontem: "ayer", perdas: "perdidas", urina: "orina", cortei: "me corte", comprimidos: "pastillas", morrer: "morir",
    ajuda: "ayuda", lombar: "lumbar", dois: "dos", agora: "ahora", depois: "despues", melhor: "mejor", pior: "peor", falar: "hablar",
    rosto: "cara", olho: "ojo", olhos: "ojos", visao: "vision", voce: "usted", obrigado: "gracias", obrigada: "gracias", tambem: "tambien",
    bunda: "nalgas", panturrilha: "pantorrilla", panturrilla: "pantorrilla", recebir: "recibir", receber: "recibir", feito: "hecho", feitos: "hechos", metade: "mitad", gelo: "hielo", ligar: "llamar", ligarme: "llamarme", esqueco: "olvido",
    // English verbs made Spanish ("textear" for writing)
    textear: "escribir", textearme: "escribirme", texteen: "escriban", textees: "escribas", texteando: "escribiendo", texteandome: "escribiendome",
    // Italian
    non: "no", molto: "mucho", molta: "mucha", moltissimo: "muchisimo", tagliato: "cortado", tagliata: "cortada", ferma: "para",
    riesco: "puedo", riesce: "puede", funzionano: "funcionan", funziona: "funciona", pastiglie: "pastillas", pillole: "pastillas",
    troppo: "demasiado", difficile: "dificil", fatto: "hecho", ho: "he", correre: "correr", posso: "puedo", braccio: "brazo",
    faccia: "cara", viso: "cara", parlare: "hablar", parla: "habla", cuore: "corazon", adesso: "ahora", oggi: "hoy", ieri: "ayer",
    improvvisamente: "de repente", meglio: "mejor", peggio: "peor", grazie: "gracias", tutto: "todo", tutti: "todos", sinistra: "izquierda",
    sinistro: "izquierdo", destra: "derecha", destro: "derecho", piede: "pie", respirare: "respirar", sanguina: "sangra", il: "el",
    gamba: "pierna", gambe: "piernas", ginocchio: "rodilla", petto: "pecho", dolore: "dolor", gonfio: "hinchado", gonfia: "hinchada",
    gonfiore: "hinchazon", svenuto: "desmayado", svenuta: "desmayada", febbre: "fiebre", caduto: "caido",
    caduta: "caida", spalla: "hombro", schiena: "espalda", caviglia: "tobillo", formicolio: "hormigueo", intorpidito: "dormido",
    // French
    fait: "hecho", merci: "gracias", douleur: "dolor", jambe: "pierna", genou: "rodilla", poitrine: "pecho", sang: "sangre",
    tombe: "caido", evanoui: "desmayado", respirer: "respirar", bras: "brazo", visage: "cara", rotule: "rotula", fievre: "fiebre",
    aujourdhui: "hoy", hier: "ayer", beaucoup: "mucho",
  }),
);

/** The Spanish word for this Portuguese or Italian one, or null. */
export function spanishFor(word: string): string | null {
  return SPANISH_FOR.get(word) ?? null;
}
