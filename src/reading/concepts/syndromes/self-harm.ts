import { type ConceptRule, explainingTheWholeMessage, lexicon } from "../lexicon.js";

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

/**
 * A screening question answered no ("no thoughts of suicide", "never had thoughts of hurting myself",
 * "not suicidal", "no tengo pensamientos de hacerme daño"): only this form, the denied thought, is
 * read as a denial; "I dont want to live" and every other warning sign still stands.
 */
const NOT_DENIED_THOUGHT = String.raw`(?<!\b(?:no|not|never|nor|without|denies|deny|denied|zero|none)(?: (?:had|have|having|any|current|feeling|felt|been|ever|real|suicidal))*(?: (?:thoughts?|ideas?|ideation|plans?|intent\w*|urges?|feelings?))?(?: (?:of|about|to))? )(?<!\b(?:no|nunca) (?:tengo|tiene|he tenido|ha tenido|tuve|tuvo|he|ha)(?: (?:pensado|pensamientos|ideas|ganas|intenciones))?(?: (?:de|en))? )`;

/**
 * Suicide as the subject of a talk, a campaign or a game, not a thought the writer has: a sermon on
 * suicide prevention, a suicide-awareness walk, suicide sprints at practice, the Suicide Squad film.
 */
const NOT_A_TOPIC = String.raw`(?<!\b(?:sermon|homily|talk|lecture|class|course|training|seminar|documentary|film|movie|podcast|article|episode|book|campaign|poster|charla|platica|homilia|curso|documental|pelicula|campana|taller|conferencia) (?:on|about|de|sobre|del|acerca del?) (?:the |el |la )?)(?<!\b(?:prevenir|prevencion del?|contra el) )(?:(?<!\b(?:did|doing|ran|running|some|more|\d+|puso|pusieron|hicimos|hice|hizo|corrimos|corri|corrio|tocaron|toco) )(?=suicides\b)|(?!suicides\b))suicid\w*(?! (?:prevention|awareness|hotline|helpline|crisis line|lifeline|squad|squeeze|doors?|sprints?|drills?|runs?|walk|charity|campaign|month|week|day|training|course|forum|talk|seminar))`;

/** Medicines a patient may have at home, by kind or by name: the means in a plan or a stockpile. */
const MEDICINES = String.raw`(?:pills|tablets|meds|capsules|painkillers|pain pills|sleeping pills|oxy\w*|percocet\w*|vicodin|norco\w*|tramadol|hydrocodone|morphine|codeine|xanax|valium|ambien|opioids?|gabapentin|lyrica|insulin)`;
const MEDICINES_ES = String.raw`(?:pastillas|pildoras|capsulas|comprimidos|tabletas|medicinas|medicamentos|calmantes|analgesicos|tramadol|morfina|oxicodona|opioides|opiaceos|somniferos|pastillas para dormir)`;

/** A time of day or a routine after "how / when I'm going to do it": a plan for the exercises or the doses ("…, mornings before work"). */
const THEN_A_ROUTINE = String.raw`(?!,? (?:\w+ ){0,3}(?:mornings?|evenings?|nights?|before|after|with|at \d|every|daily|twice|once|split|sets|reps|manana|tarde|noche|antes|despues|cada|diario)\b)`;

