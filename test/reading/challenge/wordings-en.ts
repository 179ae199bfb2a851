import type { Wording } from "./wording.js";

/**
 * How people say it, in English. Written from how patients and families talk (first person, and
 * third person with {he}/{his}/{him}), independently of the reader's lexicons, so the challenge
 * corpus tests language the rules were not fitted to.
 */
export const WORDINGS_EN: readonly Wording[] = [
  // stroke
  { syndrome: "stroke", level: "emergency", first: "one side of my face has gone droopy", third: "one side of {his} face has gone droopy" },
  { syndrome: "stroke", level: "emergency", first: "my smile looks lopsided in the mirror", third: "{his} smile is all lopsided" },
  { syndrome: "stroke", level: "emergency", first: "my words are coming out slurred", third: "{his} speech is slurred" },
  { syndrome: "stroke", level: "emergency", first: "I cant get my words out properly", third: "{he} cant get {his} words out" },
  { syndrome: "stroke", level: "emergency", first: "my left arm and leg suddenly went weak", third: "{his} right arm and leg suddenly went weak" },
  { syndrome: "stroke", level: "emergency", first: "the right side of my body feels numb all of a sudden", third: "the left side of {his} body went numb" },
  { syndrome: "stroke", level: "emergency", first: "I lost the vision in one eye for a minute", third: "{he} lost the vision in one eye for a minute" },
  { syndrome: "stroke", level: "emergency", first: "I suddenly got really confused and didnt know where I was", third: "{he} is suddenly confused and doesnt know where {he} is" },
  { syndrome: "stroke", level: "emergency", first: "half my face is numb", third: "half of {his} face is numb" },
  { syndrome: "stroke", level: "emergency", first: "I'm seeing double since this morning", third: "{he} says {he} is seeing double" },
  // acute coronary syndrome
  { syndrome: "acs", level: "emergency", first: "feels like an elephant is sitting on my chest", third: "{he} says it feels like an elephant sitting on {his} chest" },
  { syndrome: "acs", level: "emergency", first: "there's a heavy pressure in my chest", third: "{he} has a heavy pressure in {his} chest" },
  { syndrome: "acs", level: "emergency", first: "my chest feels tight like a band around it", third: "{his} chest feels tight like a band" },
  { syndrome: "acs", level: "emergency", first: "an ache in my chest is spreading to my jaw", third: "{he} has an ache in {his} chest spreading to {his} jaw" },
  { syndrome: "acs", level: "emergency", first: "pain going down my left arm and I'm all sweaty", third: "pain going down {his} left arm and {he} is all sweaty" },
  { syndrome: "acs", level: "emergency", first: "squeezing feeling in my chest and I feel sick", third: "{he} has a squeezing feeling in {his} chest" },
  { syndrome: "acs", level: "emergency", first: "my chest is crushing and I'm sweating buckets", third: "{his} chest hurts and {he} is sweating buckets" },
  // breathing
  { syndrome: "breathing", level: "emergency", first: "I can't catch my breath even sitting down", third: "{he} can't catch {his} breath even sitting" },
  { syndrome: "breathing", level: "emergency", first: "I'm really short of breath and wheezing", third: "{he} is short of breath and wheezing" },
  { syndrome: "breathing", level: "emergency", first: "struggling to breathe right now", third: "{he} is struggling to breathe" },
  // PE / DVT
  { syndrome: "pe-dvt", level: "emergency", first: "my calf is swollen and now I'm breathless", third: "{his} calf is swollen and {he} is breathless" },
  { syndrome: "pe-dvt", level: "emergency", first: "I coughed up some blood this morning", third: "{he} coughed up blood this morning" },
  { syndrome: "pe-dvt", level: "emergency", first: "there's blood when I cough and my leg is puffy", third: "there's blood when {he} coughs" },
  { syndrome: "pe-dvt", level: "urgent", first: "my calf is hot and swollen", third: "{his} calf is hot and swollen" },
  { syndrome: "pe-dvt", level: "urgent", first: "my leg is swollen red and hot", third: "{his} leg is swollen, red and hot" },
  { syndrome: "pe-dvt", level: "urgent", first: "the back of my lower leg is tender and puffy", third: "the back of {his} lower leg is tender and puffy" },
  // cauda equina
  { syndrome: "cauda-equina", level: "emergency", first: "I wet myself and didn't even feel it, back is killing me", third: "{he} wet {him}self without feeling it and {his} back is bad" },
  { syndrome: "cauda-equina", level: "emergency", first: "I haven't been able to pee since last night", third: "{he} hasn't been able to pee since last night" },
  { syndrome: "cauda-equina", level: "emergency", first: "it's numb down there when I wipe", third: "{he} says it's numb down there" },
  { syndrome: "cauda-equina", level: "emergency", first: "my back is bad and I had a bowel accident", third: "{his} back is bad and {he} had a bowel accident" },
  { syndrome: "cauda-equina", level: "emergency", first: "my groin and inner thighs went numb", third: "{his} groin and inner thighs are numb" },
  { syndrome: "cauda-equina", level: "emergency", first: "back pain and both legs are weak now", third: "{his} back hurts and both legs are weak" },
  // anaphylaxis
  { syndrome: "anaphylaxis", level: "emergency", first: "my lips and tongue are swelling up", third: "{his} lips and tongue are swelling" },
  { syndrome: "anaphylaxis", level: "emergency", first: "my throat feels like it's closing", third: "{his} throat is closing up" },
  { syndrome: "anaphylaxis", level: "emergency", first: "I broke out in hives and my throat is tight", third: "{he} has hives and a tight throat" },
  // sepsis
  { syndrome: "sepsis", level: "emergency", first: "the wound is hot and weeping and I've got a high fever and shakes", third: "{his} wound is weeping and {he} has a high fever and is shaking" },
  { syndrome: "sepsis", level: "emergency", first: "I have a fever and I'm shaking uncontrollably", third: "{he} has a fever and is shaking uncontrollably" },
  { syndrome: "sepsis", level: "emergency", first: "incision is red, I have a temp of 39 and feel muddled", third: "{his} incision is red and {he} has a fever and seems confused" },
  // wound infection
  { syndrome: "wound-infection", level: "urgent", first: "my scar is red and weeping and I have a temperature", third: "{his} scar is red and weeping" },
  { syndrome: "wound-infection", level: "urgent", first: "redness is spreading around the incision", third: "redness is spreading around {his} incision" },
  { syndrome: "wound-infection", level: "urgent", first: "there's yellow stuff oozing from my stitches", third: "there's yellow stuff oozing from {his} stitches" },
  { syndrome: "wound-infection", level: "urgent", first: "I've got a fever since the operation", third: "{he} has a fever since the operation" },
  // injury
  { syndrome: "injury", level: "urgent", first: "heard a snap in my ankle and the pain is awful", third: "{he} heard a snap in {his} ankle and is in terrible pain" },
  { syndrome: "injury", level: "urgent", first: "something cracked in my wrist and I can't move it without pain", third: "something cracked in {his} wrist" },
  { syndrome: "injury", level: "urgent", first: "felt a pop behind my heel like someone kicked me", third: "{he} felt a pop behind {his} heel like a kick" },
  { syndrome: "injury", level: "urgent", first: "I think I broke my toe", third: "I think {he} broke {his} wrist" },
  { syndrome: "injury", level: "emergency", first: "my hip came out and my leg looks shorter", third: "{his} hip came out and {his} leg looks shorter" },
  { syndrome: "injury", level: "emergency", first: "my knee is bent the wrong way", third: "{his} knee looks deformed" },
  // syncope
  { syndrome: "syncope", level: "emergency", first: "I blacked out in the middle of the exercises", third: "{he} blacked out halfway through the exercises" },
  { syndrome: "syncope", level: "emergency", first: "I passed out for a few seconds", third: "{he} passed out for a few seconds" },
  { syndrome: "syncope", level: "emergency", first: "I fainted in the kitchen", third: "{he} fainted in the kitchen" },
  // falls
  { syndrome: "falls", level: "emergency", first: "I fell and I'm on the floor and can't get up", third: "{he} fell and can't get up off the floor" },
  { syndrome: "falls", level: "emergency", first: "I fell and hit my head on the counter", third: "{he} fell and banged {his} head" },
  { syndrome: "falls", level: "emergency", first: "I've been stuck on the floor for an hour", third: "{he} has been stuck on the floor for an hour" },
  { syndrome: "falls", level: "urgent", first: "I fell onto my knees in the garden", third: "{he} fell onto {his} knees in the garden" },
  { syndrome: "falls", level: "urgent", first: "I had a fall in the shower, I'm ok though", third: "{he} had a fall in the shower but seems ok" },
  { syndrome: "falls", level: "urgent", first: "I slipped on the ice and landed on my hip", third: "{he} slipped and landed on {his} hip" },
  // self-harm
  { syndrome: "self-harm", level: "emergency", first: "I feel like I'm just a burden to everyone", third: "{he} keeps saying {he} is a burden to everyone" },
  { syndrome: "self-harm", level: "emergency", first: "my family would be better off without me", third: "{he} said we would be better off without {him}" },
  { syndrome: "self-harm", level: "emergency", first: "I've been saving up my pills", third: "{he} has been saving up {his} pills" },
  { syndrome: "self-harm", level: "emergency", first: "I've put my affairs in order", third: "{he} has been putting {his} affairs in order" },
  { syndrome: "self-harm", level: "emergency", first: "I don't want to be here anymore", third: "{he} told me {he} wants to die" },
  { syndrome: "self-harm", level: "emergency", first: "I've been thinking about hurting myself", third: "{he} has been cutting {him}self" },
  // bleeding
  { syndrome: "bleeding", level: "emergency", first: "my wound is bleeding a lot and won't stop", third: "{his} wound is bleeding and won't stop" },
  { syndrome: "bleeding", level: "emergency", first: "blood is soaking through the dressing", third: "blood is soaking through {his} dressing" },
  // neuro
  { syndrome: "neuro", level: "urgent", first: "my foot drags when I walk", third: "{his} foot drags when {he} walks" },
  { syndrome: "neuro", level: "urgent", first: "pins and needles in my hand all day", third: "{he} has pins and needles in {his} hand" },
  { syndrome: "neuro", level: "urgent", first: "new shooting pain down my leg", third: "{he} has a shooting pain down {his} leg" },
  { syndrome: "neuro", level: "urgent", first: "my leg keeps going numb", third: "{his} leg keeps going numb" },
  { syndrome: "neuro", level: "urgent", first: "my foot is flopping when I walk", third: "{his} foot slaps down when {he} walks" },
  // added with the domain review of Dec 2026: atypical and indirect presentations
  { syndrome: "acs", level: "emergency", first: "this heartburn won't quit and I'm clammy", third: "{he} has heartburn that won't quit and is clammy" },
  { syndrome: "acs", level: "emergency", first: "my jaw aches and my left arm feels heavy", third: "{his} jaw aches and {his} left arm is heavy" },
  { syndrome: "acs", level: "emergency", first: "ache between my shoulder blades and I'm in a cold sweat", third: "{he} has an ache between {his} shoulder blades and a cold sweat" },
  { syndrome: "breathing", level: "emergency", first: "my lips have gone a bit blue", third: "{his} lips look bluish" },
  { syndrome: "breathing", level: "emergency", first: "I have to stop for air after every few words", third: "{he} has to stop for breath after a few words" },
  { syndrome: "pe-dvt", level: "emergency", first: "stabbing pain in my ribs every time I breathe in", third: "{he} gets a stabbing pain in {his} ribs whenever {he} breathes in" },
  { syndrome: "pe-dvt", level: "emergency", first: "my phlegm has streaks of blood in it", third: "{his} phlegm has blood in it" },
  { syndrome: "stroke", level: "emergency", first: "a sudden splitting headache, worst I've ever had", third: "{he} got a sudden splitting headache, the worst {he} has ever had" },
  { syndrome: "stroke", level: "emergency", first: "I'm drooling out of one side of my mouth", third: "{he} is drooling from one side of {his} mouth" },
  { syndrome: "stroke", level: "emergency", first: "all of a sudden I can't walk straight, everything is spinning", third: "{he} suddenly can't walk straight and says the room is spinning" },
  { syndrome: "collapse", level: "emergency", first: "I honestly feel like I'm dying", third: "{he} keeps saying {he} feels like {he} is dying" },
  { syndrome: "collapse", level: "emergency", first: "I can barely stay conscious", third: "we can't wake {him} up properly" },
  { syndrome: "self-harm", level: "emergency", first: "my kids would be happier without me around", third: "{he} says the family would be fine without {him}" },
  { syndrome: "self-harm", level: "emergency", first: "I googled how many pills would be lethal", third: "{he} looked up how many pills it takes to die" },
  { syndrome: "self-harm", level: "emergency", first: "I keep thinking about driving into a wall", third: "{he} talks about driving off the bridge" },
  { syndrome: "self-harm", level: "emergency", first: "I just want to go be with my late wife", third: "{he} wants to go be with {his} late wife" },
  { syndrome: "bleeding", level: "emergency", first: "I threw up blood an hour ago", third: "{he} vomited blood an hour ago" },
  { syndrome: "bleeding", level: "emergency", first: "my nosebleed won't stop, it's been half an hour", third: "{his} nosebleed won't stop" },
  { syndrome: "cauda-equina", level: "emergency", first: "my private area has gone numb and my back is bad", third: "{he} has lost feeling in {his} private area" },
  { syndrome: "injury", level: "emergency", first: "I think my new hip dislocated", third: "{his} new hip has dislocated" },
  // high pain
  { syndrome: "high-pain", level: "urgent", first: "pain is 9/10 and nothing helps", third: "{his} pain is 9/10 and nothing helps", pain: 9 },
  { syndrome: "high-pain", level: "urgent", first: "the pain is unbearable", third: "{he} is in unbearable pain" },
  { syndrome: "high-pain", level: "urgent", first: "knee pain is 8 out of 10", third: "{his} knee pain is 8 out of 10", pain: 8 },
  // therapist-level
  { syndrome: "therapist", level: "therapist", first: "the bridges hurt too much so I stopped", third: "the bridges hurt {him} too much so {he} stopped" },
  { syndrome: "therapist", level: "therapist", first: "the band snapped and I don't have another", third: "{his} band snapped" },
  { syndrome: "therapist", level: "therapist", first: "I almost fell but caught myself", third: "{he} almost fell but caught {him}self" },
  { syndrome: "therapist", level: "therapist", first: "I'm scared of falling during the balance ones", third: "{he} is scared of falling during the balance ones" },
  { syndrome: "therapist", level: "therapist", first: "pain is about 6/10", third: "{his} pain is about 6/10", pain: 6 },
  { syndrome: "therapist", level: "therapist", first: "the squats are way too hard", third: "the squats are too hard for {him}" },
  { syndrome: "therapist", level: "therapist", first: "I'd like my therapist to call me", third: "could the therapist call {him}" },
];

