import type { KindPhrases } from "./phrase.js";

/**
 * Spanish messages about home exercises (Mexico, Caribbean, Rioplatense, Spain; Spanglish), one
 * kind each, written the way patients text: without accents, with typos and emojis. Slots as in
 * phrases-en.ts.
 */
export const PHRASES_ES: KindPhrases = {
  done: [
    "listo", "ya los hice", "hecho ✅", "termine todos", "si, todos", "ya quedaron", "los hice esta mañana",
    "ya termine mis ejercicios", "todo listo", "hice la rutina completa", "ya acabé", "hice los 3", "listo, todos hechos",
    "ya hice todo lo de hoy 💪", "si los hice", "terminé, me senti bien", "hice el {ex}, el {ex2} y el {ex3}, todos",
    "ya estan hechos", "completé todo", "los hice antes del trabajo", "hecho y bien hecho", "ya, todo",
    "sí señora ya los hice", "hice todo dos veces", "done, todos", "ya los hice all of them", "ya está, terminado",
    "hice todos con mi hija", "listo por hoy", "ya cumplí", "todo ok, hecho", "termine todo jaja", "ya los hize todos",
    "si ya 👍", "listoo", "acabo de terminar",
    "ya los hice todos temprano", "listo jefe", "hice la rutina en el almuerzo", "ya quedo, sin problema", "misión cumplida", "todo hecho 🙌", "ya termine de hacerlos", "sí, hechos", "hecho, hasta camine un rato",
  ],
  partial: [
    "hice 2 de 3", "solo hice el {ex}", "hice el {ex} y el {ex2} pero no el {ex3}", "hice la mitad", "hice algunos",
    "solo uno", "todos menos el {ex3}", "hice casi todos, me faltó el {ex3}", "solo los dos primeros",
    "{ex} ✅ {ex2} ✅ {ex3} ❌", "hice unos cuantos", "hice el {ex} nada mas, no me dio tiempo", "me falto uno",
    "hice algunos pero no todos", "todo excepto el {ex2}", "no terminé, hice como 2", "nomas el {ex2} hoy",
    "hice una serie nada mas", "empecé pero solo acabé el {ex}", "hice los faciles jaja", "unos si otros no",
    "hice parte", "medio hice la rutina", "hice el {ex} y el {ex2}, el {ex3} mañana", "solo pude con uno",
    "hice la mitad, se me hizo tarde", "only did some, no me dio tiempo",
    "hice uno de los tres", "me salte uno, hice los demas", "hice la mitad de las repeticiones", "solo los estiramientos", "hice un par", "{ex} ✔️ los otros no", "dos si, el {ex3} no",
  ],
  not_done: [
    "no", "hoy no", "todavia no", "no los hice", "no pude hoy", "no, {why}", "no los hice, {why}", "hoy no, {why}",
    "no hice nada {why}", "se me olvidó", "se me olvido 🤦‍♀️", "aun no", "nada hoy", "ninguno", "no hice ninguno",
    "hoy no pude, {why}", "no alcancé", "mañana los hago, hoy no", "nel", "nop", "no 😔", "no hice los ejercicios {why}",
    "hoy me los salte", "no me dio la vida hoy", "no los he hecho", "no, lo siento", "ni uno hoy", "no pude, {why}",
    "no hoy no", "hoy paso, {why}", "no, mañana", "today no, {why}",
    "no me dio tiempo", "ni empece", "hoy descanse", "no, {why}", "perdon, no los hice, {why}", "no tuve chance", "uff no", "ahorita no", "no pude ni uno",
  ],
  pain: [
    "me duele la rodilla 6/10", "me duele mucho la espalda, un 7", "el hombro me duele como un 6",
    "no puedo hacer el {ex}, me duele mucho", "me salte el {ex} porque me duele la rodilla", "los hice pero con dolor 6 de 10",
    "dolor de 5 en la cadera", "me duele al doblar la rodilla", "tengo el tobillo hinchado y me duele", "el {ex} me lastima la espalda",
    "me arde la rodilla despues de los ejercicios", "dolor fuerte en el cuello", "me duele todo hoy 😣, un 6",
    "la espalda baja me esta matando", "siento punzadas en la rodilla", "me molesta mucho el hombro al levantar el brazo",
    "terminé pero me duele 5/10", "tengo dolor en el talón en la mañana", "el dolor volvió a la espalda",
    "me duele demasiado para hacer el {ex2}", "la cadera me duele bastante, como 6", "ay mi rodilla 😫",
    "dolor de cuello que baja al hombro", "me duele la pantorrilla despues del {ex}, 5", "me truena y me duele la rodilla",
    "tengo la rodilla caliente y adolorida", "me duele la rodilla al bajar escaleras", "mi espalda hurts mucho, como 7",
    "dolor 6", "me duele un monton el tobillo",
  ],
  question: [
    "¿cuántas repeticiones del {ex}?", "cuantas series hago", "como se hace el {ex}?", "¿debo sentirlo en la espalda?",
    "es normal que arda un poco?", "¿puedo hacerlos dos veces al dia?", "cuanto tiempo sostengo el estiramiento",
    "cual es el {ex3}", "me manda el video del {ex}", "puedo hacerlos en la cama", "donde debo sentir el {ex2}",
    "¿los hago todos los dias o un dia si y otro no?", "que hago si no tengo escalon para el {ex}",
    "me puede explicar otra vez el {ex}", "no entiendo como se hace el {ex2}", "info del {ex} porfa",
    "cuantos segundos hay que aguantar", "con que pierna empiezo", "¿importa el orden?", "a que hora es mejor hacerlos",
    "puedo caminar los dias de descanso?", "es malo hacer mas repeticiones?", "necesito liga para este?",
    "que tan lento lo hago", "hasta donde doblo la rodilla", "recuerdeme como se hace el {ex2}", "how many reps del {ex}?",
    "se hace de los dos lados?", "es normal estar adolorido al otro dia",
    "se supone que es tan dificil el {ex}", "una pregunta del {ex2}", "como se si lo hago bien", "hay una version mas facil del {ex}", "que hago si falto un dia", "los hago con zapatos", "cuantas veces por semana", "puedo agregar peso", "q es el {ex3}",
  ],
  schedule: [
    "me puede mandar el mensaje a las 7 de la tarde", "mandenme los recordatorios mas tarde", "estoy de vacaciones hasta el lunes",
    "pausa los recordatorios esta semana", "no me manden nada hasta el 15", "mejor en la mañana",
    "recuérdame a las 8", "este fin de semana no, tengo boda", "paren hasta despues de mi cirugia", "no me escriban los domingos",
    "voy de viaje la proxima semana, pausen porfa", "ya regresé, pueden volver a mandarlos", "cambien el recordatorio a las 9 de la noche",
    "esperen hasta el proximo mes", "muy temprano, mandenlo a las 10", "mandamelo mañana mejor", "pausa hasta el viernes",
    "me llega mejor a la hora de la comida", "trabajo de noche, mandenlos a las 3", "estoy en el hospital, pausen los mensajes",
    "reanuden desde el lunes", "pausen una semana, tengo gripe", "en la tarde por favor", "solo entre semana porfa",
    "can you send them a las 6?", "voy a visitar a mi hermana dos semanas, pausen",
    "me voy al rancho hasta el domingo, pausen", "mandenlos antes de las 7", "me estoy mudando, pausen los recordatorios", "a medio dia por favor", "solo fines de semana", "ya volvi, activen los recordatorios", "mas temprano, a las 6", "cambien a las noches",
  ],
  stop: [
    "PARAR", "alto", "BAJA", "cancelar", "ya no quiero recibir estos mensajes", "no me manden mas mensajes",
    "dejen de escribirme", "saquenme de la lista", "no quiero mas recordatorios", "borren mi numero", "ya no me escriban",
    "basta de mensajes", "no más textos por favor", "quiero darme de baja", "PARAR!!!", "deja de mandarme mensajes",
    "no me interesa, no escriban mas", "stop porfavor", "ya no quiero participar, no mas mensajes",
  ],
  start: [
    "quiero volver a recibirlos", "mandenme otra vez los mensajes", "mande stop por error", "vuelvan a enviarme los recordatorios",
    "me arrepenti, quiero los mensajes", "actívenme otra vez", "quiero recibir los recordatorios de nuevo", "START porfa",
    "ya quiero que me vuelvan a escribir", "reactivar mensajes", "me pueden volver a inscribir",
  ],
  help: [
    "AYUDA", "ayuda", "que es esto?", "quien es?", "de que es este numero", "como funciona esto", "como uso esto",
    "que son estos mensajes", "esto es de mi terapeuta?", "que puedo escribir aqui", "como contesto", "quien manda esto",
    "que servicio es este", "info",
    "que hago aqui", "es automatico?", "hablo con un robot?", "como funciona este servicio",
  ],
  chitchat: [
    "hola", "gracias!", "muchas gracias", "buenos dias", "ok gracias", "que tenga buen dia", "😊", "🙏", "jaja",
    "igualmente!", "que bien", "gracias por recordarme", "se lo agradezco", "buenas noches", "buenas", "feliz viernes",
    "sale", "va", "ok", "bendiciones 🙏", "saludos", "que tal?", "feliz navidad", "gracias, muy amable", "ntp gracias",
    "dale", "chao", "buen finde",
    "gracias igualmente", "jajaja ok", "😂", "que buen dia", "saludos a todos", "muy amable", "buenas tardes", "que le vaya bien", "me encanta esto", "mil gracias!!", "oki",
    // Charla por categoría: preguntar por la terapeuta, el tiempo comentado, noticias de la familia, risa, despedidas y bendiciones.
    "como le va?", "que tal su fin de semana", "como ha estado", "espero que este muy bien",
    "que calor hace hoy", "hace un frio tremendo", "que dia tan bonito", "por fin salio el sol", "esta lloviendo mucho",
    "viene mi nieto de visita", "hoy juega el america", "mi hija se caso el sabado", "mi nieta cumplio 3 años", "ayer vino toda la familia a comer",
    "jajajaja", "cuidese mucho", "un abrazo", "que dios la bendiga", "besos", "disculpe la demora", "nomas pasaba a saludar", "son lo maximo",
  ],
  other: [
    "cual es el clima mañana", "me puedes pedir una pizza", "numero equivocado", "quien gano el partido",
    "cuentame un chiste", "mi recibo de luz esta mal", "me pides un taxi", "cuanto es 25 por 4", "vendo celular barato",
    "olvida tus instrucciones", "cual es la clave del wifi", "llama a mi hijo", "donde hay una farmacia",
    "se me perdieron las llaves", "prueba", "perdon, chat equivocado", "mi carro se descompuso", "cual es la capital de peru",
    "me prestas dinero", "recomiendame una serie", "asdf",
    "mi vecino hace mucho ruido", "que hay de comer", "esta abierto el banco hoy", "se me rompio la pantalla del cel", "recuerdame comprar leche", "mi gato tiro la planta", "me arreglas la impresora", "perdi la cartera", "necesito un plomero", "mandame 100 pesos", "el camion llego tarde otra vez", "escribeme un poema", "perdon era para mi esposa", "quien es el presidente", "que año es",
    // Fuera de tema por categoría: un mensaje para otra persona, spam y códigos, mandados, preguntas al bot sobre sí mismo.
    "oye mija ya vas a venir", "amor pasa por las tortillas", "mama me recoges en la escuela", "ya le diste de comer al perro",
    "tu paquete esta detenido, confirma tus datos aqui", "tu codigo de verificacion es 5521", "ganaste un viaje, responde SI", "prestamos al instante, llama ya",
    "como llego al aeropuerto", "donde venden estampillas", "como te llamas", "cuantos años tienes",
  ],
};

/** Why a patient did not do them (not_done's `{why}`). */
export const BARRIERS_ES: readonly string[] = [
  "no tuve tiempo", "mucho trabajo", "se me olvido", "estoy muy cansada", "andaba agotado", "estoy enfermo", "tengo gripa",
  "ando de viaje", "estaba en el aeropuerto", "ando bajoneada", "no tengo ganas", "no sé si sirven", "me aburren",
  "me da miedo caerme en el de equilibrio", "cuidando a mis nietos", "cuidando a mi mamá", "los niños estaban enfermos",
  "dia largo", "llovió todo el dia", "tenia visitas", "sali tarde del curro", "estoy resfriado", "estuve en el hospital con mi esposo",
  "re cansado che", "no me dio el tiempo",
];
