// The program editor: pick exercises from the library, set the dose, preview, save through the API.
"use strict";

(() => {
  const data = JSON.parse(document.getElementById("editor-data").textContent);
  const form = document.getElementById("program-editor");
  const search = document.getElementById("pe-search");
  const region = document.getElementById("pe-region");
  const pick = document.getElementById("pe-pick");
  const body = document.querySelector("#pe-items tbody");
  const errorBox = document.getElementById("pe-error");
  const statusBox = document.getElementById("pe-status");
  const previews = document.getElementById("pe-previews");
  const bySlug = new Map(data.library.map((e) => [e.slug, e]));
  let items = data.items.map((item) => ({ ...item }));

  const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

  function renderPicker() {
    const words = fold(search.value).split(/\s+/).filter(Boolean);
    pick.replaceChildren(
      ...data.library
        .filter((e) => (!region.value || e.region === region.value) && words.every((w) => fold(`${e.name} ${e.slug}`).includes(w)))
        .map((e) => new Option(`${e.name} (${e.region})`, e.slug)),
    );
    if (pick.options.length > 0) pick.selectedIndex = 0;
  }

  // `short` is the column's heading, shown beside the field when a phone stacks the row.
  function numberCell(item, index, field, label, short, min, max) {
    const input = document.createElement("input");
    Object.assign(input, { type: "number", min, max, value: item[field], required: true });
    input.setAttribute("aria-label", `${label} for ${bySlug.get(item.exerciseSlug)?.name ?? item.exerciseSlug}`);
    input.addEventListener("change", () => (items[index][field] = Number(input.value)));
    const cell = document.createElement("td");
    cell.dataset.label = short;
    cell.append(input);
    return cell;
  }

  function button(text, label, action) {
    const b = document.createElement("button");
    Object.assign(b, { type: "button", textContent: text, className: "secondary small" });
    b.setAttribute("aria-label", label);
    b.addEventListener("click", action);
    return b;
  }

  function renderItems() {
    body.replaceChildren(
      ...items.map((item, index) => {
        const name = bySlug.get(item.exerciseSlug)?.name ?? item.exerciseSlug;
        const row = document.createElement("tr");
        const title = document.createElement("th");
        title.scope = "row";
        title.textContent = name;
        const note = document.createElement("input");
        Object.assign(note, { value: item.notes?.en ?? "", maxLength: 500 });
        note.setAttribute("aria-label", `Note for ${name}`);
        note.addEventListener("change", () => (items[index].notes = { en: note.value, es: items[index].notes?.es ?? "" }));
        const noteCell = document.createElement("td");
        noteCell.className = "note";
        noteCell.dataset.label = "Note";
        noteCell.append(note);
        const actions = document.createElement("td");
        actions.className = "actions";
        actions.append(
          button("↑", `Move ${name} up`, () => move(index, -1)),
          button("↓", `Move ${name} down`, () => move(index, 1)),
          button("Remove", `Remove ${name}`, () => {
            items.splice(index, 1);
            renderItems();
          }),
        );
        row.append(
          title,
          numberCell(item, index, "sets", "Sets", "Sets", 1, 10),
          numberCell(item, index, "reps", "Reps", "Reps", 1, 100),
          numberCell(item, index, "holdSeconds", "Hold seconds", "Hold (s)", 0, 600),
          numberCell(item, index, "timesPerDay", "Times per day", "Times/day", 1, 6),
          numberCell(item, index, "daysPerWeek", "Days per week", "Days/week", 1, 7),
          noteCell,
          actions,
        );
        return row;
      }),
    );
  }

  function move(index, by) {
    const to = index + by;
    if (to < 0 || to >= items.length) return;
    [items[index], items[to]] = [items[to], items[index]];
    renderItems();
  }

  document.getElementById("pe-add").addEventListener("click", () => {
    const exercise = bySlug.get(pick.value);
    if (!exercise) return;
    items.push({ exerciseSlug: exercise.slug, sets: exercise.dose.sets, reps: exercise.dose.reps, holdSeconds: exercise.dose.holdSeconds, timesPerDay: 1, daysPerWeek: 7, notes: { en: "", es: "" } });
    renderItems();
    statusBox.textContent = `Added ${exercise.name}.`;
  });

  // One labelled preview per channel and language: what each patient will actually read.
  const PREVIEWS = [
    ["sms", "en"], ["sms", "es"], ["whatsapp", "en"], ["whatsapp", "es"],
    ["telegram", "en"], ["telegram", "es"], ["teams", "en"], ["teams", "es"],
  ];
  document.getElementById("pe-preview").addEventListener("click", async () => {
    errorBox.textContent = "";
    try {
      const title = form.elements.titleEn?.value ?? document.querySelector("h1").textContent.replace(/^Edit /, "");
      const results = await Promise.all(PREVIEWS.map(([channel, language]) => window.hepbotApi("POST", "/api/programs/preview", { title, channel, language, items })));
      previews.replaceChildren(
        ...results.map((result) => {
          const figure = document.createElement("figure");
          figure.className = "preview";
          figure.dataset.channel = result.channel;
          figure.dataset.language = result.language;
          const caption = document.createElement("figcaption");
          caption.textContent = result.label;
          const text = document.createElement("pre");
          text.textContent = result.text;
          figure.append(caption, text);
          if (result.note) {
            const note = document.createElement("p");
            note.className = "muted";
            note.textContent = result.note;
            figure.append(note);
          }
          return figure;
        }),
      );
      previews.hidden = false;
    } catch (error) {
      errorBox.textContent = error.message;
    }
  });

  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

  // Who a save moves to the new version: every patient on the program (any save makes a newer
  // version than the one they are on), unless unticked here.
  const moveBox = document.getElementById("pe-move");
  async function loadPatients() {
    if (!moveBox) return;
    const { patients } = await window.hepbotApi("GET", `/api/programs/${data.programId}/patients`);
    const summary = document.getElementById("pe-move-summary");
    const describe = () => {
      const ticked = moveBox.querySelectorAll("input:checked").length;
      summary.textContent = `Saving moves ${plural(ticked, "patient")} to the new version; untick anyone who should stay on theirs.`;
    };
    document.getElementById("pe-move-list").replaceChildren(
      ...patients.map((p) => {
        const li = document.createElement("li");
        const box = document.createElement("input");
        box.type = "checkbox";
        box.checked = true;
        box.value = p.assignmentId;
        box.id = `pe-move-${p.assignmentId}`;
        box.addEventListener("change", describe);
        const label = document.createElement("label");
        label.htmlFor = box.id;
        label.textContent = `Move ${p.name} (now on version ${p.version})`;
        li.append(box, " ", label);
        return li;
      }),
    );
    describe();
    moveBox.hidden = patients.length === 0;
  }
  loadPatients().catch((error) => {
    errorBox.textContent = error.message;
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorBox.textContent = "";
    const notes = form.elements.notes.value;
    try {
      if (data.programId) {
        const keep = [...document.querySelectorAll("#pe-move-list input[type=checkbox]")].filter((box) => !box.checked).map((box) => box.value);
        const saved = await window.hepbotApi("POST", `/api/programs/${data.programId}/versions`, { items, notes, keep });
        const moved = saved.moved.length === 0 ? "" : ` Moved ${plural(saved.moved.length, "patient")} to it; each is told what changed in their next prompt.`;
        const kept = saved.kept.length === 0 ? "" : ` ${plural(saved.kept.length, "patient")} stay${saved.kept.length === 1 ? "s" : ""} on their version.`;
        statusBox.textContent = `Saved as version ${saved.version}.${moved}${kept}`;
        await loadPatients();
      } else {
        const payload = { slug: form.elements.slug.value, title: { en: form.elements.titleEn.value, es: form.elements.titleEs.value }, items, notes };
        const saved = await window.hepbotApi("POST", "/api/programs", payload);
        window.location.assign(`/programs/${saved.id}/edit`);
      }
    } catch (error) {
      errorBox.textContent = error.message;
    }
  });

  search.addEventListener("input", renderPicker);
  region.addEventListener("change", renderPicker);
  renderPicker();
  renderItems();
})();