const WARNING_SIGNS = lexicon(
  "suicide or self-harm warning signs",
  [
    "kill(?:ing)? (?:my|him|her|them)sel(?:f|ves)(?! (?:for (?:forgetting|being so|not |missing|that|this|eating)|(?:on|over) (?:these|the|those|this|that|it|them)|laughing|doing (?:these|the|this|those)|at (?:work|the gym)))", `(?=suicid)${NOT_DENIED_THOUGHT}${NOT_A_TOPIC}`, "end(?:ing)? (?:it all|my life|his life|her life|(?:my|his|her) own life)", "take (?:my|his|her) (?:own )?life", "(?:want|wants|wanted|wanna) to die", "(?:want|wants) to be dead",
    "wish (?:i|he|she) (?:was|were|wasnt|werent) (?:dead|here|alive|around|born)", "better off (?:dead|gone)", "rather be dead", "(?:thoughts?|thinking|thinks|think|scared|afraid) (?:\\w+ ){0,2}(?:of |about |that (?:i|she|he) (?:might|will|could) )?(?:harm|harming|hurt|hurting) (?:the|my|her|his|our) (?:baby|newborn|child|son|daughter)", "(?:make|making|made) (?:it|things|life) easier for (?:everyone|everybody|you all|all of you|the family|us all)", "(?:walk|walking|swim|swimming|wade|wading|go|going|drive|driving) (?:\\w+ ){0,2}into the (?:sea|ocean|river|lake|water|waves|traffic)(?: \\w+){0,3} (?:and )?(?:not|never) (?:come|coming|to come) back", "(?:walk|walking|step|stepping|throw|throwing|jump|jumping) (?:\\w+ ){0,2}in front of (?:a |the )?(?:train|bus|lorry|truck|car|traffic)", "(?:dont|doesnt|do not|no longer|dont even) (?:really )?want to (?:be alive|live|be here|wake up|go on|exist|be around)",
    `(?:want\\w*|thinking (?:about|of)|thought (?:about|of)|urges? to|going to|gonna|might|will|tried to|trying to|try to) (?:\\w+ ){0,2}(?:hurt|harm|cut|burn)(?:ing)? (?:my|him|her|them)sel(?:f|ves)${NOT_FEAR_OF_INJURY}`, "(?:cutting|harming|burning) (?:my|him|her|them)sel(?:f|ves)", "(?:would|d|will|might) be (?:\\w+ )?better off (?:not having to|without having to|if (?:they|she|he|you) didnt have to|without) (?:\\w+ ){0,3}(?:me|us|him|her)\\b", "(?:take|swallow|taking|swallowing) (?:all|every) (?:of )?(?:the |my |his |her )?(?:tablets|pills|pastillas)(?: \\w+){0,2} (?:together|at once|at one time|in one go)", "harm (?:my|him|her|them)sel(?:f|ves)", "self[ -]?harm\\w*", "overdos\\w*",
    "(?:take|taking|swallow\\w*) all (?:my|his|her|the|of (?:my|his|her|the)) (?:pills|tablets|meds|medication|painkillers)",
    // Tablets found gone, or taken on purpose: "found her with the empty blister of tramadol", "says she took them on purpose".
    "(?:found|find|finding) (?:\\w+ ){1,3}(?:with|next to|beside) (?:an? |the |his |her )?empty (?:pill |medicine |tablet )?(?:bottle|packet|box|blister|strip|pack|tub)", "empty (?:pill |medicine |tablet )?(?:bottle|packet|box|blister|strip|pack|tub)s? (?:of (?:\\w+ ){0,2}(?:pills|tablets|meds|painkillers) )?(?:beside|next to) (?:him|her|them|the bed)", `(?:took|taken|swallowed|downed|take) (?:them|it|\\w+ ${MEDICINES}|(?:all )?(?:the|my|his|her) ${MEDICINES}) (?:all )?(?:on purpose|deliberately|intentionally)`, "(?:saving|stashing|hoarding|keeping|putting) (?:them|these|those|it|\\w+ (?:pills|tablets|meds)) (?:all )?(?:up |by |aside |away )?for when (?:im|i am|i m|i feel|the time is) ready", "all (?:my|his|her|the) (?:\\w+ )?(?:pills|tablets|meds) at once", "(?:took|taken|swallowed|has taken|have taken) (?:a bunch of|a handful of|a whole bottle of|the whole bottle of|a whole packet of|loads of|a load of) (?:\\w+ )?(?:pills|tablets|meds|painkillers|medication)",
    "(?:im|i am|being|be|feel like|just|such|feel like such) a (?:burden|drain)", "(?:a )?burden (?:to|on|for) (?:everyone|my family|them|you all|my kids|my wife|my husband|the family|others)", "(?:he|she) (?:is|feels|says (?:he|she) is) a burden",
    "(?:everyone|they|family|my family|kids|my kids|wife|husband|people|the world|you all|everybody)(?: \\w+){0,2} (?:would be|would all be|d be|are|will be) better off without (?:me|him|her)", "better off without (?:me|him|her)", "(?:do|doing|did|done) away with (?:my|him|her)self", "(?:take|taking|took|taken) (?:my|his|her) (?:own )?life", "(?:wish|want|wanted|wishing) (?:\\w+ ){0,3}(?:pass away|cease to exist|stop existing|not exist|not to exist)", "cease to exist", "slash\\w* (?:my|his|her) wrists?", "(?:theyd|they would|theyll|they will|everyone would|everyone d|life would|things would|it would) (?:all )?be (?:so |much |a lot |far )?(?:lighter|freer|easier|simpler) (?:for (?:them|everyone|my \\w+) )?without (?:me|him|her)", "quit (?:\\w+ ){0,2}(?:life|living)", "(?:dragging|drag|dragged|bringing) (?:everyone|everybody|my family|the family|them|us|you all|my (?:kids|children|wife|husband)) down", "(?:im|i am|ive become|i have become|i feel like|feel like) (?:\\w+ )?(?:dead ?weight|an inconvenience|a drain|a liability) (?:to|for|on) (?:everyone|everybody|my (?:\\w+ )?(?:kids|children|family|wife|husband|daughter|son)|them|the family|you all)", "(?:have|had) (?:a lot |so much |far |much )?(?:less|fewer) (?:trouble|hassle|worry|worries|work|stress) without (?:me|him|her)", "(?:wrapping|wrap|wrapped|settling|settle|settled|sorting|sorted) (?:up |out )?(?:all )?(?:my|his|her) affairs(?! (?:\\w+ ){0,4}(?:before|ahead of) (?:my|the|his|her) (?:surgery|op|operation|trip|move))", "(?:planning|plan|planned|plotting) (?:my|his|her) (?:exit|way out)(?! (?:from|of|strategy|interview))", "(?:death|dying) (?:would be|will be|is|seems like|feels like) (?:a |the )?(?:release|relief|blessing|mercy|escape|way out)", "put (?:me|him|her) (?:down|to sleep) like (?:the|a|our|my|his|her) (?:dog|cat|pet|horse)", "(?:everyone|they|family|my family|kids|my kids|wife|husband|people|everybody|the world)(?: \\w+){0,2} (?:would|will|d) (?:all )?be (?:fine|ok|okay|happier|better|relieved) without (?:me|him|her)", "(?:easier|better|happier|fine|okay|ok|relieved) (?:off )?(?:for (?:everyone|everybody|them|all) )?if (?:i|he|she) (?:just )?(?:wasnt|werent|was not|were not) (?:here|around|alive)", "(?:easier|better|happier|fine|okay|ok|relieved) (?:off )?(?:for (?:everyone|everybody|them|all) )?if (?:i|he|she) (?:just )?(?:was|were) gone", "better off if (?:i|he|she) (?:was|were|wasnt|werent) (?:gone|here|around|dead)",
    "(?:letters?|notes?|cards?) of goodbye|goodbye (?:letters?|notes?)", "(?:left|wrote|sent|leaving|writing|found) (?:\\w+ ){0,3}(?:a |an )?(?:letter|note|message|text) (?:\\w+ ){0,3}(?:saying|to say) (?:goodbye|bye|farewell|sorry for everything)(?![^.]{0,40}\\b(?:trip|flight|vacation|holiday|airport|work|shift)\\b)",
    "(?:saying|said|say|wrote|writing|write|told|telling|tell|tells) (?:\\w+ ){0,2}goodbyes?(?![^.!?]{0,80}\\b(?:moving|relocat\\w*|retir\\w*|leaving for|new (?:job|home|house|apartment|flat|place)|last day)\\b)(?! to (?:the|my) (?:pain|band|crutches|walker|cane|physio|therapist|pt|doctor|coach|team|class))(?!(?: \\w+){0,4} (?:at|after) (?:my|the|our) (?:last|final) (?:session|visit|appointment|class))(?!(?: to)?(?: \\w+){0,3} (?:at|in|outside) the (?:airport|station|door|bus|train|party|school|gate|hospital|clinic|car))", "goodbye (?:letters?|notes?)", "(?:put|putting|get|getting|got|sort\\w*) (?:\\w+ ){0,2}affairs in order",
    "giv(?:e|ing|en) away (?:all )?(?:my|his|her) (?:things|stuff|belongings|possessions)", "giv(?:e|ing|en|ven) (?:all )?(?:my|his|her) (?:things|stuff|belongings|possessions|jewell?e?ry) away", `${MEDICINES} (?:\\w+ ){0,3}(?:saved up|stashed(?: away)?|hoarded|stockpiled|hidden away|put aside|set aside|squirrell?ed away)(?! for (?:the|tomorrow|tonight|my|morning|bed|bedtime|a trip|travel|the trip))`, "(?:saving|saved|save|saves|stockpil\\w*|hoard\\w*|stash\\w*) (?:up )?(?:\\w+ ){0,2}(?:pills|tablets|meds|painkillers|medication|sleeping pills|sertraline|fluoxetine|citalopram|escitalopram|amitriptyline|mirtazapine|venlafaxine|quetiapine|zopiclone|diazepam|lorazepam|codeine|tramadol|morphine|oxy\\w*|insulin|paracetamol|acetaminophen|tylenol)(?! (?:for|until) (?:the )?(?:bad days?|worse days|a bad day|flare\\w*|(?:bad |worst )?nights?|bedtime|emergencies|when (?:it|the pain|i need|needed))| as (?:you|the doctor|my doctor|prescribed|instructed|suggested))",
    "enough (?:pills|tablets|meds)", "(?:looked up|googled|searched|researched|reading up on|look up|google) how many (?:pills|tablets|meds)", "how many (?:pills|tablets|meds) (?:\\w+ ){0,3}(?:to (?:die|kill|end it|overdose|od)|(?:is|are|would be) (?:fatal|lethal|deadly))",
    "(?:think\\w*|thought|imagin\\w*|fantasi[sz]\\w*|talk\\w*|keeps? (?:saying|talking)|mention\\w*|said) (?:\\w+ ){0,3}(?:driv\\w*|crash\\w*|steer\\w*|div(?:e|es|ed|ing)|dove|jump\\w*|leap\\w*) (?:\\w+ ){0,2}(?:off|into) (?:the |a )?(?:road|bridge|cliff|tree|wall|river|traffic)", "(?:jump\\w*|throw\\w* (?:my|him|her)self) (?:off|from|in front of) (?:a |the )?(?:bridge|roof|building|balcony|cliff|train|bus|truck|car|traffic|lorry|subway|tube)", "(?:step\\w*|walk\\w*) in front of (?:a |the )?(?:train|bus|truck|car)",
    "(?:been|started|am|is|was|keep) cutting (?:again|(?:my|him|her)self)", "cut (?:my|him|her)self (?:again(?! (?:on|with|while|when|chopping|shaving|cooking|in|at|opening))|on purpose|deliberately)", "hurt (?:my|him|her)self (?:again )?(?:on purpose|deliberately)",
    "(?:go |to go )?be with (?:my|his|her) (?:late|dead|deceased) (?:husband|wife|son|daughter|partner|mother|father|mom|dad)", "join (?:my|his|her) (?:late|dead|deceased) (?:husband|wife|son|daughter|partner)",
    "(?:wont|will not|dont|wouldnt) need (?:\\w+ ){0,3}where (?:im|i am|hes|shes) going", "(?:i have|ive got|i got|have) a plan (?:to|for) (?:end|ending|kill|do it)", "(?:no|any) (?:reason|point) (?:to |in |for )?(?:keep |keeping |still )?(?:living|live|being alive|going on(?! (?:with|doing))|carry on(?! with)|carrying on(?! with)|be here|being here|going(?= *(?:$|[.!;]|\\n)| anymore| any more| like this))", "not worth living", "done with (?:life|living)",
    "(?:wont|will not|not going to|not gonna) be (?:around|here) (?:much longer|for long|anymore|any more|to see)", "(?:wont|will not|not going to|not gonna) (?:be )?need(?:ing)? (?:\\w+ ){0,3}(?:much|very) longer", "go to sleep and (?:never|not) wake up", "(?:sleep|go to sleep) (?:forever|for good|and never wake)", "(?:want|wanna|wish|hope|rather|prefer) (?:\\w+ ){0,4}(?:not|never) (?:to )?wake up", "(?:stockpil\\w*|sav\\w*|hoard\\w*|stash\\w*|collect\\w*|keep\\w*) (?:up )?(?:\\w+ ){0,2}(?:oxy\\w*|percocet\\w*|vicodin|norco\\w*|tramadol|hydrocodone|morphine|codeine|xanax|valium|ambien|opioids?|painkillers?|pain pills)(?: \\w+){0,3} (?:just )?in case", "(?:letters?|notes?|videos?|messages?) (?:\\w+ ){0,4}(?:just )?in case (?:something happens|i|im|anything)", "(?:wrote|written|writing|recorded|left) (?:\\w+ ){0,3}(?:letters?|notes?) (?:\\w+ ){0,4}(?:just )?in case", "(?:disappear|vanish) (?:forever|for good)", "(?:cant|can not) go on (?:anymore|like this|any more)", "no way out", "(?:scared|afraid|frightened|worried|terrified) (?:of )?what (?:i|he|she) (?:might|will|could|would|am going to|is going to|may) do(?: to (?:my|him|her)self)?", "(?:dont|doesnt|cant|do not|does not) trust (?:my|him|her)self(?! (?:on|with|to (?:do|lift|walk|balance|stand)))", "(?:nobody|no one|noone) (?:would|will|is going to|is gonna|d) (?:even )?(?:miss|notice|care)(?! (?:if|that|when) (?:i|we|he|she) (?:skip|miss|did|do|didnt|dont|take|skipped|missed|took)\\b)", "want (?:it all|everything|my life|all of (?:this|it)|it) to (?:end|be over)", "(?:end|ending) it(?= all| now| tonight)",
    // Second review (NIMH / AFSP / 988 warning-sign lists): worthlessness, no reason to live, preoccupation with death, hoarding means.
    "(?:wish|wishes|wished) (?:i|he|she|id|hed|shed)(?: had| d)? (?:never|not) been born", "(?:wish|wishes|wished) (?:i|he|she) (?:hadnt|had not|wasnt|was never) (?:been )?born",
    "(?:nothing|nobody|no one|noone) (?:left )?(?:for (?:me|him|her) )?to live for", "(?:life|living)(?: \\w+)? (?:isnt|is not|aint|s not|not) worth (?:it|living)(?! (?:without|if i cant (?:play|run|walk|dance)))", "(?:whats|what is|wheres) the point (?:of|in) (?:living|life|going on|being alive|being here|it all)",
    "rather (?:die|be dead) than (?:live|living|go on|going on|carry on|keep (?:going|living)|be like this|feel like this)", "(?:dont|do not|doesnt|does not|no longer) want to (?:continue|keep|go on|carry on) (?:living|to live|my life|with (?:my|this) life)", "(?:took|taken|swallowed|had) (?:too many|a lot of|lots of|loads of|extra) (?:\\w+ )?(?:pills|tablets|meds|painkillers|capsules) (?:\\w+ ){0,3}on purpose", "(?:dont|do not|doesnt|does not|no longer) deserve to (?:live|be alive|be here|exist)",
    "(?:gave|giving|give|given|gives) (?:away )?(?:all )?(?:my|his|her) (?:\\w+ ){0,3}?(?:jewell?e?ry|belongings|possessions|rings?|watch|medals|collection|savings) (?:away|to)(?! (?:the |a |be )?(?:jewell?er\\w*|repair\\w*|shop|mechanic|garage|bank|safe|valuer|pawn\\w*|fixed|cleaned|repaired|valued|resized|mended|serviced|insured))", "(?:stockpil\\w*|hoard\\w*|stash\\w*) (?:up )?(?:\\w+ ){0,2}(?:oxy\\w*|percocet\\w*|vicodin|norco\\w*|tramadol|hydrocodone|morphine|codeine|xanax|valium|ambien|opioids?|painkillers?|pain pills|sleeping pills)",
    "(?:keeps?|been|always|constantly|wont stop|started) (?:\\w+ )?(?:talking|thinking|writing) (?:\\w+ )?about (?:death|dying(?! (?:my|his|her|their|the) hair)|being dead|not being here|killing (?:my|him|her)sel(?:f|ves))",
    "(?:im|i am|just|such|feel like|hes|shes|he is|she is) (?:\\w+ )?a waste of (?:space|oxygen|air|a life)",
    "(?:wont|will not|not going to|not gonna) be (?:a problem|a burden|in (?:anyones|your|their) way|trouble) (?:for|to) (?:\\w+ ){0,2}(?:much longer|for long|anymore|any more)",
    "(?:reason|point|sense) (?:to|in|for|of) (?:keep |keeping |still )?(?:living|live|be alive|being alive|go on|going on|carry on|carrying on|wake up|waking up)(?! (?:with|doing|the exercises|these))", "end(?:ing)? it(?! (?:early|there|here|now|for today|with|at|after|before|on|off))",
    // Third review (NIMH / AFSP / 988 warning signs, C-SSRS items): wish to be dead, method, preparation, a burden soon lifted.
    "(?=w)(?<!\\b(?:embarrass\\w*|ashamed|mortified|awkward|humiliat\\w*)\\b[^.!?]{0,30})(?:wish|wishes|wished|want|wanted) (?:i|he|she|to)? ?(?:could )?(?:just )?(?:disappear|vanish|stop existing|not exist|cease to exist|fade away)(?! (?:under|into|for (?:a|the)|from (?:the|this) (?:party|room|meeting|class)))",
    "(?:ways|methods?|means) (?:to|of) (?:die|dying|kill\\w* (?:my|him|her)self|end\\w* (?:it|things|(?:my|his|her) (?:own )?life)|commit)", "(?:lethal|fatal|deadly) (?:dose|amount)", "how (?:many|much) (?:\\w+ ){0,3}(?:to (?:die|kill (?:my|him|her)self|end it|overdose|od)|(?:is|are|would be) (?:fatal|lethal|deadly))",
    "(?:hang|hanging|hanged|shoot|shooting|shot) (?:my|him|her)self(?! (?:upside|on|from|off|in the foot|with (?:the|a) (?:camera|phone)))", "(?:noose|blow (?:my|his|her) brains out|slit (?:my|his|her) (?:wrists|throat)|put a bullet)",
    "(?:bought|buying|buy|got|getting|purchas\\w*) (?:my|him|her)?(?:self )?a (?:gun|pistol|handgun|firearm)(?! (?:license|safe|for (?:hunting|the range|protection|sport)))",
    "(?:could|might|want to|wanna|should|gonna|going to|feel like) (?:just )?(?:drive|crash|steer|swerve) (?:my |the |his |her )?(?:car |truck )?(?:off|into) (?:the |a |oncoming )?(?:road|bridge|cliff|tree|wall|river|traffic|lorry|truck)",
    "(?:(?:whats|what is|wheres) the|no|theres no|there is no|dont see the|cant see the|dont see any|cant see any) point (?:of|in|to) (?:it all|life|living|being alive|me being here)(?! (?:if|unless|when|but))",
    "(?:want|wants|need|needs) (?:the pain|it|this|everything) to (?:stop|end) (?:forever|for good|permanently)", "(?:cant|cannot|can not|dont want to|do not want to) (?:keep|go on|carry on) (?:living|like this|being alive)(?! with (?:this|the) (?:knee|hip|back|shoulder|pain) (?:forever|much longer))",
    "(?:im|i am|hes|shes|he is|she is|feel) ready to (?:die|go and (?:be with|join)|leave this world|be with (?:my|his|her) (?:late )?(?:husband|wife|son|daughter|mom|mum|dad|mother|father))", "ready to go (?:\\w+ ){0,6}(?:be with|join|see) (?:my |his |her )?(?:late |dead )?(?:grandpa|grandma|granddad|grandad|nana|papa|husband|wife|mom|mum|dad|mother|father|son|daughter)", "(?:be with|join) (?:my |his |her )?(?:grandpa|grandma|granddad|grandad|nana|husband|wife|mom|mum|dad|mother|father|son|daughter) (?:in heaven|up there|on the other side)",
    "better off (?:not (?:existing|waking up|being (?:here|alive|around)|here|around|alive)|never (?:being )?born|never waking up)",
    "(?:wont|will not|not going to|not gonna) be (?:a (?:problem|burden|bother|nuisance|worry)|bother\\w*|troubl\\w*|in (?:\\w+ )?way) (?:(?:for|to) (?:\\w+ ){0,2}?(?:anyone|anybody|you|them|everyone|you all|my family|the family|nobody) )?(?:much longer|for long|anymore|any more|soon|for much longer|after (?:today|tonight|this week))",
    "(?:soon|shortly) (?:i|he|she) (?:wont|will not|will no longer) be (?:a (?:problem|burden|bother|nuisance|worry)|(?:\\w+ )?burden)", "(?:wont|will not) be bothering (?:you|anyone|anybody|them|everyone) (?:much longer|for long|anymore|any more|again)",
    "(?:see|have|has|sees) no future (?:for (?:my|him|her)self|for me|anymore|any more|at all)(?= *(?:$|[.!;]|\\n)|[.!,])", "(?:theres|there is) no future for (?:me|him|her)(?= *(?:$|[.!;]|\\n)|[.!,])",
    "(?:things|everything|stuff|papers|affairs) in order (?:before (?:i|he|she) (?:go|goes|die|dies|leave|pass)|for when (?:im|i am|hes|shes) gone)(?= *(?:$|[.!;]|\\n)|[.!,])",
    "(?:like|as) (?:a|such a|nothing but a) (?:burden|drain)(?! (?:on my (?:knee|back|joints)))", "(?:trapped|no way out)(?: \\w+){0,3} (?:and|,) (?:\\w+ ){0,2}(?:burden|hopeless|pointless|worthless)",
    "(?:wrote|written|writing|write|left|leaving) (?:\\w+ ){0,2}(?:letters?|notes?) (?:to|for) (?:each of )?(?:my|his|her) (?:kids|children|family|wife|husband|son|daughter|sons|daughters|grandkids|grandchildren|loved ones|parents)(?! (?:for (?:\\w+ )?(?:birthday|christmas|wedding|graduation|camp|school|valentine)|to (?:say )?thank|about (?:the|their|my) (?:trip|visit|party)))",
    "(?:pills|tablets|meds) (?:\\w+ )?(?:lined up|counted out|all together|in a pile)(?! (?:for the week|in (?:my|the) (?:organi[sz]er|pill ?box|dispenser)))",
    "(?:do not|dont|does not|doesnt|never) (?:wanna|want to) wake up(?! (?:early|late|at|before|so|too|for))", "(?:hope|hoping|wish) (?:i|he|she) (?:dont|do not|doesnt|wouldnt|would not|never|wont) wake up(?! (?:early|late|at|before|in pain|sore|stiff|with))",
    // Hurt or cut oneself, unless an accident at something ("hurt myself lifting"), a care ("so I dont hurt myself") or a fear of injury.
    `(?=hurt|harm|cut)${NOT_DENIED_THOUGHT}(?<!\\b(?:dont|do not|wont|not|never|avoid|avoiding|without) )(?<!\\b(?:scared|afraid|worried|nervous|frightened|terrified)\\b[^.!?]{0,30})(?:hurt|harm|cut)(?:ing)? myself(?!(?: again)? (?:doing|during|on|with|while|when|at|in|chopping|cooking|shaving|lifting|playing|gardening|slightly|a (?:bit|little)|\\w+ing)\\b)`,
    "(?:hurt\\w*|cut\\w*|burn\\w*|harm\\w*|hit\\w*|punch\\w*|scratch\\w*) (?:my|him|her)self (?:\\w+ ){0,3}(?:on purpose|deliberately|intentionally)",
    "giv(?:e|ing|en) up on (?:life|living|everything|being alive)", "(?:so |just |really )?tired of fighting(?= *(?:$|[.!;]|\\n)|[,.!]| anymore| any more)", `(?:decided|figured out|worked out|planned|picked|chosen|chose|know|knows) (?:exactly )?(?:how|when|where) (?:i|id|im|he|hed|hes|she|shed|shes) (?:would |will |d |am going to |is going to |going to |gonna )?(?:do it|end it|end things|go through with it)(?= *(?:$|[.!;]|\\n)|[.!,])${THEN_A_ROUTINE}`,
    "(?:better off|happier|better|fine|easier|relieved) (?:\\w+ ){0,3}if (?:i|he|she) (?:just )?(?:didnt wake up|never woke up|did not wake up|disappeared|died|was dead|were dead|vanished|was gone|were gone|wasnt here|wasnt around|werent here|didnt exist|never existed)",
    "(?:wed|theyd|youd|we would|they would|you would|they will|we will|everyone would|everybody would)(?: all)? be (?:\\w+ )?(?:better|happier|fine|okay|ok|relieved) (?:off )?without (?:me|him|her)",
    "(?:the|enough) (?:pills|tablets|rope|gun|knife|razor|razors) (?:\\w+ )?(?:ready|set aside|saved up|hidden)(?! for (?:the|tomorrow|tonight|my|morning|bed|bedtime))",
    "(?:think|thinks|thinking|thought) (?:\\w+ )?(?:about|of) (?:just )?(?:dying|death|being dead|not being (?:here|around|alive)|(?:not|never) waking up|killing (?:my|him|her)self|ending (?:it|things|my life|his life|her life))",
    "want (?:it all|everything|my life|all of (?:this|it)|it) to stop,? (?:permanently|for good|forever)", "(?:end|ending) things(?! (?:early|with|on|off|there|here|for today|for now))", "(?:if|whether) (?:i|he|she) (?:live|lives|lived) or (?:die|dies|died)",
    "(?:lives?|life|things|everything) (?:would|will|d) be (?:\\w+ )?(?:easier|better|simpler|happier) (?:for (?:\\w+ ){1,2})?without (?:me|him|her)(?! (?:there|around to|nagging|hovering))",
    // Texting registers (issue #11): "wanna" for "want to", "kys" said of oneself, a knife or pills typed as emojis, "whats the point of me".
    "(?:wanna|wana|want 2|wan to) die", "(?:dont|do not|dont even|no longer|doesnt) (?:really )?(?:wanna|wana|want 2) (?:be alive|live|be here|wake up|go on|exist|be around)",
    "(?:i|ill|im|i should|should|just|gonna|going to|wanna|want to|might|about to|i will|i could|could) (?:\\w+ )?kys", "knife (?:my|him|her)self", "unaliv\\w* (?:my|him|her)sel(?:f|ves)", "(?:saving|saved|save) up (?:all )?(?:my|his|her|the) (?:oxy\\w*|percocet\\w*|vicodin|norco\\w*|tramadol|morphine|xanax|valium|ambien|opioids?|sleeping pills)(?! (?:for|until|as|in case of) )", "(?:gun|rope) (?:my|him|her)self",
    "(?:whats|what is|wheres) (?:even )?the point (?:of|in) me(?! (?:doing|going|coming|trying))", "(?:whats|what is) the point of (?:my )?(?:existing|existence|being alive)",
    "(?:(?:dont|do not|i dont) know|not sure) why (?:im|i am|i) (?:even |still )?(?:alive|(?:still )?here anymore|(?:still )?here any more|still here|still alive|exist)", "why am i (?:even |still )?(?:alive|here anymore|still here)",
    // Fourth review (C-SSRS items 1–6, IS PATH WARM, Joiner's interpersonal theory): a passive wish not to wake, no reason or purpose,
    // burdensomeness said as being in the way, means and rehearsal, a parent's report, euphemisms typed online ("kms", "unalive", "sewerslide").
    "(?:wouldnt|would not|wont|dont|do not) (?:really )?(?:mind|care) if (?:i|he|she) (?:just )?(?:didnt|did not|never|dont|do not|wouldnt|wont|wasnt to) (?:wake|woke|waking) up(?! (?:early|late|at|before|on time|for))", "(?:wouldnt|would not|dont|do not) (?:really )?(?:mind|care) if (?:i|he|she) (?:just )?(?:died|was dead|were dead|was gone|were gone|didnt make it|passed away)",
    "(?:wish|wishes|wished) (?:i|he|she) (?:was|were) (?:dead|gone|never born)", "(?:want|wants|wanna|wish|wishes) to (?:fall asleep|sleep|go to sleep) (?:forever|for good|and never wake(?: up)?|and not wake(?: up)?)", "fall asleep and (?:never|not) wake up",
    "(?:dont|cant|do not|cannot|can not|no longer) see (?:a|any|the|much) (?:reason|point) (?:in |to |of |for )?(?:keep |keeping |still )?(?:living|live|being alive|going on(?! (?:with|doing))|keep going|keeping going|carry(?:ing)? on(?! with)|being here|be here|going(?= *(?:$|[.!;]|\\n)| anymore| any more| like this))(?! (?:with|doing|to|at|on|the|these|this|my) )",
    "(?:no|any) (?:reason|point) for (?:me|him|her) to (?:keep |still )?(?:be here|live|living|be alive|go on|keep going|stay)(?! (?:with|doing|to|for|until|at|in|on) )",
    "(?:its|it is|is|so|just|feels|seems) (?:\\w+ )?(?:pointless|not worth it|no use) (?:to )?(?:keep |keeping |go on |going on )?(?:living|being alive|to live|existing)", "not worth it(?: anymore| any more)?,? (?:living|being alive|to (?:live|keep living|be alive))", "(?:living|life) (?:like this )?(?:is|feels|seems|s) (?:\\w+ )?(?:pointless|meaningless)",
    "(?:my|his|her) life (?:has|had) no (?:purpose|meaning|point)(?: (?:anymore|any more|left))?", "no (?:purpose|meaning) (?:in|to) (?:my |his |her )?(?:life|living)",
    "(?:im|i am|feel like (?:im|i am)|i feel like (?:im|i am)|hes|shes|he is|she is) (?:just |only |always )?in (?:every ?ones?|every ?bodys?|their|your) way(?! (?:at|in|on|when|while) )", "(?:im|i am|feel like (?:im|i am)|i feel like (?:im|i am)) (?:just |only |always )?in the way (?:for|of|to) (?:everyone|everybody|them all|my family|the family|you all|all of them|my kids)",
    "(?:use|using|turn|turning|point|pointing|used) (?:it|the gun|a gun|his gun|her gun|my gun|a knife|the knife|them) on (?:my|him|her)sel(?:f|ves)", "(?:held|hold|holding|put|had) (?:a |the |my |his |her )?(?:knife|blade|razor|gun) (?:to|against) (?:my|his|her) (?:wrists?|throat|head|arm|neck)",
    "(?:search|searched|searching|google|googled|googling|(?:look|looked|looking) up|research|researched|researching|(?:read|reading) (?:up on|about)) (?:\\w+ ){0,2}(?:how to (?:overdose|od|die|kill (?:my|him|her)self|end it|end (?:my|his|her) life|hang (?:my|him|her)self|do it painless\\w*)|painless (?:ways?|methods?) to (?:die|go|do it|end it)|(?:ways|methods) to (?:die|kill (?:my|him|her)self|end it))",
    "(?:do it|die|go|end it) painless\\w*(?! (?:after|with|for) (?:the|my|these) )", "act(?:ed|ing)? on (?:these|those|the|my|his|her) (?:thoughts|urges|suicidal|dark thoughts)",
    "(?:keep|kept|keeping|have|got|has) (?:my|his|her|the) (?:\\w+ )?(?:pills|tablets|meds|painkillers) hidden", "(?:hid|hidden|hiding|hide|hides) (?:\\w+ ){0,2}(?:pills|tablets|meds|painkillers)(?! (?:from|away from) (?:the |my |his |her )?(?:kids|grandkids|children|dog|cat|grandchildren))", "(?:so (?:i|he|she) can|going to|gonna|want to|wanna|planning to|plan to|could just|might just) (?:take|swallow|down) (?:them|these|those|my pills|the pills|my meds) all (?:at once|together|in one go)",
    "(?:think\\w*|thought|fantasi[sz]\\w*|imagin\\w*) (?:\\w+ ){0,2}(?:about |of )?(?:crash\\w*|wreck\\w*) (?:my|the|his|her) (?:car|truck)(?! (?:last|again|accident|we had|i had))",
    "(?:(?:has|have|been|started|keeps?|is) (?:been )?cutting|caught (?:him|her) cutting)(?= *(?:$|[.!;]|\\n)| *[,.!]| again| (?:her|his|my) (?:arms|wrists|thighs|legs))", "(?:found|saw|noticed|seen) (?:\\w+ ){0,2}(?:cuts|burns|scars) on (?:her|his) (?:arms|wrists|thighs|legs)(?! from)",
    "(?<!\\d |\\d|few |some |many |couple |the |of |more |extra |\\d\\d )kms(?! (?:on|today|walk\\w*|run|ran|bike|cycling|cycled|a day|per))", "(?<!(?:got|was|were|been|get|gets) )unaliv\\w*", "sewer ?slid\\w*", "self[ -]?delet(?:e|ed|ing)", "delete (?:my|him|her)self",
    "(?:want|wanna|going|ready|about|plan\\w*) to leave this (?:world|earth|life)",
    // Joiner's perceived burdensomeness and "others better off", composed ("wound" is how the typo corrector reads a "woud"): a weight on the people around them; them relieved if the patient were gone.
    // Worth more dead than alive (AFSP: talk of being a burden): "they'd be better off with the insurance money".
    "better off with (?:the |my |his |her )?(?:life insurance|insurance (?:money|payout|payment))",
    "(?:a|such a|being a|just a|nothing but a|the|one more) (?:burden|weight|drain|load) (?:on|to|for) (?:everyone|everybody|them|my family|the family|my kids|my children|my wife|my husband|you all|others|people|every one|my daughter|my son)",
    "(?:would|woud|wuld|wud|wold|wound|will|d) (?:all )?be (?:\\w+ ){0,2}(?:better off|happier|less (?:stressed|worried|burdened|tired)|relieved|freer|easier|fine|okay|ok|at peace|better|lighter) (?:\\w+ ){0,3}?(?:without (?:me|him|her)(?! (?:there|around to|nagging|hovering|help|helps|helping|for (?:a|the|one|two|\\d))\\b)|if (?:i|he|she) (?:just )?(?:was|were) (?:gone|dead|not here|not around|no longer (?:here|around))|if (?:i|he|she) (?:just )?(?:wasnt|werent) (?:here|around|alive)|if (?:i|he|she) (?:just )?(?:died|disappeared|vanished|left for good|didnt exist|was to die))",
    // The same relief told with another verb: "they'd all manage fine without me", "would cope better without me".
    "(?:id|i would|i d|hed|shed) be doing (?:everyone|everybody|them|my family|the world|you all|them all) a (?:favour|favor)(?= *(?:$|[.!;]|\\n)| *[,.!]| by (?:leaving|going|dying|disappearing|ending|not being)| if i (?:left|went|died|was gone|wasnt here|disappeared))", "doing (?:everyone|everybody|them|my family|the world) a (?:favour|favor) by (?:leaving|going|dying|disappearing|ending it|not being here)(?: for good| forever)?",
    "(?:want|wanna|wish|wishes|need) (?:to be|i was|i were|he was|she was|i could be|to just be) (?:just )?gone(?= *(?:$|[.!;]|\\n)| *[,.!]| forever| for good| from (?:this|here) (?:world|life))", "(?:time to |want to |ready to |going to |gonna )check out (?:for good|permanently|forever|of (?:this|life|this life|this world))",
    "(?:had|have had|ive had) enough of (?:life|living|everything|this life|being alive|this world)(?! (?:lately|this week) (?:with|at))", "(?:tired|sick) of being (?:alive|a burden|a weight|a drain)",
    "(?:found|read|saw|seen) (?:a |the |my |his |her )?(?:note|letter) (?:\\w+ ){0,4}(?:and )?(?:\\w+ )?(?:is|was|are|got|now) (?:so |really )?(?:scared|frightened|terrified|worried sick|in tears)",
    "(?:take|taking|swallow\\w*|down) (?:all|every one of|the whole (?:bottle|packet|box) of) (?:my|his|her|the) (?:oxy\\w*|percocet\\w*|vicodin|norco\\w*|tramadol|morphine|sleeping pills|xanax|valium|ambien|insulin|pain pills|opioids|codeine|gabapentin|lyrica)",
 "(?:end(?:ed|s)?|ending) it all", "(?:want|wants|wish|wishes) (?:it|it all|everything) (?:would|could|to) (?:just )?(?:end|stop|be over) (?:forever|for good|permanently)",
    // Fifth review (C-SSRS screener items 1–6 and the 988 / AFSP warning signs, told as people in rehabilitation text them):
    // a passive wish not to wake or to be taken, method thoughts, lethality looked up, an attempt or one interrupted, medicines kept back, reckless acts.
    "(?:wish\\w*|hope|hoping|hoped|pray\\w*|rather|want\\w*) (?:\\w+ ){0,4}(?:i|he|she) (?:just )?(?:dont|do not|didnt|did not|wont|will not|never|not) (?:wake|waking|woke) up(?! (?:with|in|stiff|sore|early|late|at|before|on time|for|feeling|to|again with))",
    "(?:wouldnt|would not|dont|do not|wont) (?:really )?mind (?:not|never) (?:waking|to wake|wake) up(?! (?:with|in|stiff|sore|early|late|at|before|on time|for|feeling))", "(?:dont|do not|doesnt|does not|wouldnt) (?:really )?care (?:if|whether) (?:i|he|she) (?:\\w+ )?wakes? up(?! (?:early|late|at|before|on time|for|in time|with))",
    "(?:wish|wishing|wished|wishes) (?:\\w+ ){0,2}(?:i|he|she) (?:was|were) dead", "(?:go to sleep|fall asleep|sleep) and (?:not|never) (?:come back|wake up|wake)", "(?:god|the lord|jesus) (?:should |could |would |please |can |will |just |already )*(?:take|come for|come and get) (?:me|him|her)(?! (?:to|through|home from|by the hand))",
    "(?:wish|wished) (?:i|he|she) (?:hadnt|had not|didnt|never) (?:woken|wake|woke|come|came) (?:up )?(?:from|out of|after) (?:the )?(?:surgery|operation|op|anaesthe\\w*|anesthe\\w*)",
    "(?:think|thinking|thought|keep thinking) (?:\\w+ ){0,2}(?:about|of) (?:jumping|throwing (?:my|him|her)self|hanging (?:my|him|her)self|overdosing)", `(?:gun|pistol|rifle|rope|${MEDICINES})\\b[^.!?]{0,60}(?:keep|kept|cant stop|can not stop) thinking about (?:it|them)`,
    "(?:dose|amount|many) (?:\\w+ ){0,6}(?:would|could|will|is|are) (?:be )?(?:lethal|fatal|deadly|enough to (?:die|kill|not wake))", "(?:dont|do not) think (?:ill|i will|hell|shell|he will|she will) be (?:around|here) (?:much longer|for (?:much )?longer|for long)",
    `(?:took|taken|swallowed|downed) (?:a handful|a fistful|handfuls|a bunch|a pile|a load|loads|a whole lot) of (?:\\w+ ){0,2}${MEDICINES}`, `(?:took|swallowed|taken) all (?:of )?(?:my|his|her|the) ${MEDICINES}(?=[^.!?]{0,40}\\b(?:but (?:i|he|she) (?:woke|am still|is still|didnt die)|at once|in one go|together))`,
    `(?:had|held|holding|was holding) (?:all )?(?:the|my|his|her) ${MEDICINES} in (?:my|his|her) hand`, `(?:not|stopped|quit) taking (?:the |my |his |her )?${MEDICINES}(?: \\w+){0,3},? (?:im |i am |ive been |been |hes |shes )?(?:keeping|saving|storing|hiding|collecting|putting) them`,
    `(?:counted|counting) (?:out )?(?:all )?(?:my |the |his |her )?(?:\\w+ )?${MEDICINES}[^.!?]{0,60}(?:enough|lethal)`, "(?:got|have|has) them all counted out(?! for (?:the|this|next) week)",
    "(?:hoping|hoped|hope|wishing) (?:that )?something (?:bad )?(?:would|will|might|d) happen(?! (?:with|at|to (?:the|my) (?:knee|hip|appointment|claim)))", "(?:skipping|skipped|not eating|stopped eating|not drinking|starving (?:my|him|her)self) (?:\\w+ ){0,3}on purpose",
    "(?<!\\b(?:gone|went) )(?:once|when|after) (?:im|i am|hes|he is|shes|she is) gone(?! (?:on|for|to|from|out|away|back|a week|the weekend|abroad|travel\\w*))", "only (?:one|1) way out",
    "(?:keep|kept|been|started|cant stop) (?:punching|cutting|burning|stabbing) (?:my|him|her)(?:self)?", "cut (?:my|his|her) (?:arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin) again(?! (?:on|with|while|when|chopping|shaving|cooking|opening))",
    "(?:deserves?|needs?) (?:someone|somebody|an owner|a home|a family) (?:wholl|who will|who ll|that will|thatll) (?:be around|be here|be there)",
    // Carbon monoxide (a means, NIMH/988): a car left running in a shut garage.
    "(?:engine|car|motor|truck) (?:\\w+ ){0,2}(?:running|on|idling) (?:\\w+ ){0,5}(?:closed|shut|locked) (?:\\w+ )?garage", "(?:closed|shut|locked) (?:\\w+ )?garage (?:\\w+ ){0,8}(?:engine|car|motor|truck) (?:\\w+ ){0,2}(?:running|on|idling)", "(?:hose|pipe|tube) (?:from|on|to|into) (?:the |my |his |her )?(?:exhaust|tailpipe)", "(?:made|making|been making|make) (?:\\w+ )?cuts (?:on|in|into) (?:my|his|her) (?:arms?|wrists?|thighs?|legs?|skin)", "(?:take|taking|swallow\\w*) all (?:my|his|her|the|of (?:my|his|her|the)) (?:\\w+ ){1,2}(?:pills|tablets|meds|medication|painkillers)(?! (?:with|after|before) (?:food|meals?|breakfast|dinner|lunch))", "(?:finish|end) (?:this|my|his|her) (?:story|life)", "disappear(?:ing)? (?:is|would be|will be) (?:the )?(?:best|better|only|solution)", "(?:best|only) (?:solution|answer|way out) (?:for (?:all|everyone|everybody) )?(?:is|would be) (?:to |that i |if i )?(?:disappear|die|go away|am gone|was gone|not (?:be )?(?:here|exist))", "(?:collected|collecting|gathered|gathering|saved|saving|kept|keeping|put|putting|hidden|hiding) (?:\\w+ ){0,3}(?:pills|tablets|meds) (?:\\w+ ){0,4}for (?:the|that|a) (?:right|special|last|final|big) (?:day|moment|time|night)", "(?:drink|drinking|take|taking|swallow\\w*) (?:\\w+ ){0,2}(?:poison|bleach|antifreeze)", "(?:jump|jumping|throw (?:my|him|her)self|throwing (?:my|him|her)self) (?:from|off|out of|out) (?:the|a|my|our) (?:window|balcony|bridge|roof|building)"],
  [
    "(?:dejo|deje|dejaba|escribio|escribi|mando|mande|encontre|encontramos) (?:\\w+ ){0,3}(?:una |un )?(?:carta|nota|notita|cartita|mensaje) (?:\\w+ ){0,3}(?:diciendo adios|de despedida|despidiendose|despidiendome|para despedirse|para despedirme|diciendo que (?:lo|la|me|nos) perdon\\w*)(?![^.]{0,40}\\b(?:viaje|viajo|me voy a|se va a|aeropuerto|vuelo|trabajo)\\b)",
    "(?:encontr\\w*|halle|hallamos) (?:\\w+ ){0,3}con (?:el|un|la|una|su) (?:blister|frasco|caja|tira|bote|envase|paquete) (?:de (?:\\w+ ){1,2})?vaci[oa]", "(?:se |me )?(?:los|las|la|lo) (?:tomo|tome|trago|trague|ha tomado|he tomado) (?:tod[oa]s )?(?:a proposito|adrede|queriendo|a drede|aposta)", "(?:no )?quiero morir\\w*", "(?:me|se) (?:quiero|quiere|queria|quisiera|voy a|va a|dan ganas de|daban ganas de) (?:\\w+ )?matar(?! (?:de|a|con|el|la|los|las|un|una|este|esta|del)\\b)", "(?:me|se) (?:quiero|quiere|queria|quisiera|voy a|va a|dan ganas de|daban ganas de|tengo ganas de) (?:volver a )?(?:cortar|lastimar|quemar|herir|hacer dano)(?! (?:el|la|los|las|un|una|unos|unas|mi|mis|su|sus|con|de|al|a|si|en|haciendo|por)\\b)", "(?:me|se) quiero morir", "quiere morir\\w*", "quisiera (?:estar muert\\w*|morir\\w*|desaparecer)", "(?:quiero|quiere|queria|queria|ganas de) desaparecer(?! (?:de aqui|un rato|unos dias|el fin|de vacaciones|de la oficina))", "(?:quitarme|quitarse|quitar(?:me|se)) la vida", `(?=suicid)${NOT_DENIED_THOUGHT}${NOT_A_TOPIC}`, "matarme", "matarse", "(?:me|se) quiere matar",
    "(?:auto ?lesion\\w*|autolesion\\w*|self[ -]?harm\\w*)(?! (?:prevention|awareness|charity|campaign))", "hacer(?:me|se) dano a (?:mi|si) mism[oa]", "lastimar(?:me|se) a (?:mi|si) mism[oa]", "cortar(?:me|se) (?:las venas|los brazos|las munecas|el brazo)", "se (?:esta )?cort(?:a|ando) (?:los brazos|las munecas|el brazo)", `(?:pensado|pienso|piensa|ganas de) (?:en )?(?:hacerme|hacerse|lastimarme|lastimarse|cortarme|cortarse)${NOT_FEAR_OF_INJURY}`, "acabar con (?:todo|mi vida|su vida)", "tomar(?:me|se) todas las (?:pastillas|pildoras)", "(?:me|se) (?:tome|tomo|ha tomado|he tomado|trago|trague) (?:todas (?:las|sus|mis)|un monton de|un punado de|un frasco de|el frasco de|la caja de) (?:\\w+ )?(?:pastillas|pildoras|medicinas|calmantes)", "todas las pastillas (?:juntas|de golpe)", "sobredosis",
    "mejor (?:muert[oa])", "(?:seria |es |sería )?mejor desaparecer(?:me)?", "(?:asi |para que )?(?:ya )?no tengan que cargar conmigo", "(?:quedaron|dejo|deje|estan|tengo) (?:ya )?escritas (?:las |unas |mis )?cartas", "no vale la pena vivir", "(?:sentido|razon|razones|ganas) (?:de |para )?(?:seguir )?viv\\w*", "ganas de morir\\w*", "(?:no|tampoco) quiero (?:seguir )?(?:vivir|viviendo|estar aqui|despertar|existir)", "(?:no|tampoco) quiero seguir aqui(?= *(?:$|[.!;]|\\n)| *[,.!]| ya\\b| sin\\b)", "(?:no|tampoco) quiere (?:seguir )?(?:vivir|viviendo|despertar|estar aqui|existir)",
    "(?:soy|es|ser|me siento) una carga", "mejor con el (?:dinero del )?seguro(?: de vida)?",
    "(?:motor|carro|coche|auto) (?:\\w+ ){0,2}(?:prendido|encendido|en marcha|andando) (?:\\w+ ){0,5}(?:garaje|garage|cochera) (?:\\w+ )?cerrad[oa]", "(?:garaje|garage|cochera) cerrad[oa] (?:\\w+ ){0,8}(?:motor|carro|coche|auto) (?:\\w+ ){0,2}(?:prendido|encendido|en marcha|andando)", "(?:manguera|tubo) (?:\\w+ ){0,2}(?:del )?(?:escape|mofle)",
    // "¿Para qué los hago, si no voy a estar aquí?": not being around, asked as what is the point.
    "para que (?:(?:los|las|lo|me|te) )?(?:hago|hace|hacer|sigo|sigue|seguir|esfuerz\\w*|intent\\w*|luch\\w*|molest\\w*)(?: \\w+){0,4} si (?:ya )?no (?:voy|va) a estar (?:aqui|aca)", "no (?:voy|va) a estar (?:aqui|aca) (?:por )?mucho (?:mas )?tiempo",
    "(?:estar|seri|vivir|est)\\w* mejor sin (?:mi|el|ella)(?! \\w)", "(?<=\\w(?:ria|rian|riamos|rias) )mejor sin (?:mi|el|ella)(?! \\w)", "mejor sin mi", "mejor (?:estarian|estarias|estaria|vivirian|estaran|estarán|van a estar) (?:todos |todas |ustedes )?sin (?:mi|el|ella)(?! \\w)", "(?:ya )?no voy a estar (?:aqui |aca )?(?:para|en) (?:la |el )?(?:proxim[oa]|siguiente) (?:navidad|cumpleanos|ano|verano|fiesta)", "(?:despedirme|despedirse|me estoy despidiendo|se esta despidiendo|cartas? de despedida)", "(?:ya )?(?:me|se) (?:despedi|despidio) de (?:todos|toos|todo el mundo|mi familia|su familia|mis hijos|sus hijos)",
    "(?:quiero|quisiera|quiere) que (?:todo|esto|esta vida)(?: esto)? (?:termine|se acabe|acabe|se termine)", "(?:tirarme|tirarse|aventarme|aventarse|lanzarme|lanzarse|echarme|echarse) (?:\\w+ ){0,2}(?:puente|edificio|balcon|ventana|azotea|tren|metro|carro|camion)",
    "(?:me|se) (?:corte|corto|cortaba|lastime|lastimo|queme|quemo|hice dano|hizo dano) a (?:mi|si) mism[oa]", "(?:me|se) (?:corte|corto|cortaba|lastime|lastimo) (?:(?:otra vez|de nuevo)(?! (?:con|al|cocinando|pelando|rasurando|afeitando|en))|a proposito|adrede)", "(?:irme|irse|estar) con (?:mi|su) (?:esposo|esposa|marido|mujer|hijo|hija|mama|papa) que (?:fallecio|murio|se fue)", "reunirme con (?:mi|su) (?:esposo|esposa|marido|hijo|hija)",
    "cuantas (?:pastillas|pildoras) (?:\\w+ ){0,3}(?:para (?:morir|matarme|matarse|no despertar))", "(?:busque|investigue) cuantas (?:pastillas|pildoras)",
    "(?:poner|puse|poniendo|arreglar|arreglando|dejar|deje|dejando|dejado) (?:\\w+ ){0,2}(?:todo|cosas|asuntos|papeles) (?:en orden|arreglad[oa]s?)(?! (?:\\w+ ){0,3}(?:para|antes de|por) (?:la|el|las|los|mi|su|mis|sus) (?:cita|consulta|viaje|mudanza|operacion|cirugia|vacaciones|semana|visita|fiesta|boda|reunion|hijos|nietos))", "(?:regalando|regale|regalar) (?:todas )?(?:mis|sus) cosas",
    "(?:juntando|guardando|ahorrando|escondiendo|acumulando|junte|guarde|(?:tengo|tiene) (?:guardad|juntad|escondid|ahorrad)[oa]s|(?:he|ha|hemos|habia) (?:guardado|juntado|escondido|ahorrado|acumulado)) (?:\\w+ ){0,2}(?:pastillas|pildoras|medicamentos|calmantes)(?! para (?:cuando (?:me|le) duel\\w*|los dias (?:malos|de dolor)|la noche|dormir|despues)| como (?:me|le) dij\\w*)", "desaparecer para siempre", "miedo (?:de |a )?lo que (?:pueda|puedo|vaya a|voy a|pueda llegar a) hacer(?:me|se)?", "no (?:me|se) (?:fio|fia) de (?:mi|si) mism[oa]", "(?:ir|irme|irse|dormir|dormirme|dormirse) para siempre", "no despertar(?:me|se)? (?:mas|nunca)", "(?:mejor|quisiera|quiero|ojala|prefiero|prefiere) no despertar\\w*", "dormir(?:me|se)? y no despertar\\w*", "no (?:me|le) queda nada por (?:lo que|que) vivir", "no aguanto mas (?:vivir|esta vida)",
    `(?=hacerme|lastimarme|cortarme)${NOT_DENIED_THOUGHT}(?<!\\b(?:para no|sin|no quiero|evitar|cuidado de no|de no) )(?<!\\b(?:miedo|temor|preocupa\\w*|nervios\\w*)\\b[^.!?]{0,30})(?:hacerme dano|lastimarme|cortarme)(?! (?:con|al|en|haciendo) (?:las|los|el|la|estos|estas|este|esta)? ?(?:sentadillas|ejercicios?|pesas|liga|banda|escaleras|rutina))`,
    // Tercera revisión: deseo de morir, preparación, una carga que pronto se acaba.
    "(?:quiero|quisiera|quiere) que (?:ya )?(?:se )?(?:acabe|termine) (?:todo|esto de una vez|mi vida|esta vida|su vida)", "(?:somos|son|seremos|seran|serian|seriamos|estaremos|estaran) (?:mas felices|mejor) (?:\\w+ )?sin (?:mi|el|ella)(?! \\w)",
    "(?:escribi|escribiendo|escrito|escribo|deje|dejando|dejo) (?:unas |las |mis )?cartas? (?:\\w+ ){0,3}(?:por si (?:acaso|algo|me pasa)|para cuando (?:ya no|me vaya|no este|me muera|muera))", "cartas? (?:de despedida|para (?:mis|sus) (?:hijos|nietos|hijas) por si)",
    "no (?:le )?(?:veo|encuentro|ve|encuentra) (?:ningun )?(?:sentido|caso) (?:a|de) (?:vivir|la vida|seguir viviendo)", "(?:ya )?no (?:le )?(?:veo|ve) (?:el )?caso (?:a|de) (?:vivir|seguir)",
    "(?:ya )?no (?:voy|va|vas) a ser (?:una )?(?:molestia|carga|estorbo|problema) (?:para (?:nadie|ustedes|ti|mi familia|nadie mas)|mucho tiempo|por mucho|mucho mas)", "(?:pronto|muy pronto|ya) no (?:sere|sera|seras|voy a ser|va a ser) (?:una )?(?:molestia|carga|estorbo|problema)",
    "(?:seria|seia|sria|es|fuera|sera) mejor (?:morir(?:me|se)?|estar muert[oa]|no existir|no estar (?:aqui|viv[oa]))(?! de )", "para que (?:sigo|seguir|sigue|vivo|vivir)(?: viviendo)?(?= *(?:$|[.!;]|\\n)|[,.]| asi| si| en este)", "(?:si|que) (?:vivo|vive) o (?:muero|muere)",
    "(?:busque|investigue|buscando|investigando) (?:\\w+ ){0,2}(?:como (?:matarme|matarse|suicidarme|morir)|formas de (?:morir|matarme|matarse))", "(?:colgarme|colgarse|ahorcarme|ahorcarse|pegarme un tiro|pegarse un tiro|dispararme|darme un tiro)", "(?:compre|compro|consegui|consiguio) (?:un |una )?(?:pistola|arma|soga)(?! para (?:cazar|el rancho))",
    "(?:hice|hizo|haciendo|escribi|escribio) (?:mi |su )?testamento (?:\\w+ ){0,3}(?:y )?(?:regal\\w*|me despedi|se despidio|deje cartas)", "(?:me siento|se siente) (?:atrapad[oa]|sin salida) (?:\\w+ ){0,3}(?:carga|estorbo|sin esperanza)",
    "ya (?:estoy|esta) list[oa] para (?:morir|irme con|irse con|partir)", `(?:ya )?(?:tengo|tiene) (?:pensado|planeado|decidido) (?:como|cuando|donde) (?:hacerlo|lo voy a hacer|lo va a hacer|acabar con todo)(?= *(?:$|[.!;]|\\n)|[.!,])${THEN_A_ROUTINE}`, `(?:ya )?(?:decidi|decidio|planee|planeo|se|sabe) (?:exactamente )?(?:como|cuando|donde) (?:lo voy a hacer|lo va a hacer|me voy a matar|se va a matar|acabar con todo)(?= *(?:$|[.!;]|\\n)|[.!,])${THEN_A_ROUTINE}`,
    "(?:ojala|quisiera|quisiese|desearia|deseo) no haber nacido", "ojala (?:me|se) (?:muriera|muera|muriese)", "ojala (?:estuviera|estuviese) muert\\w*", "no vale la pena (?:seguir )?viv\\w*",
    "mejor (?:\\w+ ){0,2}si (?:yo |el |ella )?(?:no (?:estuviera|existiera|estuviese|existiese)|me muero|me muriera|desapareciera|se muriera)", "(?:pienso|pense|piense|penso|pensando|piensa) (?:\\w+ )?en (?:la muerte|morir\\w*|matarme|matarse|quitarme la vida)(?! (?:de|del) )", "ojala no (?:hubiera|hubiese) nacido", "no (?:hay|veo|le veo|tengo|encuentro) (?:ninguna |otra )?salida(?= *(?:$|[.!;]|\\n)| para mi| a (?:esto|nada|mi vida|su vida))",
    "mejor (?:me|se) (?:muero|muera|muere|mato|mate|mata|moriria)(?! de (?:risa|hambre|ganas|sed|frio|calor|verguenza|sueno|aburrimiento|envidia|miedo))",
    "(?:ya )?no (?:quiero|quiere) seguir(?= *(?:$|[.!;]|\\n)| *[,.!]| asi *$| asi,| adelante| viviendo| en este mundo| con (?:esta|mi|su) vida| aqui| (?:mas )?(?:en|con) (?:esta|la) vida)",
    "nadie (?:me|lo|la) (?:echaria|extranaria|va a extranar|extranara|echara|va a echar)(?: de menos)?", "nadie (?:se )?(?:daria|va a dar) cuenta si (?:me muero|no estoy|desaparezco)", "(?:a )?nadie (?:le )?(?:importaria|importa|va a importar|le importaria) si (?:me muero|muero|me muriera|desaparezco|no estoy|ya no estoy)",
    "(?:esta|la|mi|su) vida (?:ya )?no tiene (?:ningun )?sentido", "no (?:le )?(?:veo|encuentro|ve|encuentra) (?:ningun )?sentido (?:a|de) (?:la vida|mi vida|su vida|vivir|seguir viviendo)", "sin (?:ganas|razon|motivo) (?:de|para) vivir",
    "no (?:puedo|puede|podemos) (?:seguir|continuar) (?:viviendo|con (?:esta|mi|su) vida)", "(?:terminar|acabar) con todo(?= *(?:$|[.!;]|\\n)| ya| de una vez| para siempre)",
    "no (?:merezco|merece|merecemos) (?:vivir|estar viv\\w*|estar aqui)", "(?:preferiria|prefiero|prefiere|preferiblemente) (?:estar muert\\w*|morir\\w*)",
    "(?:soy|es|me siento|se siente|ser) (?:solo )?(?:un|una) (?:estorbo|carga)", "(?:me|se) (?:he |ha )?cansado de vivir", "(?:me|se) (?:canse|canso|cane|cano) de vivir", "(?:me|se) cans[eo] de vivir",
    "ya no (?:voy|va) a estar (?:aqui )?(?:mucho tiempo|por mucho|mucho mas)", "(?:habla|hablando|piensa|pensando) (?:\\w+ )?(?:mucho |todo el tiempo |siempre )?(?:de|en|sobre) (?:la muerte|morir\\w*|matarse)(?! (?:de|del) )",
    // Cuarta revisión (C-SSRS, IS PATH WARM, teoría interpersonal de Joiner): sin sentido, estorbar, el deseo pasivo de no estar, preparativos.
    "(?:ya )?no (?:le )?(?:veo|encuentro|ve|encuentra|vemos) (?:ningun |ni |el )?(?:sentido|caso) (?:a|de) (?:seguir|seguir aqui|vivir|la vida|mi vida|su vida|estar aqui|levantarme)(?= *(?:$|[.!;]|\\n)| *[,.!]| ya\\b| la verdad\\b)",
    // "Ya no le encuentro sentido", said of nothing named, is about life; "no le veo sentido" is doubt about the exercises.
    "ya no (?:le )?(?:encuentro|encuentra|encontramos|encuentran) (?:ningun )?sentido(?= *(?:$|[.!;]|\\n)| *[,.!:?]| ya\\b| la verdad\\b)",
    "(?:ya )?no (?:tiene|hay) (?:ningun )?(?:caso|sentido|razon|motivo) (?:de |para |en )?(?:seguir|vivir|seguir viviendo|estar aqui)(?! (?:con|haciendo) (?:los|las|el|la|estos|estas) )", "no (?:tengo|tiene|hay) (?:por que|para que|razon para|motivo para|razones para) (?:seguir )?(?:viviendo|vivir|estar aqui|seguir aqui|seguir)(?= *(?:$|[.!;]|\\n)| *[,.!]| viv\\w*| aqui| en este mundo)",
    "para que (?:sigo|seguir|sigue|vivo|vivir|estoy|existo) (?:aqui|en este mundo|vivo|viva)", "no (?:puedo|puede|aguanto|soporto|aguanta|soporta|doy|da) (?:mas )?(?:con )?(?:esta|la|mi|su) vida",
    "(?:quisiera|quiero|ojala|prefiero|prefiere|desearia|deseo|quiere) no (?:existir|estar (?:aqui|viv[oa]|en este mundo)|seguir existiendo)", "(?:me|se) (?:\\w+ ){0,2}quitar la vida", "(?:irme|irse|salir(?:me|se)?|desaparecer|dejar) (?:de )?este mundo",
    "(?:siento que |creo que |yo |nada mas |nomas |solo )?estorbo(?= *(?:$|[.!;]|\\n)| *[,.!]| a (?:todos|todo el mundo|mi familia|mis hijos|los demas|ustedes|mi esposo|mi esposa)| aqui| en (?:esta casa|todos lados))", "(?:solo |nomas |nada mas )?(?:le )?(?:estorba|estorbo|estorbamos) a (?:todos|todo el mundo|su familia|mi familia|sus hijos|mis hijos)",
    "(?:estarian|estaria|estariamos|estaran|seria|serian|seriamos|vivirian|viviria|quedarian|quedaria) (?:mas |muy )?(?:tranquil[oa]s?|feliz|felices|a gusto|en paz|mejor|descansad[oa]s?) sin (?:mi|el|ella)(?! \\w)", "(?:todo )?en orden (?:por si (?:me pasa|le pasa|algo|acaso|me muero|muero)|para cuando (?:ya no|me vaya|no este|me muera|muera)|antes de (?:irme|irse|morir))",
    "cansad[oa] de luchar(?= *(?:$|[.!;]|\\n)| *[,.!]| ya\\b| mas\\b| contra todo)",
    "(?:estarian|estaria|estaran|vivirian|viviria|seria|serian) (?:\\w+ )?mejor sin (?:tener que )?(?:\\w+ ){0,2}(?:conmigo|de mi|por mi|a mi|mi)\\b", "(?:soy|ser|me siento|se siente|siento que soy|siente que es) (?:solo |so |nomas |nada mas )?(?:un|una) (?:peso|carga|lastre|estorbo) (?:para|a) (?:todos|todo el mundo|mi familia|su familia|mis hijos|sus hijos|los demas|ustedes|mi esposo|mi esposa)", "(?:seria|seia|es|fuera|sera) mejor no estar(?= *(?:$|[.!;]|\\n)| *[,.!])", "\\bir(?:me|se)? de este mundo",
    "(?:tomarme|tomarse|tomar) todas (?:mis|sus|las) (?:pastillas|pildoras|medicinas|calmantes|oxicodonas?|tramadol)",
 "(?:ojala|quisiera|quiero) (?:dormirme|dormir|quedarme dormid[oa]) (?:para siempre|y no despertar)",
    "(?:piensa|pienso|pensaba|pensando|pense) en hacer(?:le)? dano (?:al|a la|a mi|a su) (?:bebe|nino|nina|hijo|hija|recien nacido)", "(?:busque|busco|buscando|investigue|investigando|lei|leyendo) (?:\\w+ ){0,2}(?:como (?:matarme|matarse|suicidarme|quitarme la vida|morir sin dolor|hacerlo sin dolor)|formas de (?:morir|matarme|matarse|quitarme la vida)|cuantas pastillas)",
    "(?:stash|hoard|pile) of (?:\\w+ ){0,2}(?:pills|tablets|meds|painkillers)(?! (?:for|in case))", "pretend\\w* to take (?:them|(?:his|her|my) (?:\\w+ )?(?:pills|tablets|meds))", "(?:tengo|tiene|guardo|guarda) (?:las |mis |sus |unas )?(?:pastillas|pildoras|medicinas) escondid\\w*(?! de (?:los|mis|sus) (?:nietos|ninos|hijos))", "(?:tomarmelas|tomarselas|tomarlas) todas (?:juntas|de una vez|de golpe)",
    "(?:se esta|se|me estoy|me he estado|sigo|sigue) cort(?:a|ando|o) (?:otra vez |de nuevo )?(?:a proposito|los brazos|las piernas|las munecas|los muslos)", "(?:me estoy|se esta) cortando (?:otra vez|de nuevo)(?! (?:con|al|cocinando|pelando|rasurando|afeitando|en)\\b)", "(?:me|se) (?:he|ha|has|han) (?:estado|vuelto a) cortar?(?:ndo)?(?:me|se)?(?! (?:el|la|los|las|un|una|con|al|sin|pelando|cocinando)\\b)", "(?:volvi|volvio|he vuelto|ha vuelto) a cortar(?:me|se)(?! (?:el|la|los|las|un|una|con|al|sin)\\b)", "le (?:vi|encontre|note) (?:\\w+ ){0,2}cortadas en (?:los brazos|las munecas|las piernas)",
    // Quinta revisión (Escala Columbia, señales de alerta del 024 / 988): que Dios me lleve, no despertar, pensar en tirarse, un puño de pastillas, cartas por si pasa algo.
    "dios (?:\\w+ ){0,6}(?:me|lo|la) (?:lleve|llevara|llevase|recoja|recogiera)(?! (?:a casa|al hospital|a la cita|con bien|de la mano))", "a ver si (?:ya )?no (?:me )?despiert\\w*", "(?:pienso|pense|pensando|piensa) en (?:tirarme|tirarse|aventarme|aventarse|lanzarme|lanzarse|colgarme|ahorcarme)",
    "ojala (?:no )?(?:hubiera|hubiese) (?:salido|despertado) de (?:la )?(?:operacion|cirugia|anestesia|quirofano)", "ojala me (?:hubiera|hubiese) quedado en (?:la )?(?:operacion|cirugia|quirofano|mesa)", "no ?(?:qu|k)iero (?:seguir )?vivir",
    `(?:me |se )?(?:tome|tomo|trague|trago|ha tomado|he tomado) (?:un puno|un punado|un monton|una punada|puno|punado) de (?:\\w+ ){0,2}${MEDICINES_ES}`, `(?:tenia|tengo|tuve|tiene|tenia) (?:todas )?(?:las|mis|sus) ${MEDICINES_ES} en la mano`,
    `(?:no me (?:estoy tomando|tomo)|no se (?:esta tomando|toma)|deje de tomar|dejo de tomar) (?:las |los |mis |sus )?${MEDICINES_ES}(?: \\w+){0,3},? (?:me )?(?:las|los) (?:voy |estoy |va |esta )?(?:juntando|guardando|ahorrando|acumulando|escondiendo)`, `(?:contado|conte|contando|cuento) (?:las |mis |sus )?(?:\\w+ )?${MEDICINES_ES}[^.!?]{0,60}suficientes`,
    "(?:escribi|escribiendo|escrito|escribo|deje|dejando|dejo) (?:unas |las |mis )?cartas? (?:\\w+,? ){0,3}por si (?:me )?pasa algo", "(?:donde|a donde|adonde) (?:voy|va|me voy) (?:ya )?no (?:voy a necesitar|necesito|necesitare|me (?:van|hacen) falta)",
    "cuando (?:yo )?(?:ya )?no (?:este|estes)(?= *(?:$|[.!;]|\\n)| *[,.!]| (?:aqui|aca|mas|ya)\\b(?! (?:el|la|los|esta|este)\\b))", "(?:ninguna|otra) salida (?:mas que|excepto|salvo|aparte de) una", "(?<!\\b(?:casi|por poco|poco) )(?<!\\b(?:el|los|las|este|esta|ese|esa|estos|estas|tanto|tanta) (?:\\w+ ){1,5})(?:me|se) mato(?= *(?:$|[.!;]|\\n)| *[.!,]| y (?:ya|listo)| de una vez)",
    "(?:me )?(?:quiero|quisiera) ir(?:me)? con (?:mi|su) (?:difunt[oa] )?(?:esposo|esposa|marido|mujer|hijo|hija|mama|papa|madre|padre)(?! (?:a|al|de|en|para)\\b)", "(?:seria|seia|es|fuera|sera) mejor desaparecer", "ni (?:ganas )?de (?:vivir|seguir viviendo|despertar)", "(?:me|se) (?:he |ha |hice |hizo |hago |hace |estoy |esta |sigo |sigue )?(?:hecho |haciendo )?cortes (?:en|por) (?:los|las|mis|sus|el|la) (?:brazos?|munecas?|piernas?|muslos?)", "(?:quitarme|quitarse|quitarte) de en medio", "(?:tomar|tomarme|tomarse|beber|beberme|tragar|tragarme) (?:\\w+ ){0,2}(?:veneno|lejia|cloro|matarratas|raticida)", "(?:saltar|tirarme|tirarse|aventarme|aventarse|lanzarme|lanzarse) (?:de|por|desde) (?:la|el|una|un|mi) (?:ventana|balcon|puente|techo|azotea|edificio)", "desaparecer (?:es|seria|sera) (?:lo mejor|la (?:mejor |unica )?solucion)", "(?:terminar|acabar) (?:con )?(?:esta|mi) (?:historia|vida)", "pronto (?:ya )?no (?:estare|estara|voy a estar|va a estar)(?! (?:en|de) )"],
);

