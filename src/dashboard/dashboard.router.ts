import express, { Router, type Request, type RequestHandler, type Response } from "express";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { AppError } from "../core/errors.js";
import { localDateOf } from "../scheduling/local-time.js";
import { resolveVideoUrl } from "../library/video-url.js";
import { showPatient } from "../care/patients/patient.service.js";
import { findOwnPatient, type Actor } from "../care/actor.js";
import { addLocalDays } from "../scheduling/local-time.js";
import { auditOther, auditPatient } from "../care/audit.js";
import { resolveActor } from "../http/resolve-actor.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { findEscalation, listEscalations } from "../care/escalations/escalations.service.js";
import { exerciseVideos, exerciseView, visibleExercises } from "../care/library/library.service.js";
import { activeAssignmentOf, assignmentsOf } from "../care/assignments/assignment.service.js";
import { clinicById } from "../care/clinics/clinic.service.js";
import { enrollmentCodesOf, telegramStartLink } from "../care/enrollment/enrollment-codes.service.js";
import { conversation, patientAdherence, patientList } from "../care/patients/patient-reads.service.js";
import { findVisibleProgram, listVisiblePrograms, programVersionDetail } from "../care/programs/program-reads.service.js";
import { HTTP_STATUS, toAppError } from "../http/http-errors.js";
import { escapeHtml, type Html } from "./html.js";
import { patientMonitoringCard, registerMonitoringPages } from "./monitoring.pages.js";
import { handoutPage } from "./pages/handout.js";
import { INBOX_VIEWS, inboxPage, inboxView } from "./pages/inbox.js";
import { escalationCard } from "./pages/escalation-card.js";
import { inboxEventsHandler } from "./inbox-events.js";
import { loginPage } from "./pages/login.js";
import { patientPage } from "./pages/patient.js";
import { loadOutcomeSettings, patientOutcomes } from "../outcomes/outcomes.repo.js";
import { patientChannel } from "../care/patients/channel-preference.service.js";
import { programEditorPage, programsPage } from "./pages/programs.js";
import { patientsPage } from "./pages/patients.js";
import { shortCode } from "./short-link.js";

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), "assets");
const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

function send(res: Response, body: Html, status = 200) {
  res.status(status).type("html").send(body.toString());
}

