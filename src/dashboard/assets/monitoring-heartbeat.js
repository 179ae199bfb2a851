// Records the clinician's monitoring time on a patient's page: a heartbeat while the tab is visible,
// focused and in use. Idle time (no keyboard, pointer or scroll activity for the configured limit)
// and hidden or closed tabs send nothing; the server merges overlapping tabs.
"use strict";

(() => {
  const card = document.querySelector("[data-monitoring-heartbeat]");
  if (!card) return;
  const url = card.dataset.monitoringHeartbeat;
  const idleLimitMs = Number(card.dataset.idleSeconds) * 1000;
  const everyMs = Number(card.dataset.everyMs) || 30000;
  let lastActivity = Date.now();
  const active = () => {
    lastActivity = Date.now();
  };
  for (const type of ["keydown", "pointerdown", "pointermove", "wheel", "scroll", "touchstart", "focus"]) {
    window.addEventListener(type, active, { passive: true, capture: true });
  }
  const beat = () => {
    if (document.visibilityState !== "visible" || !document.hasFocus()) return;
    const idleMs = Date.now() - lastActivity;
    if (idleMs > idleLimitMs) return;
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ idleSeconds: Math.floor(idleMs / 1000) }),
    })
      .then((response) => card.setAttribute("data-heartbeat-status", String(response.status)))
      .catch(() => card.setAttribute("data-heartbeat-status", "failed"));
  };
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") {
      active();
      beat();
    }
  });
  beat();
  window.setInterval(beat, everyMs);
})();