/** Things that must NOT escalate: mild soreness, denials. */
export const GUARDS_EN: readonly Wording[] = [
  { syndrome: "guard", level: "none", first: "a bit sore but fine", third: "{he} is a bit sore but fine" },
  { syndrome: "guard", level: "none", first: "no numbness or tingling", third: "{he} has no numbness or tingling" },
  { syndrome: "guard", level: "none", first: "knee is a little achy, 2/10", third: "{his} knee is a little achy, 2/10", pain: 2 },
  { syndrome: "guard", level: "none", first: "no pain at all today", third: "{he} has no pain at all today" },
  { syndrome: "guard", level: "none", first: "legs feel tired but ok", third: "{his} legs feel tired but ok" },
  { syndrome: "guard", level: "none", first: "no chest pain, no shortness of breath, all good", third: "no chest pain or breathing trouble, {he} is good" },
  { syndrome: "guard", level: "none", first: "slightly stiff in the morning", third: "{he} is slightly stiff in the morning" },
  { syndrome: "guard", level: "none", first: "thought I was going to die on those lunges lol", third: "{he} says the lunges nearly killed {him} haha" },
  { syndrome: "guard", level: "none", first: "I'm dying for a coffee after those squats", third: "{he} is dying for a coffee after the squats" },
  { syndrome: "guard", level: "none", first: "my face goes red during the squats", third: "{his} face goes red during the squats" },
  { syndrome: "guard", level: "none", first: "had a fall years ago but nothing since", third: "{he} had a fall years ago, nothing since" },
];
