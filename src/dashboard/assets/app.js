// Every dashboard change is a JSON call to /api. A form says where with data-api="METHOD /path"
// and what to do after with data-then: "reload", "reset", or "go:/path/{id}".
"use strict";

function setPath(target, path, value) {
  const keys = path.split(".");
  let node = target;
  keys.slice(0, -1).forEach((key) => (node = node[key] ??= {}));
  node[keys[keys.length - 1]] = value;
}

function formJson(form) {
  const out = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled) continue;
    const many = el.name.endsWith("[]");
    const name = many ? el.name.slice(0, -2) : el.name;
    if (el.type === "checkbox" && el.dataset.type === "bool") {
      setPath(out, name, el.checked);
      continue;
    }
    if ((el.type === "checkbox" || el.type === "radio") && !el.checked) {
      if (many && out[name] === undefined) out[name] = [];
      continue;
    }
    if (el.value === "") continue;
    const value = el.dataset.type === "number" || el.type === "number" ? Number(el.value) : el.value;
    if (many) (out[name] ??= []).push(value);
    else setPath(out, name, value);
  }
  return out;
}

async function callApi(method, url, body) {
  const response = await fetch(url, {
    method,
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: method === "GET" ? undefined : JSON.stringify(body ?? {}),
  });
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(data?.error?.message ?? `request failed (${response.status})`);
    error.code = data?.error?.code;
    throw error;
  }
  return data;
}
window.hepbotApi = callApi;

document.addEventListener("submit", async (event) => {
  const form = event.target.closest("form[data-api]");
  if (!form) return;
  event.preventDefault();
  if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) return;
  const [method, url] = form.dataset.api.split(" ");
  const error = form.querySelector("[role=alert]");
  const status = form.querySelector("[role=status]");
  const button = form.querySelector("button[type=submit]");
  if (error) error.textContent = "";
  if (button) button.disabled = true;
  try {
    const data = await callApi(method, url, formJson(form));
    const then = form.dataset.then ?? "reload";
    if (then === "reload") window.location.reload();
    else if (then.startsWith("go:")) window.location.assign(then.slice(3).replace("{id}", data?.id ?? ""));
    else {
      form.reset();
      if (status) status.textContent = "Sent.";
    }
  } catch (failure) {
    if (error) error.textContent = failure.message;
    else window.alert(failure.message);
  } finally {
    if (button) button.disabled = false;
  }
});

document.addEventListener("click", (event) => {
  if (event.target.closest("[data-print]")) window.print();
});
