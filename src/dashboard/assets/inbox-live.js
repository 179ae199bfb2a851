// The live inbox: new emergencies and urgent items arrive over server-sent events from
// /inbox/events; each card is fetched as HTML from /inbox/cards/:id and put at the top, with a
// banner and, when the therapist turned it on, a short tone.
"use strict";

(() => {
  const list = document.getElementById("escalations");
  if (!list || !window.EventSource) return;
  const banner = document.getElementById("live-banner");
  const sound = document.getElementById("live-sound");
  const state = document.getElementById("live-state");
  const LEVELS = { emergency: "New emergency", urgent: "New urgent item" };

  const SOUND_KEY = "hepbot.inbox.sound";
  let audio = null;
  sound.checked = window.localStorage.getItem(SOUND_KEY) === "on";
  sound.addEventListener("change", () => {
    window.localStorage.setItem(SOUND_KEY, sound.checked ? "on" : "off");
    // Browsers only let a page make sound after the user acted on it: this change is that act.
    if (sound.checked && !audio && window.AudioContext) audio = new AudioContext();
  });

  function tone(level) {
    if (!sound.checked) return;
    audio ??= window.AudioContext ? new AudioContext() : null;
    if (!audio) return;
    const beeps = level === "emergency" ? 3 : 1;
    for (let i = 0; i < beeps; i++) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = level === "emergency" ? 880 : 660;
      gain.gain.value = 0.2;
      oscillator.connect(gain).connect(audio.destination);
      const start = audio.currentTime + i * 0.35;
      oscillator.start(start);
      oscillator.stop(start + 0.2);
    }
  }

  function announce(item) {
    const line = document.createElement("p");
    const link = document.createElement("a");
    link.href = `#escalation-${item.id}`;
    link.textContent = `${LEVELS[item.level] ?? "New item"}: ${item.patientName} — ${item.headline}`;
    line.append(link);
    const dismiss = document.createElement("button");
    dismiss.type = "button";
    dismiss.className = "secondary";
    dismiss.textContent = "Dismiss";
    dismiss.addEventListener("click", () => {
      line.remove();
      if (!banner.querySelector("p")) banner.hidden = true;
    });
    line.append(" ", dismiss);
    banner.prepend(line);
    banner.hidden = false;
  }

  async function arrive(item) {
    if (document.getElementById(`escalation-${item.id}`)) return;
    const response = await fetch(`/inbox/cards/${encodeURIComponent(item.id)}`, { credentials: "same-origin" });
    if (!response.ok) return;
    const template = document.createElement("template");
    template.innerHTML = (await response.text()).trim();
    const card = template.content.firstElementChild;
    // Anything but a card (the login page after a session ended, say) is not put in the list.
    if (!card || !card.matches("li.escalation[id]")) {
      if (response.redirected) window.location.reload();
      return;
    }
    if (document.getElementById(card.id)) return;
    card.classList.add("arrived");
    list.prepend(card);
    document.getElementById("inbox-empty")?.remove();
    const open = document.getElementById("open-count");
    if (open) open.textContent = String(list.querySelectorAll("li.escalation.status-open").length);
    announce(item);
    tone(item.level);
  }

  const source = new EventSource(`/inbox/events?since=${encodeURIComponent(list.dataset.since)}`);
  source.addEventListener("open", () => (state.textContent = "Live: new emergencies and urgent items appear here without a reload."));
  source.addEventListener("error", () => (state.textContent = "Live updates paused; reconnecting…"));
  source.addEventListener("escalation", (event) => void arrive(JSON.parse(event.data)));
})();
