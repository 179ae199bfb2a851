import type { Wording } from "./wording.js";

/** How people say it, in Spanish (several regions), written independently of the reader's lexicons. */
export const WORDINGS_ES: readonly Wording[] = [
  // stroke
  { syndrome: "stroke", level: "emergency", first: "se me cayó un lado de la cara", third: "se le cayó un lado de la cara" },
  { syndrome: "stroke", level: "emergency", first: "no me salen las palabras, hablo raro", third: "no le salen las palabras, habla raro" },
  { syndrome: "stroke", level: "emergency", first: "de repente el brazo y la pierna derecha se me durmieron", third: "de repente se le durmieron el brazo y la pierna izquierda" },
  { syndrome: "stroke", level: "emergency", first: "tengo la boca torcida", third: "tiene la boca chueca" },
  { syndrome: "stroke", level: "emergency", first: "dejé de ver de un ojo un momento", third: "dejó de ver de un ojo un rato" },
  { syndrome: "stroke", level: "emergency", first: "estoy desorientado de repente", third: "está desorientada y no sabe dónde está" },
  // acs
  { syndrome: "acs", level: "emergency", first: "siento un peso en el pecho como una losa", third: "siente un peso en el pecho" },
  { syndrome: "acs", level: "emergency", first: "me aprieta el pecho y se me va al brazo izquierdo", third: "le aprieta el pecho y le baja al brazo izquierdo" },
  { syndrome: "acs", level: "emergency", first: "dolor en el pecho que sube a la mandíbula y estoy sudando frío", third: "tiene dolor de pecho y está sudando frío" },
  { syndrome: "acs", level: "emergency", first: "opresión en el pecho", third: "tiene opresión en el pecho" },
  // breathing
  { syndrome: "breathing", level: "emergency", first: "me falta el aire", third: "le falta el aire" },
  { syndrome: "breathing", level: "emergency", first: "no puedo respirar bien", third: "no puede respirar bien" },
  // pe-dvt
  { syndrome: "pe-dvt", level: "emergency", first: "la pantorrilla hinchada y me ahogo", third: "tiene la pantorrilla hinchada y se ahoga" },
  { syndrome: "pe-dvt", level: "emergency", first: "tosí sangre", third: "está tosiendo sangre" },
  { syndrome: "pe-dvt", level: "urgent", first: "tengo el chamorro hinchado y caliente", third: "tiene la pantorrilla roja y caliente" },
  { syndrome: "pe-dvt", level: "urgent", first: "la pierna hinchada, roja y caliente", third: "tiene la pierna hinchada y roja" },
  // cauda equina
  { syndrome: "cauda-equina", level: "emergency", first: "me hice pis encima sin darme cuenta", third: "se hizo pis encima sin darse cuenta" },
  { syndrome: "cauda-equina", level: "emergency", first: "desde anoche no puedo orinar y me duele la espalda", third: "desde anoche no puede orinar" },
  { syndrome: "cauda-equina", level: "emergency", first: "tengo dormida la entrepierna", third: "tiene dormida la entrepierna" },
  { syndrome: "cauda-equina", level: "emergency", first: "no siento nada al limpiarme", third: "no siente nada ahí abajo" },
  // anaphylaxis
  { syndrome: "anaphylaxis", level: "emergency", first: "se me hincharon los labios y la lengua", third: "se le hincharon los labios" },
  { syndrome: "anaphylaxis", level: "emergency", first: "se me cierra la garganta", third: "se le está cerrando la garganta" },
  // sepsis
  { syndrome: "sepsis", level: "emergency", first: "la herida supura, tengo fiebre alta y estoy temblando", third: "la herida le supura y tiene fiebre alta y tiembla" },
  { syndrome: "sepsis", level: "emergency", first: "tengo fiebre y estoy muy confundido", third: "tiene fiebre y está confundida" },
  { syndrome: "sepsis", level: "emergency", first: "nunca me había sentido tan mal, estoy temblando", third: "dice que nunca se había sentido tan mal" },
  { syndrome: "sepsis", level: "emergency", first: "no he orinado en todo el día y tengo fiebre", third: "no ha orinado en todo el día y tiene fiebre" },
  // wound infection
  { syndrome: "wound-infection", level: "urgent", first: "la cicatriz está roja y caliente", third: "tiene la cicatriz roja y caliente" },
  { syndrome: "wound-infection", level: "urgent", first: "me sale pus de los puntos", third: "le sale pus de la herida" },
  { syndrome: "wound-infection", level: "urgent", first: "tengo calentura desde la operación", third: "tiene calentura desde la operación" },
  { syndrome: "wound-infection", level: "urgent", first: "se me abrieron los puntos", third: "se le abrieron los puntos" },
  { syndrome: "wound-infection", level: "urgent", first: "lo rojo alrededor de la herida se extiende", third: "lo rojo alrededor de su herida se extiende" },
  // injury
  { syndrome: "injury", level: "urgent", first: "sentí un chasquido en el tobillo y un dolor fuertísimo", third: "sintió un tronido en la rodilla y no puede apoyar" },
  { syndrome: "injury", level: "urgent", first: "creo que me rompí la muñeca", third: "creo que se rompió el tobillo" },
  { syndrome: "injury", level: "emergency", first: "se me salió la cadera y la pierna se ve más corta", third: "se le salió la cadera y tiene la pierna más corta" },
  // syncope
  { syndrome: "syncope", level: "emergency", first: "me desmayé haciendo los ejercicios", third: "se desmayó haciendo los ejercicios" },
  { syndrome: "syncope", level: "emergency", first: "perdí el conocimiento un momento", third: "perdió el conocimiento" },
  // falls
  { syndrome: "falls", level: "emergency", first: "me caí y no me puedo levantar", third: "se cayó y no se puede levantar" },
  { syndrome: "falls", level: "emergency", first: "me caí y me golpeé la cabeza", third: "se cayó y se golpeó la cabeza" },
  { syndrome: "falls", level: "emergency", first: "me caí y estuve en el piso toda la noche", third: "se cayó y estuvo en el piso toda la noche" },
  { syndrome: "falls", level: "urgent", first: "me caí y no puedo apoyar la pierna", third: "se cayó y no puede apoyar la pierna" },
  { syndrome: "falls", level: "emergency", first: "me caí y no me acuerdo de nada", third: "se cayó y no se acuerda de nada" },
  { syndrome: "falls", level: "emergency", first: "me caí y tengo la muñeca chueca", third: "se cayó y tiene la muñeca chueca" },
  { syndrome: "falls", level: "urgent", first: "me caí en la calle pero estoy bien", third: "se cayó en el baño" },
  { syndrome: "falls", level: "urgent", first: "me resbalé en la ducha", third: "se resbaló en la cocina" },
  // self-harm
  { syndrome: "self-harm", level: "emergency", first: "siento que soy una carga para todos", third: "dice que es una carga para todos" },
  { syndrome: "self-harm", level: "emergency", first: "estarían mejor sin mí", third: "dice que estaríamos mejor sin él" },
  { syndrome: "self-harm", level: "emergency", first: "he estado guardando pastillas", third: "ha estado guardando pastillas" },
  { syndrome: "self-harm", level: "emergency", first: "ya no quiero vivir", third: "dice que se quiere morir" },
  // bleeding
  { syndrome: "bleeding", level: "emergency", first: "la herida sangra mucho y no para", third: "la herida no para de sangrar" },
  // neuro
  { syndrome: "neuro", level: "urgent", first: "arrastro el pie al caminar", third: "arrastra el pie al caminar" },
  { syndrome: "neuro", level: "urgent", first: "tengo hormigueo en la mano", third: "tiene hormigueo en la pierna" },
  { syndrome: "neuro", level: "urgent", first: "un dolor como corriente que baja por la pierna", third: "tiene un dolor que le baja por la pierna" },
  // added with the domain review of Dec 2026
  { syndrome: "acs", level: "emergency", first: "tengo agruras que no se quitan y estoy sudando frío", third: "tiene agruras y está sudando frío" },
  { syndrome: "breathing", level: "emergency", first: "se me pusieron los labios morados", third: "se le pusieron los labios morados" },
  { syndrome: "pe-dvt", level: "emergency", first: "toso y me salen hilitos de sangre", third: "tose y le salen hilos de sangre" },
  { syndrome: "pe-dvt", level: "emergency", first: "me da una punzada en el costado cada vez que respiro", third: "le duele el costado al respirar" },
  { syndrome: "stroke", level: "emergency", first: "el peor dolor de cabeza de mi vida, de golpe", third: "le dio de golpe el peor dolor de cabeza de su vida" },
  { syndrome: "stroke", level: "emergency", first: "se me cae la baba de un lado", third: "se le cae la baba de un lado" },
  { syndrome: "collapse", level: "emergency", first: "siento que me voy a morir", third: "no lo puedo despertar" },
  { syndrome: "self-harm", level: "emergency", first: "quiero que todo esto se acabe ya", third: "dice que quiere que todo termine" },
  { syndrome: "self-harm", level: "emergency", first: "ya me despedí de mis hijos", third: "ya se despidió de todos" },
  { syndrome: "bleeding", level: "emergency", first: "vomité sangre", third: "vomitó sangre" },
  { syndrome: "cauda-equina", level: "emergency", first: "no siento nada cuando me limpio y me duele la espalda", third: "no siente cuando se limpia y le duele la espalda" },
  { syndrome: "injury", level: "emergency", first: "se me zafó el hombro y no regresa", third: "se le zafó el hombro y no regresa" },
  // high pain
  { syndrome: "high-pain", level: "urgent", first: "el dolor es un 9 de 10", third: "tiene un dolor de 9 de 10", pain: 9 },
  { syndrome: "high-pain", level: "urgent", first: "el dolor es insoportable", third: "tiene un dolor insoportable" },
  { syndrome: "high-pain", level: "urgent", first: "el dolor va cada día peor y las pastillas no hacen nada", third: "el dolor va cada día peor y las pastillas no le hacen nada" },
  { syndrome: "high-pain", level: "urgent", first: "no he dormido nada del dolor", third: "no ha dormido nada del dolor" },
  // therapist
  { syndrome: "therapist", level: "therapist", first: "casi me caigo pero me agarré", third: "casi se cae pero se agarró" },
  { syndrome: "therapist", level: "therapist", first: "me da miedo caerme en los de equilibrio", third: "tiene miedo de caerse" },
  { syndrome: "therapist", level: "therapist", first: "los puentes me duelen demasiado y los dejé", third: "los puentes le duelen demasiado" },
  { syndrome: "therapist", level: "therapist", first: "el dolor está en 6 de 10", third: "el dolor está en 6 de 10", pain: 6 },
  // segunda revisión clínica: caídas con golpe en la cabeza, sepsis, herida, dolor intenso, miedo a lastimarse (México, España, Caribe, Argentina)
  { syndrome: "falls", level: "emergency", first: "me caí en el baño y no me puedo parar", third: "está tirada en el piso y no la podemos levantar" },
  { syndrome: "falls", level: "emergency", first: "me caí y me abrí la ceja", third: "se cayó y se abrió la ceja" },
  { syndrome: "falls", level: "emergency", first: "me di con la cabeza contra el lavabo al caerme", third: "se dio con la cabeza contra el borde de la cama" },
  { syndrome: "falls", level: "emergency", first: "me dio un mareo, caí al suelo y no recuerdo nada", third: "le dio un mareo, cayó al piso y no recuerda nada" },
  { syndrome: "falls", level: "emergency", first: "me caí y ahora estoy muy adormilado y con vómitos", third: "se cayó y ahora está muy adormilada, como ida" },
  { syndrome: "falls", level: "emergency", first: "me descalabré al caerme en la escalera", third: "se descalabró al caerse en la escalera" },
  { syndrome: "syncope", level: "emergency", first: "me quedé privado unos segundos haciendo las sentadillas", third: "se desplomó haciendo los ejercicios" },
  { syndrome: "syncope", level: "emergency", first: "se me fue el conocimiento un momento", third: "se le fue el conocimiento un momento" },
  { syndrome: "sepsis", level: "emergency", first: "tengo fiebre de 39 y la herida supura", third: "tiene fiebre de 39 y la herida le supura" },
  { syndrome: "sepsis", level: "emergency", first: "tengo fiebre y estoy como ido, no coordino", third: "tiene fiebre y está como ida, no coordina" },
  { syndrome: "sepsis", level: "emergency", first: "tengo fiebre y el corazón a mil", third: "tiene fiebre y dice incoherencias" },
  { syndrome: "sepsis", level: "emergency", first: "me salieron manchas moradas en la piel y tengo fiebre", third: "le salieron manchas moradas en la piel y tiene fiebre" },
  { syndrome: "sepsis", level: "emergency", first: "tengo calentura y estoy tan adormilado que no me puedo despertar", third: "tiene fiebre y no hay quien la despierte" },
  { syndrome: "wound-infection", level: "urgent", first: "la herida tiene mala pinta y huele", third: "la herida se le ve fea y huele" },
  { syndrome: "wound-infection", level: "urgent", first: "la herida está enrojecida", third: "tiene la herida enrojecida" },
  { syndrome: "wound-infection", level: "urgent", first: "la herida no cierra y está colorada", third: "la herida no le cierra y está colorada" },
  { syndrome: "high-pain", level: "urgent", first: "tengo un dolor tremendo en la rodilla que no me deja vivir", third: "tiene un dolor tremendo que no la deja vivir" },
  { syndrome: "high-pain", level: "urgent", first: "me muero de dolor en la cadera", third: "se muere de dolor en la cadera" },
  { syndrome: "high-pain", level: "urgent", first: "estoy viendo las estrellas del dolor", third: "está viendo las estrellas del dolor" },
  { syndrome: "high-pain", level: "urgent", first: "el dolor es insufrible", third: "tiene un dolor insufrible" },
  { syndrome: "high-pain", level: "urgent", first: "lloro del dolor toda la noche", third: "llora del dolor toda la noche" },
  { syndrome: "high-pain", level: "urgent", first: "el dolor está cabrón, ni con las pastillas se calma", third: "el dolor es horroroso y ni con pastillas se le calma" },
  { syndrome: "therapist", level: "therapist", first: "me da miedo lastimarme con las sentadillas", third: "tiene miedo de hacerse daño con las sentadillas" },
  { syndrome: "therapist", level: "therapist", first: "me siento desanimada con la recuperación", third: "está muy desanimado con la recuperación" },
];