/**
 * A goodbye said as a last one (988 Lifeline / AFSP: saying goodbye, "thank you for everything",
 * "I wont be around", wanting out of life): a warning sign, an emergency by LABELS. A bare "I want
 * out" stays an opt-out (LABELS "stop"); wanting out of life or of everything is not one.
 */
const FINAL_GOODBYE = lexicon(
  "a goodbye said as a last one",
  [
    "(?:thank you|thanks|thank u|ty) (?:so much )?for everything,? (?:and )?(?:goodbye|good bye|bye|farewell)", "this is (?:my )?(?:goodbye|farewell)", "(?:goodbye|good bye|farewell) (?:to )?(?:everyone|everybody|all of you|forever|for good|for ever|world|cruel world)",
    "(?:goodbye|good bye|farewell) and thank (?:you|u) for everything", "(?:wanted|want|just wanted|needed) to say (?:goodbye|good bye|bye)(?! to (?:the|my) (?:pain|band|crutches|walker|cane))",
    "(?:i|he|she) (?:wont|will not|am not going to|is not going to|isnt going to|not gonna) be around(?= *(?:$|[.!;]|\\n)|[.!,] *(?:so |and |thank|thanks|goodbye|bye|take care|love|sorry|$)| (?:anymore|any more|much longer|for long|after (?:today|tonight|this)|for (?:you|them|my family)))",
    "(?:i|he|she) (?:just )?wants? out of (?:this life|life|it all|everything|this world|all of (?:this|it)|living)", "(?:i|he|she) (?:just )?wants? (?:it all|everything) to (?:stop|end|be over)",
    "(?:you|yall|you all|anyone|anybody) (?:wont|will not|will never|never) (?:\\w+ )?(?:hear\\w*|see\\w*) (?:from )?me again", "(?:this is|this will be|heres) my (?:last|final) (?:message|text|goodbye)(?! (?:for|today|tonight|before|until|till|of the))",
  ],
  [
    "(?:cortar(?:me|se)?|me corto|se corta) las venas", "(?:pegar(?:me|se)?|me pego|se pega) un tiro", "(?:ojala|quisiera|quiero) (?:me )?(?:dormir(?:me)?|durmiera) y no (?:despertar|despertara|volver a despertar)",
    "gracias por todo,? (?:y )?(?:adios|hasta siempre|chao|chau)", "esto es (?:un|mi) adios", "(?:esta|este|esto) es (?:mi|la) (?:despedida|ultima despedida)", "(?:adios|hasta siempre) (?:a todos|para siempre|mundo)", "(?:quiero|queria|quise) (?:decir(?:les|te|le)?|despedirme (?:con|diciendo)) adios",
    "ya no (?:voy|va) a estar(?: aqui| mas| por aqui)?(?= *(?:$|[.!;]|\\n)|[.!,] *(?:asi que|y |gracias|adios|cuidense|perdon|$)| para (?:nadie|ustedes|ti|mi familia))", "(?:quiero|quiere) salir(?:me|se)? de (?:todo|esta vida|la vida|este mundo)",
    "(?:ya )?no (?:van|vas|vais) a (?:saber|oir) (?:nada )?(?:mas )?de mi", "(?:me|se) (?:despido|despide) de (?:ustedes|todos|todas|ti|usted|todo el mundo|mi familia|su familia)(?! (?:hasta|por hoy|por ahora|y nos vemos))", "(?:este es|es) mi ultimo mensaje(?! (?:de hoy|del dia|por hoy|antes))",
  ],
);

