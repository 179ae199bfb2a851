import type { Db } from "../db/client.js";
import type { LocalChatStore } from "../channels/local/local.channel.js";
import { findDemoClinicId } from "../seed/demo-clinic.js";

const SHOWN_MESSAGES = 200;

/**
 * The demo chat's view of the database: the demo clinic's patients (first name only) and their
 * conversation. Nobody else's patients exist for it, whatever id is asked for.
 */
export function createLocalChatStore(db: Db): LocalChatStore {
  const demoPatientWhere = async () => ({ clinicId: (await findDemoClinicId(db)) ?? "no demo clinic" });
  return {
    async listPatients() {
      const patients = await db.patient.findMany({ where: await demoPatientWhere(), orderBy: { createdAt: "asc" }, select: { id: true, name: true, language: true } });
      return patients.map((p) => ({ id: p.id, name: p.name.split(/\s+/)[0] ?? p.name, language: p.language }));
    },
    async isDemoPatient(patientId) {
      return (await db.patient.count({ where: { id: patientId, ...(await demoPatientWhere()) } })) === 1;
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
