import type { Db } from "../db/client.js";
import type { LocalChatStore } from "../channels/local/local.channel.js";

const SHOWN_MESSAGES = 200;

/** The demo chat's view of the database: patients to pick (first name only) and their conversation. */
export function createLocalChatStore(db: Db): LocalChatStore {
  return {
    async listPatients() {
      const patients = await db.patient.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true, language: true } });
      return patients.map((p) => ({ id: p.id, name: p.name.split(/\s+/)[0] ?? p.name, language: p.language }));
    },
    async conversation(patientId) {
      const messages = await db.messageLog.findMany({
        where: { patientId },
        orderBy: { createdAt: "desc" },
        take: SHOWN_MESSAGES,
        select: { direction: true, body: true, createdAt: true },
      });
      return messages.reverse().map((m) => ({ direction: m.direction === "inbound" ? "inbound" : "outbound", text: m.body, at: m.createdAt }));
    },
  };
}