/** A goodbye with a next time, or an absence with a day or a trip, is an ordinary one. */
const SEE_YOU_AGAIN = explainingTheWholeMessage(lexicon(
  "a goodbye with a next time",
  [
    "see (?:you|ya|u)", "for now", "talk (?:to you )?(?:soon|later|tomorrow|next)", "until (?:next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|then)", "next (?:week|time|session|visit|appointment)", "tomorrow",
    "(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)s?", "travel\\w*", "vacation", "holiday\\w*", "trip", "away", "back (?:next|after)", "(?:be|ll be|m|im|am|coming|come|get|getting) back (?:on|in)", "at the clinic", "moving\\w*", "another (?:clinic|therapist|physio)", "discharged", "graduat\\w*", "last (?:session|visit|appointment)", "(?:finished|completed|done with) (?:the|my) (?:program\\w*|rehab|physio|therapy)",
  ],
  ["hasta (?:luego|manana|pronto|la proxima|el \\w+)", "nos vemos", "(?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana)", "de (?:vacaciones|viaje)", "viaj\\w*", "la proxima (?:semana|vez|cita|sesion)", "(?:hasta|nos vemos|hablamos|seguimos|sigo|vuelvo|regreso|te escribo|le escribo) (?:\\w+ )?manana", "manana (?:nos vemos|hablamos|seguimos|sigo|vuelvo|regreso|te escribo|le escribo|les escribo)", "vuelvo", "regreso", "(?:me )?(?:mudo|cambio)", "otra clinica", "(?:termine|termino|acabe|acabo|ultimo dia de|ultima semana de|ultimo dia del|ultima semana del) (?:la |mi |el )?(?:terapia|fisio\\w*|rehabilitacion|rehab|programa|tratamiento)", "(?:me dieron|ya tengo) (?:el )?alta", "ultima (?:sesion|cita)"],
));

/**
 * Making a will or leaving everything in order, with another preparation in the same message
 * (AFSP / NIMH: making a will, putting affairs in order, giving things or pets away, letters, goodbyes).
 */
