/**
 * Spanish written by someone whose first language is Portuguese or Italian keeps that language's
 * words for the body and for what hurts ("la rodilla dói", "tengo formigamento", "está gonfia",
 * "medo de cair"): in a text that reads as Spanish they are read as the Spanish word. Only words
 * that are not also Spanish words with another meaning ("queda", "male", "salsa") are listed.
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
    // Italian
    gamba: "pierna", gambe: "piernas", ginocchio: "rodilla", petto: "pecho", dolore: "dolor", gonfio: "hinchado", gonfia: "hinchada",
    gonfiore: "hinchazon", svenuto: "desmayado", svenuta: "desmayada", febbre: "fiebre", caduto: "caido",
    caduta: "caida", spalla: "hombro", schiena: "espalda", caviglia: "tobillo", formicolio: "hormigueo", intorpidito: "dormido",
  }),
);

/** The Spanish word for this Portuguese or Italian one, or null. */
export function spanishFor(word: string): string | null {
  return SPANISH_FOR.get(word) ?? null;
}