export const GUARDS_ES: readonly Wording[] = [
  { syndrome: "guard", level: "none", first: "¿cómo pongo la espalda para no lastimarme?", third: "¿cómo pone la espalda para no lastimarse?" },
  { syndrome: "guard", level: "none", first: "un poco adolorido pero bien", third: "está un poco adolorida pero bien" },
  { syndrome: "guard", level: "none", first: "sin dolor hoy", third: "hoy no tiene dolor" },
  { syndrome: "guard", level: "none", first: "no tengo hormigueo ni nada", third: "no tiene hormigueo" },
  { syndrome: "guard", level: "none", first: "un poco rígido en la mañana", third: "está un poco rígido en la mañana" },
  { syndrome: "guard", level: "none", first: "me muero de ganas de que llegue el viernes", third: "se muere de ganas de que llegue el viernes" },
  { syndrome: "guard", level: "none", first: "me caí hace años pero desde entonces nada", third: "se cayó hace años, nada desde entonces" },
  { syndrome: "guard", level: "none", first: "la fiebre ya se me quitó", third: "la fiebre ya se le quitó" },
  { syndrome: "guard", level: "none", first: "me quedé sin aliento un poquito con la bici", third: "se quedó sin aliento un poquito con la bici" },
  { syndrome: "guard", level: "none", first: "la hinchazón ya bajó", third: "la hinchazón ya le bajó" },
];