const MAKING_A_WILL = lexicon(
  "making a will or leaving everything in order",
  ["(?:made|make|making|wrote|written|writing|write|did|done|doing|finished|finishing|updated|updating|sorted|sorting) (?:\\w+ ){0,2}(?:will|last will|testament)(?! power)", "(?:told|tell|telling|showed|show|shown) (?:\\w+ ){0,3}where (?:the|my|his|her) (?:will|papers|documents|policy|insurance papers|bank details|passwords) (?:is|are|live|lives|kept)", "(?:put|putting|got|getting|left|leaving|have|sorted) (?:\\w+ ){0,2}everything in order", "(?:put|putting|got|getting|sorted|sorting) (?:all )?(?:my |his |her )?(?:things|affairs|stuff|papers) in order", "(?:will|last will|wills|affairs) (?:has been|have been|is|are|been|all|now) (?:sorted|done|in order|written|signed)"],
  ["(?:hice|hizo|haciendo|escribi|escribio|escribiendo|termine|termino|arregle|arreglo|actualice) (?:\\w+ ){0,4}testamento", "(?:deje|dejo|dejando|dejar|tengo|tiene) (?:\\w+ ){0,2}(?:todo|mis asuntos|sus asuntos|mis cosas|sus cosas|mis papeles|sus papeles) (?:arreglad[oa]s?|ordenad[oa]s?|en orden|listos?)", "(?:he |ha )?dejado (?:\\w+ ){0,2}todo (?:arreglado|en orden|ordenado|listo)", "(?:poniendo|puse|puso|pongo|ordenando|ordene) (?:en orden )?(?:todas )?(?:mis|sus) (?:cosas|asuntos|papeles)(?: en orden)?"],
);
const PARTING_WITH = lexicon(
  "parting with things, pets or people",
  [
    "(?:gave|giving|give|given|gives|rehom\\w*) (?:away )?(?:all )?(?:my|his|her) (?:\\w+ ){0,2}(?:dog|dogs|cat|cats|pets?|bird|things|stuff|belongings|possessions|jewell?e?ry|tools|car|guns?|books|clothes)",
    // Whom a pet went to is often someone else's name, hidden before screening: the giving is enough beside a will.
    "(?:gave|given|giving|rehom\\w*)(?! (?:the |my )?(?:lawyer|solicitor|notary|bank|attorney))", "goodbye", "letters?", "notes?",
  ],
  ["(?:regale|regalo|regalando|regalar)", "(?:di|dio|deje|dejo) (?:\\w+ ){0,2}(?:mis|sus|mi|su) (?:cosas|perro|gato|mascota|joyas|herramientas|ropa)", "(?:me|se) (?:despedi|despidio)", "despedi\\w*", "cartas?"],
);

/** Letters or notes written for each of one's family (a preparation, AFSP), told as an act done. */
const LETTERS_TO_FAMILY = lexicon(
  "letters written to one's family",
  ["(?:wrote|written|writing|left|finished) (?:\\w+ ){0,2}(?:letters?|notes?|cards?) (?:to|for) (?:(?:each of )?(?:my|all my|his|her|the) (?:kids|children|family|wife|husband|grandkids|grandchildren|daughters?|sons?|sisters?|brothers?|parents|loved ones)|everyone|everybody|each of them|all of them)"],
  ["(?:escribi|escribio|deje|dejo|termine) (?:\\w+ ){0,2}(?:cartas?|notas?) (?:a|para) (?:(?:cada uno de )?(?:mis|sus|mi|su) (?:hijos|hijas|nietos|familia|esposa|esposo|marido|mujer|seres queridos)|todos|cada uno)"],
);
/** Thanks for everything, or the exercises (or the messages) not needed any more, said as a close. */
const A_LAST_THANKS = lexicon(
  "thanks for everything, or the program no longer needed",
  ["(?:thank you|thanks|thank u|ty) (?:so much )?for (?:everything|trying (?:with|to help) (?:me|him|her)|putting up with (?:me|him|her)|all (?:you did|you have done|youve done))", "(?:wont|will not|dont think ill|not going to|not gonna|no longer) (?:be )?(?:need\\w*|bother\\w*(?: with)?) (?:the |these |my |any )?(?:exercises|reminders|texts|messages)(?: (?:anymore|any more))?", "(?:you|youll) (?:wont|will not) (?:need|have) to (?:send|text|message) (?:me )?(?:these|them|anything|any more|anymore)"],
  ["gracias por (?:todo|intentarlo conmigo|aguantarme|todo lo que (?:hizo|hiciste|ha hecho|has hecho))", "ya no hace falta que (?:me |le )?(?:manden|envien|escriban|mandes|envies)", "ya no (?:voy a necesitar|necesito|necesitare|me van a hacer falta) (?:los |las |mis |estos |estas )?(?:ejercicios|mensajes|recordatorios)"],
);

/**
 * Worn out by everything, with nothing named ("tired of everything tbh", "cant take it anymore",
 * "ya no aguanto más"): hopelessness, a warning sign (AFSP). Said in one sentence with a pain, an
 * exercise or the weather it is about that, not about living.
 */
const PAIN_WORDS = String.raw`(?:pain|hurts?|hurting|sore|ache\w*|dolor|duel\w*|molest\w*)`;
const THINGS = String.raw`(?:exercis\w*|squats?|lunges?|stretch\w*|reps|sets|heat|weather|cold|traffic|work|boss|kids|ejercicio\w*|sentadillas?|calor|frio|trafico|trabajo|laburo|curro|chamba|jefe|ninos)`;
// Not across a turn: "did all my exercises but im tired of everything" is about everything. A thing
// (an exercise, the heat) is what it is about only in its own clause; a pain, anywhere in the sentence.
const IN_SENTENCE = String.raw`(?:(?!\b(?:but|pero|though|tho|aunque|also|tambien)\b)[^.!?¿¡]){0,60}`;
const IN_CLAUSE = String.raw`(?:(?!\b(?:but|pero|though|tho|aunque|also|tambien)\b)[^.!?¿¡,]){0,40}`;
const NOTHING_NAMED = String.raw`(?<!\b${PAIN_WORDS}\b${IN_SENTENCE})(?!${IN_SENTENCE}\b${PAIN_WORDS}\b)(?<!\b${THINGS}\b${IN_CLAUSE})(?!${IN_CLAUSE}\b${THINGS}\b)`;
/** "cant take it anymore, these squats", "ya no doy más, mucho laburo": the thing named right after is what "it" was. */
const NOT_NAMED_NEXT = String.raw`(?! *,? *(?:(?:these|this|the|those|so much|too much|estas?|estos?|el|la|los|las|mucho|mucha|tanto|tanta|demasiado|demasiada) )?${THINGS}\b)`;
const WORN_OUT_BY_EVERYTHING = lexicon(
  "worn out by everything",
  [
    `(?=tired of)${NOTHING_NAMED}tired of (?:everything|it all|all of it|every ?thing)(?= *(?:$|[.!;]|\\n)| *[,.!]| (?:tbh|honestly|lol|anymore|any more|fr|ngl|rn|right now)\\b)`,
    `(?=can)${NOTHING_NAMED}(?:cant|can not|cannot) (?:take|do) (?:it|this|this life|life) (?:anymore|any more)${NOT_NAMED_NEXT}(?= *(?:$|[.!;]|\\n)| *[,.!]| (?:tbh|honestly|lol|fr|ngl)\\b)`,
  ],
  [
    `(?=ya no)${NOTHING_NAMED}ya no (?:aguanto|soporto|doy) (?:mas|nada)${NOT_NAMED_NEXT}(?= *(?:$|[.!;]|\\n)| *[,.!]| (?:bro|wey|guey|la neta|neta|en serio|de verdad|la vida|esta vida|mi vida)\\b)`,
    `(?=estoy cansad)${NOTHING_NAMED}estoy cansad[oa] de todo(?= *(?:$|[.!;]|\\n)| *[,.!]| (?:bro|wey|la neta|neta|en serio|ya)\\b)`,
  ],
);

/**
 * Giving a belonging or a pet away "because I won't need it" (AFSP / 988: giving away prized
 * possessions): a preparation. Walking aids and exercise kit given away after recovery are not.
 */
const GIVING_AWAY = lexicon(
  "giving a belonging or a pet away",
  [
    "(?:gave|giving|give|given|gives|rehom\\w*) (?:away )?(?:all )?(?:my|his|her) (?:\\w+ ){0,2}?(?:dogs?|cats?|pets?|birds?|horse|watch|rings?|jewell?e?ry|necklace|guitar|piano|collection|medals|tools|car|truck|savings|books|paintings|clothes|things|stuff|belongings|possessions) (?:away|to)",
    "(?:gave|giving|given) away (?:all )?(?:my|his|her) (?:\\w+ ){0,2}?(?:dogs?|cats?|pets?|birds?|horse|watch|rings?|jewell?e?ry|necklace|guitar|piano|collection|medals|tools|car|truck|savings|books|paintings|clothes|things|stuff|belongings|possessions)",
    // A pet given to a neighbour is hidden before screening as someone else's clause: the giving is what is left.
    "(?:gave|giving|given|rehom\\w*) (?:away )?_{3,}\\w*", "(?:gave|giving|given|rehom\\w*) (?:away )?(?:the|our|my|his|her) (?:dogs?|cats?|pets?|birds?|horse|puppy|kitten) (?:away|to)", "(?:gave|giving|given) (?:our|my|his|her) (?:son|daughter|grandson|granddaughter|brother|sister|nephew|niece|friend|neighbou?r|boy|girl|kids?) (?:his|her) (?:watch|rings?|medals|guitar|tools|wedding ring|car keys|savings|jewell?e?ry|necklace)"],
  ["(?:regale|regalo|regalando|regalar|di|dio|deje|dejo) (?:\\w+ ){0,2}(?:mis|sus|mi|su) (?:\\w+ ){0,2}?\\w+ a", "(?:regale|regalo|regalando|regalar|rega\\w+) _{3,}\\w*", "(?:regale|regalo|regalando|regalar|rega\\w+) (?:a )?(?:toda |todas |todos |todo )?(?:mis|sus|mi|su|el|la|los|las|nuestr[oa]) (?:perr[oa]s?|perrit[oa]s?|gat[oa]s?|mascotas?|cosas|joyas|herramientas|reloj|anillos?|ropa|libros)\\b"],
);
const WONT_NEED = lexicon(
  "won't need it",
  ["(?:wont|will not|wouldnt|would not|not going to|not gonna) (?:be )?need(?:ing)? (?:it|them|those|these|that|any of (?:it|them|this)|anything|(?:my|his|her|the) \\w+)(?! (?:until|till|for (?:a|the|now)|today|tomorrow|this week))", "(?:wont|will not|wouldnt|would not|not going to|not gonna) (?:be )?need(?:ing)? (?:the |these |any )?(?:reminders|texts|messages) (?:after|beyond|past) (?:this|next|the end of)"],
  ["ya no (?:lo|la|los|las|le) (?:voy a necesitar|necesito|necesitare|va a necesitar|necesita)", "no (?:lo|la|los|las) (?:voy|va) a necesitar(?! (?:hasta|por ahora|hoy|manana|esta semana))", "(?:donde|a donde) (?:voy|va) no (?:lo|la|los|las) (?:necesito|necesita)", "no (?:voy|va) a necesitar (?:los |estos |mas )?(?:recordatorios|mensajes) (?:despues de|a partir de|pasad[oa])"],
);
const WALKING_AIDS_AND_KIT = lexicon(
  "walking aids and exercise kit",
  ["crutch\\w*", "walker", "frame", "cane", "stick", "brace", "sling", "boot", "wheelchair", "scooter", "band", "bands", "weights?", "bike", "ice pack", "rollator", "shower chair", "toilet seat"],
  ["muletas?", "andadera", "andador", "baston", "ferula", "rodillera", "cabestrillo", "bota", "silla de ruedas", "liga", "banda", "pesas", "bici\\w*"],
);

/**
 * The same warning signs said obliquely, composed from the C-SSRS items (wish to be dead, method,
 * preparatory acts) and Joiner's constructs (perceived burdensomeness, a self not worth keeping):
 * tired of being alive, imagining one's own funeral, asking what the whole bottle would do,
 * not seeing oneself around much longer, keeping the medicine back.
 */
const SAID_OBLIQUELY = lexicon(
  "warning signs said obliquely",
  [
    "(?:sick|tired|done|fed up|exhausted) (?:of|with) (?:being alive|living|life|existing|this life)(?! (?:in|on|with|at|like) )",
    "(?:imagin\\w*|pictur\\w*|thinking about|think about|planning|plan\\w*|dream\\w* (?:of|about)) (?:\\w+ ){0,1}(?:my|his|her) (?:own )?(?:funeral|death|grave|wake)",
    // Someone else's medicines taken in bulk: "took all my mums tablets".
    `(?:took|taken|swallowed|downed|had) (?:all|every one of|the rest of|a (?:bunch|handful|load) of|loads of) (?:of )?(?:my |his |her |the )?(?:mums?|moms?|mams?|dads?|mothers?|fathers?|wifes?|wives|husbands?|partners?|nans?|grans?|grandmas?|grandpas?|sisters?|brothers?|friends?|neighbou?rs?) (?:\\w+ )?${MEDICINES}`,
    // An overdose told by what is left: "took all the pills that were left in the box", "me tomé todas las que quedaban".
    `(?:took|taken|swallowed|downed|had) (?:all|every one of|the rest of) (?:the |my |his |her )?(?:\\w+ )?${MEDICINES}(?: that| which)? (?:\\w+ ){0,2}(?:left|remaining|in the (?:box|bottle|pack|packet|drawer|cabinet))`,
    // Not trusting oneself with the means (a warning sign of intent): "I don't trust myself with the pills".
    `(?:dont|do not|cant|can not|cannot|no longer) trust (?:myself|himself|herself) (?:\\w+ ){0,3}(?:with|around|near|alone with) (?:the |my |his |her |all (?:the|my) )?(?:${MEDICINES}|knives|knife|razors?|blades?|gun|rope|car|medicine|medication)`,
    "(?:everyone|everybody|they|my family|the family|my kids|the kids|my children|my wife|my husband) (?:\\w+ )?(?:would|will|d) (?:all )?be better off(?= *(?:$|[.!;]|\\n)| *[.!]| anyway| honestly| really| tbh)",
    "(?:took|take|taking|swallow\\w*|down\\w*) (?:the |a |my )?whole (?:bottle|pack|packet|box|strip)(?! of (?:water|wine|juice|milk|soda|pop|coke|beer|shampoo|gatorade|sunscreen|lotion|gum|biscuits|cookies|crisps|chips)|(?: \\w+){0,4} (?:over|across|during|throughout|per|each|a) (?:the |a |one |this )?(?:week|month|days|course|day))", `how many (?:\\w+ ){0,3}${MEDICINES} (?:\\w+ ){0,2}(?:would|it would|to) (?:take|kill|be enough|do it)`,
    "(?:pills|tablets|meds|sleeping pills|painkillers) (?:\\w+ ){0,3}(?:been |ve been |have been )?(?:saving|saved|stockpil\\w*|hoard\\w*|stashing|stashed|collecting)(?: up)?(?! for (?:the|my|a) (?:trip|travel|holiday|vacation|flight))", "(?:saving|saved|stockpil\\w*|hoard\\w*|stashing|stashed|keeping) (?:them|those|these|it|my (?:pills|meds|tablets)) (?:up|back|aside)(?! for (?:the|my|a) (?:trip|travel|holiday|vacation|flight|weekend))",
    "(?:dont|do not|cant|cannot) see (?:myself|himself|herself) (?:being )?(?:around|here|alive) (?:much |any )?(?:longer|for long|next (?:year|month|christmas|summer)|anymore|any more)",
    "(?:i|he|she) (?:wont|will not) be here (?:anymore|any more|much longer|for long|by then|(?:for|at) (?:the )?next \\w+ anyway)",
    // Fourth review (C-SSRS item 1, passive wish to be dead; item 2 in euphemisms; self-harm by burning; a painless method).
    "(?:wouldnt|would not|wouldn t) (?:mind|care) if (?:a |the )?(?:bus|car|truck|train|lorry) (?:hit|hits|ran over|took) (?:me|him|her)", "(?:wouldnt|would not) (?:mind|care) if (?:i|he|she) (?:died|didnt wake up|did not wake up|never woke up|was gone|wasnt here)",
    "(?:wish|wishes|wished) (?:i|he|she|id|hed|shed)(?: had| d)? (?:died|not survived|not made it|not woken up)(?! laughing)", "(?:wish|wishes|wished) (?:i|he|she) (?:hadnt|had not|didnt|did not|never) (?:woken|woke|wake|survived|made it through|come round)(?! up (?:so |this |that )?(?:early|late|at|before))", "(?:i|he|she) should (?:have|of) died(?! (?:laughing|of|from))",
    "(?:dark|bad|black|scary) thoughts (?:about|of) (?:not being (?:around|here|alive)|not waking up|ending (?:it|things)|death|dying)", "thoughts (?:about|of) (?:not being (?:around|here|alive)|not waking up)",
    "check\\w* out (?:permanently|for good|early|of life)", "tak\\w* (?:myself|himself|herself) out of the (?:picture|equation)",
    "(?:burn\\w*|cut\\w*|scratch\\w*|hit\\w*|punch\\w*) (?:my|his|her) (?:\\w+ ){0,1}(?:arms?|wrists?|skin|legs?|thighs?|hands?|stomach) (?:\\w+ ){0,3}(?:with a (?:lighter|cigarette|match|candle|razor|blade)|to feel (?:something|anything|better|real|alive))",
    "(?:how|way|ways) to (?:do it|die|go) (?:painlessly|without (?:pain|it hurting|feeling (?:it|anything)))", "painless (?:way|ways|method) (?:to|of)",
  ],
  [
    "(?:hart[oa]|cansad[oa]|aburrid[oa]|fastidiad[oa]) de (?:vivir|la vida|existir|estar viv[oa]|seguir viv[oa])",
    "(?:me )?(?:imagino|imagine|pienso en|planeo|planeando|sueno con) (?:\\w+ ){0,1}(?:mi|su) (?:propio |propia )?(?:funeral|entierro|velorio|muerte)",
    "(?:me )?(?:tomo|tomara|tomaba|tomase|trago|tragara) (?:todo el frasco|toda la caja|todas las pastillas|todas mis pastillas|el frasco entero|la caja entera)",
    `(?:me )?(?:tome|trague|tomo|trago|se tomo|se trago) (?:todas|todos|lo que quedaba de) (?:las |los |mis |sus )?(?:\\w+ )?${MEDICINES_ES}? ?(?:que (?:me |le )?(?:quedaban|habia)|del (?:frasco|bote|blister)|de la caja)`,
    `no (?:me )?(?:fio|confio|puedo fiarme|puedo confiar) (?:de|en) (?:mi|mi mism[oa]) (?:\\w+ ){0,2}(?:con|cerca de) (?:las |los |mis |el |la )?(?:${MEDICINES_ES}|cuchillos?|navajas?|cuchillas?|pistola|soga)`,
    "cuantas (?:pastillas|pildoras|medicinas|tabletas) (?:\\w+ ){0,3}(?:para (?:morir|no despertar|matar\\w*)|harian falta|se necesitan)",
    "(?:ya )?no (?:quiero|quiere) (?:estar|seguir) (?:mas )?en este mundo", "no me (?:veo|ve) (?:vivo|viva|aqui) (?:mucho tiempo|por mucho|el ano que viene)",
    "(?:guardando|juntando|escondiendo|ahorrando) (?:las |mis |sus )?(?:pastillas|pildoras|medicinas|tabletas)(?! para (?:el viaje|las vacaciones))",
    "ojala (?:no (?:me )?despiert\\w*|no amanezca|me muera)", "(?:para|pa) (?:que|q) (?:sigo|seguir|estoy) (?:aqui|viv[oa]|en este mundo)",
    "(?:como|forma de|manera de) (?:hacerlo|matarme|morir\\w*|quitarme la vida) sin (?:que (?:me )?duela|dolor|sufrir)(?! (?:la|el|los|las|mi|mis|en|de|al) )",
    "(?:me|se) (?:corte|corto|cortaba|he cortado|ha cortado|volvi a cortar|volvio a cortar|sigo cortando|sigue cortando) (?:\\w+ )?(?:los brazos|el brazo|las munecas|la muneca|las piernas|la pierna|los muslos|el muslo|la piel|la panza)(?! (?:sin querer|al (?:cocinar|picar|afeitar\\w*)|pelando|cortando|con (?:el|un) (?:papel|lata|cuchillo)))",
  ],
);