/** The therapist's dashboard: server-rendered pages; changes go through the JSON API from /assets/app.js. */
export function createDashboardRouter(deps: TherapistApiDeps): Router {
  const { db } = deps;
  const router = Router();
  router.use("/assets", express.static(ASSETS, { index: false, maxAge: "1h" }));

  const origin = (req: Request) => (deps.publicBaseUrl ?? `${req.protocol}://${req.get("host")}`).replace(/\/+$/, "");
  const clinicOf = (actor: Actor) => clinicById(db, actor.clinicId);

  // Per route rather than router-wide, so requests for other routers (webhooks, /chat) never pass through it.
  const prepare: RequestHandler = async (req, res, next) => {
    res.locals.dashboardPage = true;
    res.setHeader("Content-Security-Policy", CSP);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("Cache-Control", "no-store");
    res.locals.actor = await resolveActor(db, req, deps.clock());
    if (!res.locals.actor && req.path !== "/") return res.redirect(303, "/");
    next();
  };
  const pages = {
    get: (path: string, handler: (req: Request<{ id: string }>, res: Response) => Promise<void>) => router.get(path, prepare, handler),
  };
  const actorOf = (res: Response) => res.locals.actor as Actor;
  registerMonitoringPages(pages.get, deps, send);

  pages.get("/", async (req, res) => {
    const actor = res.locals.actor as Actor | undefined;
    if (!actor) {
      send(res, loginPage());
      return;
    }
    const view = inboxView(req.query.status);
    const escalations = await listEscalations(db, actor, { status: [...INBOX_VIEWS[view].statuses], limit: 200 });
    await auditPatient(deps, actor, "escalation.list", null, { count: escalations.length, via: "dashboard", view });
    send(res, inboxPage(actor, escalations, (await clinicOf(actor)).timeZone, view, deps.clock()));
  });

  // The live inbox: an event stream of new emergencies and urgent items, and each card as HTML.
  router.get("/inbox/events", inboxEventsHandler(deps));
  pages.get("/inbox/cards/:id", async (req, res) => {
    const actor = actorOf(res);
    const escalation = await findEscalation(db, actor, req.params.id);
    if (!escalation) throw new AppError("not_found", "no such escalation");
    await auditPatient(deps, actor, "escalation.view", escalation.patientId, { escalationId: escalation.id, via: "dashboard" });
    send(res, escalationCard(escalation, (await clinicOf(actor)).timeZone, { headingLevel: 2, withPatient: true }));
  });

  pages.get("/patients", async (_req, res) => {
    const actor = actorOf(res);
    const [patients, programs, clinic] = await Promise.all([patientList(db, actor, deps.clock()), listVisiblePrograms(db, actor), clinicOf(actor)]);
    await auditPatient(deps, actor, "patient.list", null, { count: patients.length, via: "dashboard" });
    send(res, patientsPage(actor, patients, programs, clinic.timeZone));
  });

  pages.get("/patients/:id", async (req, res) => {
    const actor = actorOf(res);
    const patient = await findOwnPatient(db, actor, req.params.id);
    const now = deps.clock();
    const today = localDateOf(now, patient.timeZone);
    const [details, adherence, messages, escalations, assignmentRows, programs, codes, clinic, channel] = await Promise.all([
      showPatient(db, patient.id),
      patientAdherence(db, patient, { from: addLocalDays(today, -34), to: today }, now),
      conversation(db, patient.id, 50),
      listEscalations(db, actor, { patientId: patient.id, status: ["open", "acknowledged", "resolved"], limit: 50 }),
      assignmentsOf(db, patient.id),
      listVisiblePrograms(db, actor),
      enrollmentCodesOf(db, patient.id, now),
      clinicOf(actor),
      patientChannel(db, patient.id),
    ]);
    const assignments = await Promise.all(
      assignmentRows.map(async (a) => ({
        id: a.id,
        status: a.status,
        startDate: a.startDate,
        endDate: a.endDate,
        weekdays: a.weekdays.split(",").map(Number),
        version: await programVersionDetail(db, actor, a.programVersionId, deps.videoBaseUrl),
      })),
    );
    const monitoring = await patientMonitoringCard(deps, patient);
    await auditPatient(deps, actor, "patient.view", patient.id, { via: "dashboard" });
    send(
      res,
      patientPage(actor, {
        patient: details,
        adherence,
        messages,
        escalations,
        clinicTimeZone: clinic.timeZone,
        assignments,
        programs,
        codes: codes.map((c) => ({ ...c, telegramLink: telegramStartLink(deps.telegramBotUsername, c.channel, c.code) })),
        monitoring,
        outcomes: await patientOutcomes(db, patient.id),
        channel,
      }),
    );
  });

  pages.get("/programs", async (_req, res) => {
    const actor = actorOf(res);
    send(res, programsPage(actor, await listVisiblePrograms(db, actor)));
  });

  const library = async (actor: Actor) => (await visibleExercises(db, actor)).map((row) => exerciseView(row, deps.videoBaseUrl));
  pages.get("/programs/new", async (_req, res) => {
    const actor = actorOf(res);
    send(res, programEditorPage(actor, await library(actor), null));
  });
  pages.get("/programs/:id/edit", async (req, res) => {
    const actor = actorOf(res);
    const program = await findVisibleProgram(db, actor, req.params.id);
    const current = program.versions[0] ? await programVersionDetail(db, actor, program.versions[0].id, deps.videoBaseUrl) : null;
    const outcomes = await loadOutcomeSettings(db, program.id);
    send(res, programEditorPage(actor, await library(actor), { id: program.id, title: { en: program.titleEn, es: program.titleEs }, current }, outcomes));
  });

  const shortLink = (req: Request) => (slug: string) => `${origin(req)}/v/${shortCode(slug)}`;
  pages.get("/handouts/patient/:id", async (req, res) => {
    const actor = actorOf(res);
    const patient = await findOwnPatient(db, actor, req.params.id);
    const assignment = await activeAssignmentOf(db, patient.id);
    if (!assignment) throw new AppError("not_found", "this patient has no active program");
    const version = await programVersionDetail(db, actor, assignment.programVersionId, deps.videoBaseUrl);
    await auditPatient(deps, actor, "handout.view", patient.id, { programVersionId: version.id });
    const language = patient.language === "es" ? "es" : "en";
    const clinic = await clinicOf(actor);
    send(res, handoutPage({ version, language, clinicName: clinic.name, patientName: patient.name, shortLink: shortLink(req), date: localDateOf(deps.clock(), patient.timeZone) }));
  });
  pages.get("/handouts/:id", async (req, res) => {
    const actor = actorOf(res);
    const version = await programVersionDetail(db, actor, req.params.id, deps.videoBaseUrl);
    const language = req.query.lang === "es" ? "es" : "en";
    const clinic = await clinicOf(actor);
    await auditOther(deps, actor, "handout.view", "program_version", version.id);
    send(res, handoutPage({ version, language, clinicName: clinic.name, shortLink: shortLink(req), date: localDateOf(deps.clock(), clinic.timeZone) }));
  });

  // Printed handouts carry these; anyone with the paper may open the video, so no login is asked.
  router.get("/v/:code", async (req, res) => {
    const exercises = await exerciseVideos(db);
    const exercise = exercises.find((e) => shortCode(e.slug) === req.params.code.toLowerCase());
    if (!exercise) {
      res.status(404).type("text").send("No such video link.");
      return;
    }
    res.redirect(302, resolveVideoUrl(exercise.videoUrl, deps.videoBaseUrl));
  });

  router.use((error: unknown, _req: Request, res: Response, next: (e?: unknown) => void) => {
    if (!res.locals.dashboardPage) return next(error);
    const appError = toAppError(error);
    const notFound = appError.code === "not_found";
    if (appError.code === "internal") deps.logger.error({ err: error }, "dashboard page failed");
    res
      .status(HTTP_STATUS[appError.code])
      .type("html")
      .send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hepbot</title><link rel="stylesheet" href="/assets/app.css"></head><body><main id="main"><h1>${notFound ? "Not found" : "Something went wrong"}</h1><p>${escapeHtml(notFound ? "There is nothing here, or it is not yours to see." : "Please try again.")}</p><p><a href="/">Back to the inbox</a></p></main></body></html>`);
  });

  return router;
}