/** A self not worth keeping, beside others deserving better or being relieved (Joiner: perceived burdensomeness). */
const SELF_NOT_WORTH = lexicon(
  "a self not worth keeping",
  ["(?:a |an )?(?:mom|mum|mother|dad|father|wife|husband|parent|grandma|grandpa|person|someone|friend) like me", "waste of (?:space|air|oxygen)", "(?:im|i am) (?:worthless|useless|pointless|nothing but trouble|no good to anyone)"],
  ["(?:una|un) (?:madre|mama|padre|papa|esposa|esposo|abuela|abuelo|persona) como yo", "no (?:sirvo|valgo) (?:para |de )?nada", "(?:soy|me siento) (?:un[oa]? )?(?:inutil|estorbo|carga|nada)"],
);
const OTHERS_BETTER = lexicon(
  "others deserving better, or relieved",
  ["deserve\\w* (?:better|more|someone better|a better)", "(?:better|happier|relieved|free) (?:off )?without me", "be (?:relieved|happier|better off)"],
  ["merece\\w* (?:algo |alguien |una? \\w+ )?mejor", "(?:estarian|estaria|vivirian) (?:mejor|mas tranquil\\w*|mas felices) sin mi", "(?:descansarian|se librarian)"],
);

/**
 * C-SSRS items 4–5, intent with a plan: the means at hand ("I've got the pills", "tengo la soga") and,
 * in the same message, a time or a way chosen to use them ("I know when I'm going to take them").
 * "I know when to take them" is a dose schedule, not a plan: the chosen time must be the patient's own future act.
 */
const MEANS_AT_HAND = lexicon(
  "the means at hand",
  [`(?:ive got|i got|i have|got|have|bought|saved|kept|has|hes got|shes got) (?:\\w+ ){0,2}(?:the |enough |all (?:my|his|her|the) |a )?(?:${MEDICINES}|rope|gun|razor|blades?)`, "(?:a |the |whole )?(?:drawer|box|bag|stash|pile|bottle|jar|shoebox) (?:full )?of (?:\\w+ )?(?:tablets|pills|meds|painkillers)(?: \\w+){0,2} (?:put aside|saved|hidden|kept|stashed|set aside)"],
  ["(?:tengo|tiene|compre|compro|guarde|guardo|junte|junto) (?:\\w+ ){0,2}(?:las |mis |sus |suficientes |una |la )?(?:pastillas|pildoras|medicinas|calmantes|soga|cuerda|pistola|arma|navaja)"],
);
const TIME_OR_WAY_CHOSEN = lexicon(
  "a time or a way chosen",
  ["(?:know|knows|decided|picked|chosen|chose|planned) (?:exactly )?(?:when|how|where|what day|which night) (?:im|i am|i will|ill|hes|he is|he will|shes|she is|she will) (?:going to |gonna )?(?:take|use|do|swallow)", "(?:picked|chosen|chose|set) (?:a|the) (?:day|date|night|time) (?:to|for)(?! (?:my|the|his|her) (?:appointment|session|surgery|op|visit|class))", "(?:picked|chosen|chose) the (?:day|date|night) and the (?:bridge|spot|place|way|method)", "(?:know|knows) (?:exactly )?what (?:im|i am|hes|he is|shes|she is) (?:going to|gonna) do with (?:them|the (?:pills|tablets))"],
  ["(?:ya )?(?:se|sabe|decidi|decidio|elegi|eligio) (?:exactamente )?(?:cuando|como|donde|que dia|que noche) (?:me las voy a tomar|se las va a tomar|la voy a usar|lo voy a hacer|lo va a hacer|voy a usarla|voy a tomarlas)", "(?:ya )?(?:elegi|eligio|tengo|tiene) (?:el|la) (?:dia|fecha|noche) (?:para hacerlo|para tomarlas)", "(?:ya )?(?:se|sabe|tengo pensado|tiene pensado) (?:como|cuando|donde) y (?:como|cuando|donde) (?:lo )?(?:voy|va) a hacer(?:lo)?"],
);

/** Medicines taken by a routine: "I know when I'm going to take them, before the exercises". */
const A_DOSE_SCHEDULE = lexicon(
  "a dose schedule",
  ["(?:before|after|with) (?:the |my |each |every )?(?:exercises?|session|physio|breakfast|lunch|dinner|meals?|food|bed|work)", "(?:every|each) (?:\\d+ )?(?:morning|evening|night|day|hours?)", "(?:morning|evening|night|bedtime)s?", "(?:once|twice|three times) a day", "as (?:prescribed|directed|the doctor said)", "pharmac\\w*", "prescription"],
  ["(?:antes|despues) de (?:los ejercicios|la sesion|comer|desayunar|cenar|dormir|las comidas|trabajar)", "cada (?:\\d+ )?(?:manana|noche|dia|horas?)", "(?:en|por) la (?:manana|noche|tarde)", "(?:una|dos|tres) veces al dia", "como (?:me )?(?:dijo|indico|receto) (?:el|la) (?:medic[oa]|doctor\\w*)", "farmacia", "receta"],
);

/**
 * Preparations for dying told by what a relative sees or hears (AFSP / 988 Lifeline / NIMH warning
 * signs: giving away prized possessions, putting affairs in order, saying goodbye, talk of not being
 * around): jewellery or tools shared out, papers left "for when you need them", a letter for each
 * grandchild, "soon you won't have to worry about me", "I won't see them grow up". Said after "once
 * I'm better" or as a fear ("scared I won't see them grow up if…") it is not one.
 */
const NOT_AFTER_RECOVERY = String.raw`(?<!\b(?:once|when|after|as soon as|if|until|by the time|cuando|si|en cuanto|despues de|hasta que|apenas)\b[^.!?]{0,60})`;
const NOT_A_FEAR = String.raw`(?<!\b(?:scared|afraid|worried|frightened|terrified|fear\w*|miedo|temor|preocup\w*|asust\w*)\b[^.!?]{0,40})`;
const PREPARATIONS_SEEN = lexicon(
  "preparations for dying, as others see them",
  [
    "(?:giv\\w*|gave|hand\\w*|pass\\w*|shar\\w*|divid\\w*) (?:all )?(?:my|his|her) (?:\\w+ ){0,2}?(?:jewell?e?ry|rings?|necklaces?|medals|watch(?:es)?|tools|guitar|paintings|collection|savings) (?:away|out|round|around|between|among)(?! (?:to (?:the |a )?(?:jewell?er|repair|shop|mechanic|valuer)|for (?:cleaning|repair|the (?:move|sale))))",
    "(?:letters?|notes?|cards?|videos?) (?:\\w+ ){0,2}(?:for|to) each (?:one )?(?:of )?(?:my|his|her|the) (?:grand\\w*|kids|children|sons|daughters|family)(?!(?: \\w+){0,4} (?:birthday|christmas|xmas|easter|wedding|graduation|party|holiday|trip))",
    // The grandchildren are someone else, hidden before screening: a letter or note for each of them is what is left.
    "(?:wrote|written|writing|left|leaving) (?:a |an )?(?:letter|note|video)s? (?:for|to) each (?:one )?of _{3,}",
    "(?:papers|paperwork|documents|insurance|polic(?:y|ies)|will|deeds|bank (?:details|papers|cards)|passwords|pension)\\w* (?:\\w+,? ){0,8}for when (?:you|they|we|he|she|i|youll|theyll|youd) (?:\\w+ )?need\\w* (?:them|it|those)(?! (?:for|at|to) )",
    "(?:showed|shown|told|telling|showing) (?:me|us|him|her|my \\w+|his \\w+|her \\w+) where (?:\\w+ ){0,4}(?:will|insurance|papers|policies|deeds|passwords|bank cards) (?:are|is|were|was|live|kept)(?: \\w+){0,3} (?:for when|in case|just in case|if anything)",
    `${NOT_AFTER_RECOVERY}(?:wont|will not|will no longer|will never|wont ever) (?:\\w+ )?(?:have to|need to) (?:worry|fret|bother|look\\w* after|care for|take care of|put up with|deal with) (?:about )?(?:me|him|her)(?: \\w+){0,3}? (?:anymore|any more|much longer|for long|for much longer|soon)`,
    `${NOT_AFTER_RECOVERY}(?:soon|before long|shortly) (?:\\w+ ){0,3}(?:wont|will not|will no longer|will never|nobody will|no one will|noone will|none of you will) (?:\\w+ )?(?:have to|need to) (?:worry|fret|bother|look\\w* after|care for|take care of|put up with|deal with) (?:about )?(?:me|him|her)`,
    `${NOT_AFTER_RECOVERY}(?:nobody|no one|noone|none of you) (?:will|is going to|is gonna) (?:\\w+ )?(?:have to|need to) (?:worry|bother|look\\w* after|care for|take care of) (?:about )?(?:me|him|her) (?:anymore|any more|much longer|soon)`,
    `${NOT_A_FEAR}(?:wont|will not|will never|never|not going to|never going to|not gonna|wont ever|wont get to|will never get to) (?:\\w+ )?see (?:\\w+ ){0,3}grow up(?!,? (?:if|unless|because of (?:the|my) (?:job|work)))`,
  ],
  [
    "(?:repart\\w*|regalando) (?:todas )?(?:sus|mis) (?:joyas|anillos|alhajas|herramientas|cosas|pertenencias|medallas|relojes|ahorros|collares)(?! (?:\\w+ ){0,4}(?:por|para) (?:la )?(?:mudanza|venta|cumpleanos|navidad|boda))",
    "(?:una )?(?:carta|nota|tarjeta)s? (?:\\w+ ){0,2}(?:para|a) cada (?:uno de (?:sus|mis|los) |una de (?:sus|mis|las) )?(?:nieto|nieta|hijo|hija|nietos|nietas|hijos|hijas)(?!(?: \\w+){0,4} (?:cumpleanos|navidad|reyes|boda|graduacion))",
    // The grandchildren hidden as someone else, as in English.
    "(?:una )?(?:carta|nota|tarjeta)s? (?:\\w+ ){0,2}(?:para|a) cada (?:uno|una) de _{3,}",
    "(?:papeles|documentos|papeleo|seguros?|poliza\\w*|testamento|cuentas|escrituras) (?:\\w+ ){0,6}(?:ordenad\\w*|en orden)(?! (?:\\w+ ){0,3}para (?:la|el) (?:cita|consulta|tramite|banco|abogado|viaje|seguro|operacion|cirugia|contador|declaracion))",
    `${NOT_AFTER_RECOVERY}(?:pronto|dentro de poco|muy pronto|en poco tiempo) (?:\\w+ ){0,2}no (?:van|vas|vamos|tendran|tendras|tendremos|tendreis|vais) (?:a )?(?:tener )?que (?:preocupar\\w*|cuidar\\w*|ocupar\\w*|atender\\w*|aguantar\\w*)`,
    `${NOT_A_FEAR}no (?:\\w+ ){0,2}(?:voy|va|vas|vamos) a (?:poder )?ver crecer(?! si)`, `${NOT_A_FEAR}no (?:\\w+ ){0,2}(?:voy|va|vas|vamos) a (?:poder )?ver (?:a (?:mis|sus) (?:nietos|nietas|hijos|hijas) )?crecer(?! si)`,
  ],
);
/** Moving house or clearing out: things given away for a reason. */
const MOVING_OR_CLEARING_OUT = lexicon(
  "moving house or clearing out",
  ["moving (?:house|home|out|in|to|into)", "the move", "(?:we|i|were|im) (?:\\w+ )?move", "winter (?:clothes|coats?|things)", "too (?:big|small) (?:for me|now)", "grown out of", "outgrown", "downsiz\\w*", "declutter\\w*", "clear\\w* out", "charity", "car boot", "garage sale", "yard sale", "care home", "retirement (?:home|village|flat)"],
  ["mudanza", "(?:nos|me|se) (?:mudamos|mudo|muda|mudan|vamos a mudar|va a mudar)", "residencia", "caridad", "beneficencia", "venta de garaje", "ropa de (?:invierno|verano)", "(?:me|le) (?:queda|quedan|quedaba|quedaban) (?:grande|grandes|chica|chicas|pequena|pequenas)"],
);

/**
 * Medicines kept back instead of taken (NICE NG225 / C-SSRS preparatory acts: collecting pills):
 * tablets put in a tin or a drawer rather than swallowed, a pile growing. Kept for a bad night or as
 * the doctor said (a dose question for the therapist) they are not.
 */
const MEDICINES_PUT_AWAY = lexicon(
  "medicines put away",
  [`(?:keep\\w*|kept|sav\\w*|collect\\w*|stor\\w*|putting|put|puts|hid\\w*|hiding|stash\\w*|hoard\\w*|stockpil\\w*|piling|squirrel\\w*|slipping) (?:[\\w-]+ ){0,3}${MEDICINES}`, `(?:put\\w*|set\\w*) (?:aside|by) (?:my |the |his |her )?(?:[\\w-]+ )?${MEDICINES}`, `(?:put\\w*|set\\w*) (?:my |the |his |her )?(?:[\\w-]+ )?${MEDICINES} (?:aside|by)`],
  [`(?:guard\\w*|junt\\w*|acumul\\w*|mete\\w*|meti\\w*|escond\\w*|apart\\w*|ahorr\\w*|echando|echo|pong\\w*|pon\\w*) (?:\\w+ ){0,3}${MEDICINES_ES}`],
);
const NOT_TAKEN = lexicon(
  "not taken, piling up",
  ["(?:instead of|rather than) (?:taking|swallowing|having|using) (?:them|it|any)", "(?:a |quite a |a fair |a big |a good |a growing |a whole )?(?:collection|stash|stockpile|hoard|pile)(?: of them)? (?:now|building|growing|going)", "must be (?:\\d+|\\w+ty) (?:by now|now|of them)"],
  ["en (?:vez|lugar) de (?:tomar|tragar)\\w*", "ya (?:tengo|tiene|hay) (?:un monton|muchas|bastantes|un punado|una buena cantidad|un frasco lleno|varias)"],
);
/** "I know how many I need now": the dose worked out, said after medicines kept back (C-SSRS preparatory behaviour). */
const HOW_MANY_NEEDED = lexicon(
  "how many are needed, worked out",
  ["(?:know|worked out|figured out|calculated|counted) (?:exactly )?how many (?:\\w+ )?(?:i|he|she) (?:need|would need|d need|will need)", "(?:know|knows|worked out|figured out|calculated|counted|looked up) (?:exactly )?how many (?:\\w+ ){0,4}(?:it (?:would|wud|woud|wuld|d|will) take|(?:it )?takes|(?:i|he|she) (?:need|would need|d need|will need))"],
  ["(?:se|se ya|calcule|calculo|conte|conto) cuant[oa]s (?:\\w+ )?(?:necesito|necesita|me hacen falta|le hacen falta)", "(?:se|calcule|calculo|busque|busco) cuant[oa]s (?:\\w+ ){0,3}(?:hacen falta|harian falta|se necesitan)"],
);
const MEDICINES_FOR_LATER = lexicon(
  "medicines kept for later, as advised",
  ["for (?:the )?(?:bad|worse|worst) (?:days?|nights?)", "for (?:a )?flare\\w*", "(?:cut|cutting|coming|weaning|tapering) (?:down|off)", "(?:doctor|gp|pharmacist|surgeon|nurse|physio) (?:said|told|advised|suggested)", "as (?:prescribed|advised|needed)"],
  ["para (?:los )?(?:dias|noches) (?:malos|malas|de dolor|peores)", "(?:el|la) (?:medic[oa]|doctor\\w*|farmaceutic[oa]|enfermer[oa]) (?:me |le )?(?:dijo|indico|recomendo)", "(?:bajar|bajando|dejando|dejar) (?:la dosis|de a poco|poco a poco)"],
);

/**
 * Self-harm told as an act on one's own body done on purpose (NICE NG225: self-harm is any act of
 * self-poisoning or self-injury, whatever the motive): a knee hit with a hammer, a scar scratched
 * open, a burn with a cigarette — "on purpose", "so it would hurt", "para sentir otra cosa".
 */
const HARM_TO_ONES_BODY = lexicon(
  "an act of harm on one's own body",
  ["(?:hit|hitting|punch\\w*|cut|cutting|burn\\w*|scratch\\w*|bang\\w*|smash\\w*|bash\\w*|slam\\w*|stab\\w*|bit|bite|biting|hurt|hurting|whack\\w*) (?:my|his|her) (?:\\w+ )?(?:arm|arms|wrist|wrists|leg|legs|knee|knees|hip|thigh|thighs|hand|hands|head|skin|scar|stomach|foot|ankle|shoulder)|(?:hit|hitting|punch\\w*|cut|cutting|burn\\w*|scratch\\w*|hurt|hurting|starv\\w*) (?:my|him|her)self"],
  ["(?:me|se) (?:\\w+ )?(?:golpe\\w*|pegu\\w*|pego|pega|corte|corto|corta|quem\\w*|rasc\\w*|rasqu\\w*|rasgu\\w*|lastim\\w*|hago dano|hice dano|hace dano|hizo dano|doy golpes|da golpes|di golpes|dio golpes|muerdo|muerde|mordi|mordio|mordia|arano|arana|arane|arano)"],
);
const ON_PURPOSE = lexicon(
  "on purpose, to hurt",
  ["(?<!\\b(?:not|wasnt|never|without) )(?:on purpose|deliberately|intentionally)", "so (?:it|that it|they|id|i would|itd) (?:would )?(?:hurt|bleed|have to)", "(?:wanted|want|needed) (?:it|to feel it) to hurt", "to feel (?:something|anything)(?! (?:in|on|at|when|during) )", "to punish (?:my|him|her)self", "to cope\\b", "with (?:a |my |the )?(?:lighter|cigarette|cig|razor|razor blade|blade|box cutter|compass|match|matches)\\b", "(?:till|until|til) (?:it|they|the skin) (?:bleeds?|bled|breaks?|broke)"],
  ["(?<!\\bno )(?:a proposito|adrede|aposta|queriendo)", "(?:queria|quiero|quise) que (?:me )?(?:doliera|duela|sangrara|sangre)", "para sentir (?:algo|otra cosa)", "para castigar(?:me|se)", "con (?:un |el |mi |una |la )?(?:encendedor|mechero|cigarro|cigarrillo|navaja|cuchilla|gillette|hoja de afeitar|cutter|cuter)\\b", "hasta (?:sangrar|que (?:me |le )?sangr\\w*|hacerme sangre|hacerse sangre|sacarme sangre)", "para (?:aguantar|sobrellevar|desahogar\\w*|calmar\\w*) (?:lo|la|el|mi|esto|todo)"],
);

/**
 * C-SSRS items 4–5 told as the calm after a decision (988 / AFSP: a sudden calm once the decision is
 * made, "don't worry about me anymore", an apology or "I just wanted someone to know").
 */
const A_DECISION_MADE = lexicon(
  "a decision made, nothing named",
  ["now that (?:ive|i have|its|it is|i)(?: (?:finally|really))? decided(?! (?:to|on|what|which|when|where|that|between))", "since i decided(?! (?:to|on|what|which|when))", "(?:made|make) up my mind(?! (?:to|on|about|what|which|when))", "(?:picked|chosen|chose|set) (?:a|the) (?:day|date|night)(?= *[.!,]| *$)", "(?:its|it is|everything is) (?:all )?decided(?= *[.!,]| *$)", "(?:ive|i have) decided(?= *[.!,]| *$)"],
  ["(?:desde que|ahora que|ya) lo (?:decidi|he decidido|tengo decidido)", "(?:lo )?tengo (?:ya )?decidido(?= *[.!,]| *$)", "ya (?:esta|lo tengo) decidido", "ya (?:elegi|escogi|tengo) (?:el|la) (?:dia|fecha|noche)(?= *[.!,]| *$)"],
);
/** "I just wanted someone to know": said after a decision or an act announced, a farewell. */
const SOMEONE_TO_KNOW = { en: "(?:just )?wanted (?:someone|somebody|you|anyone) to know", es: "(?:solo )?queria que alguien lo supiera" };
const CALM_FAREWELL = lexicon(
  "a calm farewell",
  ["(?:dont|do not|wont need to|no need to) worry about me", "(?:feel|feeling|felt|im|i am) (?:\\w+ )?(?:calm|peaceful|at peace|relieved)", "(?<=^|[.!,] *)sorry", SOMEONE_TO_KNOW.en, "love you all", "(?:goodbye|bye) (?:all|everyone|everybody|for good|forever)(?= *(?:$|[.!;]|\\n)| *[.!])"],
  ["adios(?: a todos| para siempre)?(?= *(?:$|[.!;]|\\n)| *[.!])", "no (?:se |te )?preocupe\\w* (?:mas )?por mi", "(?:me siento|estoy|siento|me quede) (?:\\w+ )?(?:en paz|tranquil[oa]|aliviad[oa]|calmad[oa])", "perdon(?:enme)?(?= *(?:$|[.!;]|\\n)| *[.!,])", "lo siento(?= *(?:$|[.!;]|\\n)| *[.!,])", SOMEONE_TO_KNOW.es, "los quiero (?:a todos|mucho)"],
);
const AN_ACT_ANNOUNCED = lexicon(
  "an act announced, nothing named",
  ["(?:im|i am) (?:going to|gonna) do it(?= *(?:$|[.!;]|\\n)| *[.!,]| (?:tonight|today|tomorrow)\\b)"],
  ["(?:voy a hacerlo|lo voy a hacer)(?= *(?:$|[.!;]|\\n)| *[.!,]| (?:esta noche|hoy|manana)\\b)"],
);
const WANTING_SOMEONE_TO_KNOW = lexicon("wanting someone to know", [SOMEONE_TO_KNOW.en], [SOMEONE_TO_KNOW.es]);

/** A will made for an operation, as the hospital asks, is paperwork. */
const BEFORE_AN_OPERATION = lexicon(
  "paperwork before an operation",
  ["before (?:the|my|his|her) (?:surgery|operation|op|procedure|replacement)", "pre ?op", "(?:hospital|surgeon|nurse|lawyer|solicitor) (?:asked|said|told|suggested)", "advance (?:directive|care)", "power of attorney"],
  ["antes de (?:la|mi|su) (?:operacion|cirugia|intervencion)", "notari\\w*", "(?:el hospital|el cirujano|la enfermera|el abogado) (?:me |le )?(?:pidio|dijo|recomendo)", "voluntades anticipadas", "poder notarial"],
);

/** Self-injury by cutting, told by the blade or the marks (NICE NG225 self-harm; AFSP warning signs): a razor on the arms, "carved into my thigh", "me rayé el brazo con una gillette". */
const CUTTING_ONES_SKIN = lexicon(
  "cutting one's own skin",
  [
    "(?:razor|razors|blade|blades|box cutter|stanley knife|scalpel|compass point)s? (?:\\w+ ){0,3}(?:on|to|into|across|along) (?:{P} )?(?:arm|arms|wrist|wrists|thigh|thighs|skin|legs?|stomach|tummy|belly|hips?)",
    "(?:slic\\w*|carv\\w*|gouge\\w*|gouging|scor(?:e|ed|ing)) (?:\\w+ ){0,2}(?:in|into|on|open|up)? ?(?:{P} )?(?:arm|arms|wrist|wrists|thigh|thighs|skin|legs?|stomach|hips?)",
    "cuts (?:\\w+ ){0,2}(?:on|all over|up and down|across) (?:{P} |\\w+s )?(?:arm|arms|wrist|wrists|thigh|thighs|legs)(?! from)",
    // Cutting as a way to cope, told by its habit or its reason: "sometimes I cut myself on the arm when the pain is too much".
    "(?:sometimes|often|still|again|keep|kept|started) (?:i |he |she )?(?:cut|cutting|cuts) (?:my|him|her)self",
    "(?:cut|cutting|cuts) (?:my|him|her)self (?:\\w+ ){0,4}(?:when|whenever|if|to) (?:the |it |i |he |she |things |everything |feel\\w* )",
    "(?:did|done|made|does|makes) (?:them|it|those|the cuts) (?:to )?(?:her|him|my|them)sel(?:f|ves)",
  ],
  [
    "(?:me|se|le) (?:(?:he|ha|han|has) )?(?:(?:vuelto|volvio|volvi|vuelve|vuelvo|vuelva) a )?(?:hice|hizo|hago|hace|hacer|hecho|haciendo) (?:unos |unas |varios |mas |otra vez |de nuevo )?(?:cortes|cortadas|rayas|heridas) (?:\\w+ ){0,3}(?:brazos?|munecas?|piernas?|muslos?|piel|panza|barriga)",
    "(?:me|se|le) (?:raye|rayo|raya|rayo|corte|corto|rajo|raje) (?:\\w+ ){0,2}(?:brazos?|munecas?|piernas?|muslos?|piel)",
    "(?:navaja|gillette|cuchilla|hoja de afeitar|cutter|cuter|exacto|tijeras?) (?:\\w+ ){0,3}(?:en|por|sobre|a) (?:\\w+ ){0,1}(?:brazos?|munecas?|piernas?|muslos?|piel)",
    "(?:brazos?|munecas?|piernas?|muslos?) (?:\\w+ ){0,2}(?:lleno|llena|llenos|llenas) de (?:cortes|rayas|cortadas)",
    "(?:hice|hizo|hago|hace) cutting",
  ],
);
/** Cuts that are accidents, care or surgery: shaving, the kitchen, the garden, the incision. */
const CUT_BY_ACCIDENT = lexicon(
  "a cut by accident or surgery",
  ["shav\\w*", "chopp\\w*", "cooking", "kitchen", "garden\\w*", "surg\\w*", "incision", "scar", "stitches", "paper", "rose ?bush", "thorns?", "fence", "the cat", "the dog", "glass", "surgeon", "op\\b", "operation", "hunting", "carving (?:the|a) (?:turkey|roast|pumpkin|wood)", "the doctor", "nurse"],
  ["afeit\\w*", "cocin\\w*", "jardin\\w*", "cirug\\w*", "operacion", "incision", "cicatriz", "puntos", "papel", "rosal", "espinas?", "gato", "perro", "vidrio", "cristal", "cirujano", "doctor\\w*", "enfermer\\w*"],
);

/** What the kept-back medicine is for, decided: "I know what I'm going to do with it", "son para cuando ya no pueda más". */
const USE_DECIDED = lexicon(
  "what the medicine is for, decided",
  ["(?:know|knows|decided) (?:exactly )?what (?:im|i am|hes|he is|shes|she is|i will|ill) (?:going to |gonna )?do with (?:it|them)", "(?:its|theyre|they are|it is) for when (?:i|he|she) (?:cant|cannot) (?:take|stand|do) (?:it|this) (?:any ?more|any longer)", "(?:to|so (?:that )?(?:i|he|she)(?: can| could)?) (?:not|never) wake up(?! (?:in pain|at night|sore|stiff|with|early))", "(?:to|so (?:that )?(?:i|he|she) can) (?:die|end it|sleep forever)"],
  ["(?:se|sabe|tengo claro|tiene claro) (?:que|lo que) (?:voy|va) a hacer con (?:ellas|ellos|eso)", "(?:son|es) para cuando ya no (?:pueda|aguante) mas", "para no (?:volver a )?despertar(?:me|se)?(?! (?:en la noche|de noche|por la noche|con dolor|a las|temprano|tan))", "para (?:morir(?:me)?|matarme|acabar con (?:todo|mi vida)|dormir(?:me)? para siempre|no despertar nunca)"],
);

/**
 * The same warning signs told in other words, found in later development sets (issue #11): relief "without me" with
 * another verb, a plan chosen, medicine saved for a purpose, letters that read like goodbyes, a blade again. Kept apart
 * from WARNING_SIGNS so that each is only tried where one of its first words is in the message.
 */
const WARNING_SIGNS_RETOLD = lexicon(
  "suicide warning signs told in other words",
  [
    "(?:theyd|hed|shed|wed|youd|would|woud|wuld|wud|wold|wound|will|d|could) (?:all )?(?:manage|cope|get by|get along|get on|carry on|move on|go on|do|survive|live) (?:\\w+ ){0,2}?(?:just )?(?:fine|ok|okay|better|great|perfectly well|well|happily|easier)(?: \\w+)? without (?:me|him|her)(?! (?:there|around) to| for (?:a|the|one|two|\\d))",
    "(?:tablets|pills|meds|painkillers) (?:\\w+ ){0,2}(?:put aside|saved up|set aside|stashed)(?: \\w+){0,3} (?:i|he|she) (?:know|knows) (?:exactly )?what (?:im|i am|hes|shes) (?:going to|gonna) do",
    "(?:using|used|take|took|taking) (?:a |the )?(?:razor|blade) (?:on|to) (?:my|his|her) (?:arms?|wrists?|thighs?|legs?|skin) to cope",
    "(?:worked out|figured out|calculated|looked up|know) (?:exactly )?how many (?:of )?(?:my |his |her |the )?(?:\\w+ )?(?:pills|tablets|meds|painkillers) (?:it )?(?:would|wud|woud|wuld|d|will) take",
    "(?:picked|chosen|chose|found) the (?:bridge|spot|place|cliff|building|tracks|train|rope|tree) and the (?:day|date|night|time)",
    "(?:thinking|thought|think) (?:\\w+ ){0,3}about (?:not waking up|never waking up|not being here|not being around|disappearing for good|ending (?:it|things|my life))",
    "(?:saving|saved|stockpil\\w*|hoard\\w*|putting aside|put aside|keeping back) (?:up )?(?:\\w+ ){0,2}(?:oxy\\w*|percocet\\w*|vicodin|norco\\w*|tramadol|morphine|sleeping pills|pills|tablets|meds|painkillers|opioids|codeine|gabapentin)(?: \\w+){0,5}[,.] (?:\\w+ )?(?:i|he|she) (?:know|knows) (?:exactly )?what (?:im|i am|hes|shes) (?:going to|gonna) do",
    "(?:letters?|notes?)(?:[ ,]+\\w+){0,8}?[ ,]+(?:read|reads|sound|sounds|look|looks) like (?:a )?goodbyes?",
    "(?:ill|i will|going to) have (?:everything|all my affairs|my affairs|it all) (?:in order|sorted)(?:[ ,]+\\w+){0,6}?[ ,]+(?:stop|wont need|no need for|cancel) (?:the )?(?:reminders|messages|texts)",
    "(?:will|wills) (?:has been|is|been|all) sorted(?:[ ,]+\\w+){0,8}?[ ,]+(?:dog|cat|pets?|bird)s? (?:has |have )?(?:been )?given (?:away|to)",
    "(?:sayin|saying) (?:cheerio|goodbye|bye|farewell) (?:tae|to) (?:ye|you) all",
    "(?:sorted|put|got) (?:\\w+ )?(?:my |all my )?affairs (?:\\w+ )?(?:in order|sorted)?(?: \\w+){0,3} (?:no|not|wont|will not|ill no) (?:be )?need(?:ing)? (?:the )?(?:exercises|reminders|messages)", "(?:whats|what is|wats) the point(?:[ ,.!]+\\w+){0,3}[ ,.!]+(?:goodbye|bye|farewell) (?:all|everyone|everybody|world|yall)", "burn(?:ed|t|ing|s)? (?:my|his|her) (?:\\w+ )?(?:arm|arms|wrist|wrists|leg|legs|skin|stump|hand|hands|thigh|thighs) with (?:a|the|my|his|her) (?:lighter|cigarette|cig|match|matches|iron|candle)", "hold (?:my|his|her) (?:hand|arm) over (?:the )?(?:stove|flame|fire|candle|hob)", "(?:punch\\w*|hit|hitting|hits|bang\\w*|smash\\w*|beat\\w*) (?:his|her|my) own (?:\\w+ )?(?:knee|leg|arm|head|stump|hip)", "scratch\\w* (?:my|his|her) (?:\\w+ )?(?:arms|thighs|legs|skin|wrists)(?: \\w+){0,3} (?:until|till|til|till) (?:they|it|i|he|she) (?:bled|bleed)", "press\\w* on (?:the )?(?:staples|stitches|scar|wound)(?: \\w+){0,5} (?:on purpose|to make it (?:worse|hurt))", "(?:not eating|havent eaten|stopped eating|starving (?:my|him|her)self)(?: \\w+){0,3} (?:on purpose|deliberately|because (?:i|he|she) (?:dont|doesnt) deserve)", "(?:go|drive|drove|driving|jump\\w*|step\\w*|fall\\w*) (?:\\w+ ){0,3}(?:over the side|off the (?:bridge|roof|balcony|edge|cliff|platform)|into the (?:lake|river|sea|canal|harbour)|in front of (?:a|the) (?:train|bus|truck|lorry|car))", "(?:stood|standing|stand|waited|waiting|wait) (?:\\w+ ){0,4}(?:at the (?:railing|railings|edge)|(?:at )?the edge of the platform|for (?:a|the) (?:train|express)|(?:at|on) the top of the (?:multi.?storey|car park|building|roof|cliff|stairwell))", "(?:a|one|two|a whole) (?:months?|weeks?) (?:worth )?of (?:morphine|oxy\\w*|pills|tablets|meds|painkillers|tramadol) saved(?: up)?", "(?:looking|searching|looked|asked) (?:\\w+ ){0,2}for the (?:gun|gun cabinet|rifle|shotgun) (?:key|cabinet)", "(?:ive |i have )?got (?:the )?rope (?:in|ready)", "(?:in|found me in) the garage with the (?:car|engine) running", "(?:stop|stopped|stopping|quit) taking (?:my )?(?:insulin|blood thinners?|anticoagulants?|heart (?:meds|pills))(?:[ ,.?]+\\w+){0,5}[ ,.?]+(?:no more|over|end)", "how long (?:it takes|does it take) to drown", "make it look like an accident", "how easy it would be to (?:just )?(?:go|drive|jump|step|end|let go)", "(?:couldnt|could not) go through with it", "(?:life )?insurance (?:\\w+ ){0,6}(?:than (?:out of )?(?:him|her|me)|pays out (?:after|if)|payout (?:after|if))", "if (?:i|he|she) (?:was|were) gone (?:\\w+ ){0,6}(?:could|would|be free|be better|be happier)", "(?:theyd|they would|she would|he would|shed|hed|we would|wed) (?:\\w+ ){0,2}(?:be free|have a better life|be better off|be happier) (?:\\w+ ){0,3}(?:if (?:i|he|she) (?:was|were) gone|without (?:me|him|her))", "(?:wont|will not) be (?:around|here) for (?:the|my|\\w+s) next (?:appointment|session|visit|class)", "last time ever", "(?:ive |i have )?made (?:up )?my (?:mind|decision)(?! (?:to|on|about|what|which|when|between))", "(?:feel|feeling|felt) (?:\\w+ ){0,2}(?:at peace|so light|calm now)(?:[ ,.!]+\\w+){0,6}[ ,.!]+(?:i know what|everything s sorted|everythings sorted|decided|decision|wont need|wont be needing)", "(?:leave|leaving|left|write|wrote|writing) (?:a )?(?:note|letter|letters) (?:\\w+ ){0,3}(?:explaining everything|she deserves to know|he deserves to know)", "(?:made|making|make|wrote|writing) a list of who gets what", "(?:look after|take care of|mind|feed) (?:the|my|his|her) (?:cat|dog|kids|children|pets?|fish) (?:\\w+ ){0,2}in case (?:anything|something) happens", "checking out soon", "(?:you|youve been|you were|yall were|ye were|you ve been) the only (?:one|ones) (?:who|that) (?:texts|text|writes|cares|talks|messages)", "(?:would|will) anyone (?:really )?blame me if (?:i|he|she) (?:just )?(?:ended|end|went|gave up on (?:life|everything)|died|wasnt here|stopped (?:everything|living|eating|taking))", "is it (?:selfish|wrong|bad) to want (?:it all|everything) to (?:stop|end)", "(?:would it|is it) (?:be )?so bad if (?:i|he|she) (?:just )?(?:stopped|went|ended|didnt wake|wasnt here)", "(?:tell\\w*|says?|saying|said) (?:me|us|everyone|the kids|people)? ?(?:\\w+ ){0,2}(?:id|youd|wed|theyd|we would|you would|they would|i would) (?:all )?be (?:fine|ok|okay|better|better off|happier) without (?:me|him|her)", "(?:a |just a )?(?:weight|millstone|dead weight|burden) (?:round|around|on|hanging round) (?:my|our|your|their|his|her|\\w+s)(?: \\w+s)? necks?"],
  [
    "(?:esta noche|hoy|manana|pronto) se (?:acaba|termina) todo",
    "(?:ya )?(?:se|sabe) (?:como|cuando) (?:y (?:como|cuando|donde) )?(?:lo voy a hacer|lo va a hacer)(?:[, ]+no se preocupen)?",
    "(?:tengo|tiene) un plan para (?:acabar|terminar) con (?:esto|todo|mi vida|su vida)",
    "(?:me|le|nos) (?:mando|envio|escribio|dejo) (?:un |una )?(?:mensajes?|carta|nota|audio) (?:\\w+ ){0,2}despidiendose(?: \\w+){0,4} no (?:contesta|responde|coge|atiende)",
    "(?:he |hemos |ha )?encontrado (?:\\w+ ){0,2}cortes en (?:los|las|sus|mis) (?:brazos|munecas|piernas|muslos)",
    "mejor no (?:estar|existir|seguir aqui|vivir)(?= *(?:$|[.!;]|\\n)| *[.!,])",
    "(?:estariamos|estarian|estaria|estarias) mejor sin (?:mi|el|ella)(?! (?:un rato|unos dias|el fin|esta semana|hoy|por un))",
    "ya (?:he|ha) vivido (?:bastante|suficiente|demasiado)",
    "se las arreglarian (?:\\w+ ){0,2}si (?:yo )?(?:ya )?no (?:estuviera|existiera|estuviese)",
    "(?:pastillas|pildoras|calmantes|medicinas) (?:que )?(?:\\w+ ){0,3}(?:guardando|guardado|juntando|juntado) (?:\\w+ ){0,3}(?:para cuando|por si) ya no (?:pueda|aguante) mas",
    "es una despedida",
    "no me busquen",
    "no (?:pienso|voy a|creo) estar aqui (?:mucho (?:tiempo|mas)|por mucho)",
    "(?:he vuelto|volvi|vuelvo) a lo de antes con la (?:cuchilla|navaja|gillette|hoja)",
    "ya no me remango (?:delante de|frente a) nadie", "carta (?:de )?despid\\w*", "(?:dejo|dejó|escribio) (?:una )?carta despidiendose", "(?:se|me) (?:quita|quito|quite|quitara|quiere quitar|va a quitar|voy a quitar) la vida", "ya no (?:puedo|aguanto) mas (?:\\w+ )?pills", "(?:me|se|le) (?:quemo|queme|quema|quemé) (?:el|la|los|las|mi|su|sus|mis) (?:\\w+ ){0,1}(?:brazos?|munon|piel|manos?|piernas?|muslos?) con (?:el|un|la|una) (?:cigarro|cigarrillo|encendedor|mechero|plancha|vela)", "se da punetazos en (?:la|su|el) (?:rodilla|pierna|brazo|cabeza)", "(?:me|se) (?:pego|pega|doy|da) (?:\\w+ ){0,3}(?:en|a) (?:la|el|su|mi) (?:pierna|rodilla|brazo|cabeza) (?:\\w+ ){0,1}(?:mala )?con el puno", "(?:me|se) (?:rasguno|rasguna|rasco|rasca) (?:los|las) (?:brazos|piernas|muslos) hasta (?:sacarme|sacarse) sangre", "(?:me|se) (?:aprieto|aprieta) (?:los|las) (?:puntos|grapas) (?:\\w+ ){0,4}(?:pa|para) que duela", "sin comer a proposito", "se hace dano en (?:los|sus) brazos", "(?:le vi|tiene|encontre|le encontre|le encontramos|encontramos) (?:(?:las|los|unas|unos|varios|muchos) )?(?:cortadas|cortes|cortaduras) (?:en (?:los|las|sus) (?:brazos|munecas|piernas|muslos))?", "se corta desde", "(?:meterme|tirarme|lanzarme|aventarme|echarme|estrellarme) (?:contra|debajo de|al|del|por el|bajo|a) (?:un |el |la )?(?:camion|tren|metro|puente|balcon|viaducto|azotea|rio|barranco|coche|carro)", "barandilla mirando (?:abajo|pa abajo|para abajo)", "(?:balcon|azotea|terraza) (?:\\w+ ){0,8}(?:mirando (?:pa|para) abajo|un buen rato)", "(?:un buen rato|mucho rato|largo rato|un rato largo) (?:\\w+ ){0,3}en la (?:azotea|terraza|barandilla|cornisa)", "(?:esperando|espere|esperar) el tren(?:[ ,.]+\\w+){0,4}[ ,.]+no (?:he sido|fui) capaz", "(?:la pistola|el arma|la escopeta) (?:\\w+ ){0,8}(?:pienso en usarla|y pienso)", "en el garaje con el (?:carro|coche|auto|motor) (?:prendido|encendido)", "(?:morfina|pastillas|calmantes|tramadol) (?:\\w+ ){0,2}(?:guardada|guardadas|guardados) (?:\\w+ ){0,2}(?:de un mes|de meses|entera)", "tengo guardada la (?:morfina|medicacion) de un mes", "(?:tomando|tomo|tome) pastillas para dormir de mas", "a ver si (?:una noche )?no me despierto", "cuanto tarda uno en ahogarse", "parezca un accidente", "dejar de tomar el (?:anticoagulante|insulina)(?:[ ,.?]+\\w+){0,4}[ ,.?]+se acaba todo", "cuantas pastillas (?:\\w+ ){0,3}hacen falta para no despertar", "seguro (?:de vida )?(?:\\w+ ){0,4}(?:mejor que (?:el|ella|yo)|estaran mejor|estarian mejor|paga si pasan)", "(?:con el )?dinero del seguro (?:\\w+ ){0,2}(?:estaran|estarian|vivirian) mejor", "si (?:yo )?desapareciera (?:\\w+ ){0,4}(?:favor|mejor)", "no (?:nos |les )?(?:va|voy) a dar mas problemas", "no (?:voy a llegar|llego|voy a estar) (?:a|para) la proxima (?:cita|sesion|consulta)", "(?:es )?la ultima vez(?: igual)?(?:[ ,.!]+\\w+){0,3}[ ,.!]+no voy a estar", "me voy para siempre", "ya (?:lo )?tengo todo decidido", "me siento (?:\\w+ ){0,2}(?:en paz|liviana|liviano)(?:[ ,.!]+\\w+){0,6}[ ,.!]+(?:ya se lo que voy a hacer|deje todo ordenado|ya esta todo|no voy a necesitar)", "(?:le )?deje las contrasenas", "(?:escribi|deje) una carta para (?:mis|sus) hijos", "una lista de quien se queda con que", "(?:ya )?regal(?:o|e) (?:al|a mi|a su|a la) (?:perro|perra|gato|gata)", "(?:se|me) va a despedir", "(?:ustedes|usted) (?:eran|era) (?:los|el|la) unic[oa]s? que me (?:escribian|escribia|hablaban)", "termino con todo", "(?:seria|sera) tan malo si me (?:voy|fuera|muero)", "(?:esta|es) mal desear no (?:despertarme|despertar)", "(?:es egoista|esta mal) querer que todo se acabe"
  ],
);

/**
 * Warning signs that begin with a number or a common word ("60 oxys saved up", "took 20 of my pills", "won't be a
 * problem for anyone", "wanna unalive"): kept apart from WARNING_SIGNS, which is only run where its first words are.
 */
const WARNING_SIGNS_COMMON_STARTS = lexicon(
  "warning signs that begin with a number or a common word",
  [
    "(?:wanna|want to|gonna|going to|thinking (?:about|of)|think about|about to) (?:just )?kill(?= *(?:$|[.!;]|\\n)| *[,.!]| ngl| fr| tbh| lol| honestly| right now)",
    "(?:took|taken|swallowed|downed) (?:like )?(?:[1-9]\\d|twenty|thirty|forty|fifty) (?:of )?(?:my |his |her |the )?(?:\\w+ )?(?:pills|tablets|meds|capsules|painkillers|sleeping pills)",
    "(?:\\d+|a lot of|lots of|loads of|all (?:my|his|her)) (?:\\w+ )?(?:oxys?|oxycodone|percs?|percocets?|pills|tablets|tabs|painkillers|sleeping pills|opioids|xanax|valium) (?:\\w+ )?(?:saved|stashed|hidden|stored|put away|squirreled away|hoarded)(?: up)?",
    "(?:wont|will not|wont be|will no longer|no longer) (?:be )?(?:a )?(?:problem|burden|bother|trouble|nuisance) (?:for|to) (?:anyone|anybody|you|my family|them|you all|no one)",
  ],
  [
    "(?:me tome|se tomo|me trague|se trago|tome|tomo) (?:como )?(?:[1-9]\\d|veinte|treinta|cuarenta|cincuenta) (?:de )?(?:mis |sus |las )?(?:\\w+ )?(?:pastillas|pildoras|tabletas|calmantes|capsulas)",
    "(?:\\d+|muchas|todas (?:las|mis)|un monton de) (?:pastillas|pildoras|calmantes|medicamentos|tabletas) (?:guardad|juntad|escondid|ahorrad)[oa]s",
  ],
);

/**
 * Looking up a way to die (988 / AFSP warning sign: searching online for a way to kill oneself): a search
 * told beside how many tablets it takes. A dose looked up for the pain, or per day, is a medication question.
 */
const LOOKED_UP = lexicon(
  "looked up or searched",
  ["look\\w* (?:\\w+ ){0,2}up", "googl\\w*", "search\\w*", "research\\w*", "read\\w* up on", "(?:online|on the internet|on google)"],
  ["(?:mirando|mire|miro|busque|busco|buscando|buscado|investigando|investigue|googlee|googleando|leyendo|lei) (?:\\w+ ){0,2}(?:en )?(?:internet|google|la red|el celular|el movil)", "(?:busque|buscando|investigue|investigando|googlee|googleando)"],
);
const HOW_MANY_IT_TAKES = lexicon(
  "how many tablets it takes",
  ["how many (?:\\w+ ){0,2}(?:pills|tablets|meds|painkillers|sleeping pills) (?:\\w+ ){0,3}(?:it takes|it would take|would take|are needed|youd need|you would need|are too many|is too many)(?![^.!?]{0,30}\\b(?:a day|per day|for the pain|to work|to kick in)\\b)"],
  ["cuant[oa]s (?:\\w+ ){0,2}(?:pastillas|pildoras|tabletas|calmantes|medicinas|pastis) (?:\\w+ ){0,3}(?:hacen falta|harian falta|se necesitan|serian demasiadas|son demasiadas)(?![^.!?]{0,30}\\b(?:al dia|por dia|para el dolor|para que hagan efecto)\\b)"],
);

/**
 * Preparing to die (AFSP warning signs): a will made or affairs put in order, belongings or pets given
 * away, letters to the family. Any two of them, or one with a farewell (thanks for everything, the
 * messages not needed any more, a calm goodbye), is about dying, not paperwork before an operation or
 * a walker handed on.
 */
/** A headstone or a coffin beside a farewell: "won't need these much longer 🪦👋 thanks for everything". */
const DEATH_EMOJI = lexicon("a headstone or a coffin", ["🪦", "⚰"], ["🪦", "⚰"]);
const PREPARATIONS = [MAKING_A_WILL, GIVING_AWAY, LETTERS_TO_FAMILY];
const FAREWELLS = [A_LAST_THANKS, WONT_NEED, CALM_FAREWELL];
const PREPARING_TO_DIE: ConceptRule[] = PREPARATIONS.flatMap((preparation, i) =>
  [...PREPARATIONS.slice(i + 1), ...FAREWELLS].map((other) => ({
    id: "self-harm",
    syndrome: "self-harm",
    level: "emergency",
    effect: "mood",
    description: `Preparing to die: ${preparation.name}, with ${other.name}.`,
    message: [preparation, other],
    unless: [BEFORE_AN_OPERATION, WALKING_AIDS_AND_KIT, MOVING_OR_CLEARING_OUT],
  })),
);
const DEATH_EMOJI_WITH_A_FAREWELL: ConceptRule[] = [...FAREWELLS, FINAL_GOODBYE].map((farewell) => ({
  id: "self-harm",
  syndrome: "self-harm",
  level: "emergency",
  effect: "mood",
  description: `A headstone or a coffin with ${farewell.name}.`,
  message: [DEATH_EMOJI, farewell],
}));

/**
 * A farewell told in its parts (AFSP / 988 warning signs: saying goodbye, making peace, letters left, affairs in
 * order): no one part is enough — "thank you for trying" closes a discharge too — but two kinds together are a farewell.
 */
const A_CLOSING_THANKS = lexicon(
  "a closing thanks or a last word for someone",
  [
    "(?:thank you|thanks|thank u|ty) (?:so much )?for (?:trying|everything|all (?:your|the) help|all (?:you did|you have done|youve done)|being so (?:patient|kind)|your patience)",
    "tell (?:\\w+ ){1,2}(?:(?:she|he) (?:was|is|has been)|i (?:love|loved|am sorry|m sorry)|im sorry|thank you|thanks|goodbye|bye)",
    "(?:you were|youve been|you have been) (?:the best|so (?:good|kind) to me)", "(?<=^\\W*)(?:goodbye|good bye|farewell)\\b", "(?:goodbye|good bye|farewell)(?= *[.!]* *$)",
  ],
  [
    "gracias por (?:intentarlo|todo|toda (?:su|tu) ayuda|su paciencia|tu paciencia|tanta paciencia)",
    "(?:digale|dile|diganle|digan|dígale) a (?:\\w+ ){1,2}que (?:(?:fue|es|era|ha sido) (?:la mejor|el mejor|muy buen[oa]|un angel)|(?:la|lo|los|las) (?:quiero|quise|quería|queria)|lo siento|gracias|adios)",
    "(?:usted|tu) (?:fue|fuiste|ha sido|has sido) (?:la mejor|el mejor|muy buen[oa] conmigo)", "(?<=^\\W*)adios\\b", "adios(?= *[.!]* *$)",
  ],
);
const PEACE_MADE = lexicon(
  "peace made, or done with everything",
  [
    "(?:made|making|make) (?:my )?peace(?= *(?:$|[.!;,]|\\n)| now| with (?:it|it all|everything|god|the lord|my decision|dying|death|this|that|life|the end)\\b)", "(?:im|i am|i feel|feeling|i m) (?:\\w+ )?at peace(?= *(?:$|[.!;,]|\\n)| now| with (?:it|it all|everything|god|the lord|my decision|dying|death|this|that|life|the end)\\b)",
    "(?:im|i am|i m) (?:so |just |really )?done with (?:all (?:of )?(?:this|it)|it all|everything|life|living|this life)(?= *(?:$|[.!;,]|\\n))", "(?:im|i am|i m) ready to go(?= *(?:$|[.!;,]|\\n)| now)", "(?:tired|sick|weary) of (?:running )?(?:this|the) (?:race|fight|battle|struggle)(?! (?:with|against|over|for|about|at|to)\\b)", "(?:tired|sick|weary) of (?:fighting|struggling|trying)(?= *(?:$|[.!;,]|\\n))", "(?:closing|closed|close) the (?:books|book|accounts|chapter|shop) on (?:everything|it all|my life|life|all of it)", "(?:its|it is) (?:my )?time (?:for me )?to go(?= *(?:$|[.!;,]|\\n))",
  ],
  [
    "(?:hice|he hecho|hago|haciendo) (?:las )?pa[cs]es(?= *(?:$|[.!;,]|\\n)| con (?:todo|dios|la vida|la muerte|mi decision)\\b)", "(?:estoy|me siento|me quede|quede) (?:\\w+ )?en paz(?= *(?:$|[.!;,]|\\n)| con (?:todo|dios|la vida|la muerte|mi decision)\\b)",
    "(?:ya )?(?:me canse|estoy cansad[oa]|estoy hart[oa]) de (?:todo esto|todo|vivir|la vida|luchar|pelear|remar|seguir)(?= *(?:$|[.!;,]|\\n))", "(?:ya )?estoy list[oa] para (?:irme|partir)(?= *(?:$|[.!;,]|\\n))", "(?:cerrando|cerre|cierro|cerrar) (?:el libro|los libros|las cuentas|el capitulo|el changarro) (?:de|con|a) (?:todo|mi vida|la vida)", "(?:ya )?(?:es|llego) (?:mi )?hora de (?:irme|partir)(?= *(?:$|[.!;,]|\\n))",
  ],
);
const LEFT_FOR_AFTER = lexicon(
  "a letter left, or word that others will bring",
  [
    "(?:left|wrote|written|writing|leaving) (?:her|him|them|my \\w+|each of them|everyone|a|some) (?:\\w+ )?(?:letters?|notes?)(?! (?:about|for (?:the|my|her|his) (?:birthday|school|teacher|trip|vacation|holiday|doctor)))",
    "(?:youll|you will|you ll|you might|you may) (?:probably |likely |soon )?(?:hear|get a call) from (?:my|his|her) (?:daughter|son|wife|husband|family|kids|children|sister|brother|partner)(?! (?:to|about|re|regarding|tomorrow|next|on|when))",
    "(?:my|his|her) (?:affairs|papers|things) (?:are|is) (?:all )?(?:in order|sorted|taken care of)",
    "(?:letters?|notes?|cards?) (?:\\w+ )?(?:written|left|done|wrote) (?:to|for) (?:the|my|each of (?:the|my)|all (?:the|my)|everyone)\\b", "(?:my |the )?(?:will|affairs|papers|paperwork|finances|accounts) (?:\\w+ )?(?:all )?(?:sorted|in order|signed|updated|handed over|taken care of)(?= *(?:$|[.!;,]|\\n))",
  ],
  [
    "(?:le|les) (?:deje|escribi|dejo|he dejado|he escrito) (?:una |unas |un )?(?:carta|cartas|nota|notas|mensaje)", "(?:deje|escribi|he dejado|he escrito) (?:una |unas )?(?:carta|cartas|nota|notas) (?:a|para) (?:mi|mis) \\w+",
    "(?:va|van) a (?:saber|tener noticias|recibir (?:una )?llamada) de (?:mi|mis) (?:hij[oa]s?|espos[oa]|familia|herman[oa]s?|marido|mujer)(?! (?:para|sobre|manana|el))",
    "(?:deje|tengo|dejo) (?:todo|mis cosas|mis papeles|mis asuntos) (?:en orden|arreglad[oa]s?|ordenad[oa]s?)",
    "(?:cartas?|notas?) (?:\\w+ )?(?:escritas?|dejadas?) (?:a|para) (?:mis|los|las|cada uno de (?:mis|los)) \\w+", "(?:el )?(?:testamento|papeles|cuentas|asuntos) (?:\\w+ )?(?:listos?|listas?|hechos?|firmados?|en orden|arreglad[oa]s?|entregad[oa]s?)(?= *(?:$|[.!;,]|\\n))",
  ],
);

export const SELF_HARM_RULES: readonly ConceptRule[] = [
  ...PREPARING_TO_DIE,
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "A farewell in two of its parts: a closing thanks or last word for someone, peace made or done with everything, a letter left or word others will bring.", message: [A_CLOSING_THANKS, PEACE_MADE], unless: [SEE_YOU_AGAIN] },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "A farewell in two of its parts (a closing thanks with a letter left).", message: [A_CLOSING_THANKS, LEFT_FOR_AFTER], unless: [SEE_YOU_AGAIN] },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "A farewell in two of its parts (peace made with a letter left).", message: [PEACE_MADE, LEFT_FOR_AFTER], unless: [SEE_YOU_AGAIN] },
  ...DEATH_EMOJI_WITH_A_FAREWELL,
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "Looked up how many tablets it takes (searching for a way to die); not a dose for the pain.", message: [LOOKED_UP, HOW_MANY_IT_TAKES], denialDoesNotCancel: true },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "Warning signs said obliquely: tired of being alive, imagining one's own funeral, the whole bottle, not being around much longer, keeping medicine back.", sentence: [SAID_OBLIQUELY], denialDoesNotCancel: true },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "A self not worth keeping, with others deserving better or relieved (perceived burdensomeness).", message: [SELF_NOT_WORTH, OTHERS_BETTER] },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "Suicide or self-harm, direct or indirect (burden, better off without me, goodbyes, affairs in order, saving pills).", sentence: [WARNING_SIGNS], denialDoesNotCancel: true },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "Tablets counted and taken or saved up, soon no longer a burden, or suicide in slang.", sentence: [WARNING_SIGNS_COMMON_STARTS], denialDoesNotCancel: true },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "Worn out by everything, nothing named: tired of everything, cant take it anymore, ya no aguanto más.", sentence: [WORN_OUT_BY_EVERYTHING], denialDoesNotCancel: true },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "A will made or everything left in order, with things or pets given away, letters or goodbyes (preparing to die).", message: [MAKING_A_WILL, PARTING_WITH] },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "The means at hand and the time or way chosen (C-SSRS items 4–5: intent with a plan); not a dose schedule.", message: [MEANS_AT_HAND, TIME_OR_WAY_CHOSEN], unless: [A_DOSE_SCHEDULE] },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "Preparations for dying as others see them: prized things shared out, papers left for when they are needed, a letter for each grandchild, soon no one will have to worry about them, will not see the children grow up.", sentence: [PREPARATIONS_SEEN], unless: [MOVING_OR_CLEARING_OUT], denialDoesNotCancel: true },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "Medicines put away instead of taken, a pile growing (stockpiling); not kept for a bad night or as advised.", sentence: [MEDICINES_PUT_AWAY, NOT_TAKEN], unless: [MEDICINES_FOR_LATER], denialDoesNotCancel: true },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "Medicines kept back and how many are needed worked out (preparing an overdose).", message: [MEDICINES_PUT_AWAY, HOW_MANY_NEEDED], unless: [MEDICINES_FOR_LATER] },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "A goodbye said as a last one: thank you for everything and goodbye, I wont be around, wanting out of life.", sentence: [FINAL_GOODBYE], unless: [SEE_YOU_AGAIN] },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "An act of harm on one's own body done on purpose or to feel the hurt (self-injury).", sentence: [HARM_TO_ONES_BODY, ON_PURPOSE], denialDoesNotCancel: true },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "A decision made and nothing named, with a calm farewell: don't worry about me anymore, sorry, I just wanted someone to know (C-SSRS intent).", message: [A_DECISION_MADE, CALM_FAREWELL] },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "An act announced with nothing named, and wanting someone to know: I'm going to do it, I just wanted someone to know (C-SSRS intent).", message: [AN_ACT_ANNOUNCED, WANTING_SOMEONE_TO_KNOW] },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "Cutting one's own skin: a blade on the arms or thighs, carving, cuts done to oneself (self-injury).", sentence: [CUTTING_ONES_SKIN], unless: [CUT_BY_ACCIDENT], denialDoesNotCancel: true },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "Medicine kept back, and what it is for decided (C-SSRS: preparation with a plan).", message: [MEDICINES_PUT_AWAY, USE_DECIDED], unless: [MEDICINES_FOR_LATER] },
  { id: "self-harm", syndrome: "self-harm", level: "emergency", effect: "mood", description: "Suicide or self-harm warning signs told in other words (relief without me, a plan chosen, medicine saved for a purpose, goodbyes), which may run across two sentences.", message: [WARNING_SIGNS_RETOLD], denialDoesNotCancel: true },
];
