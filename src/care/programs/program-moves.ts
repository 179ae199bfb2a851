import { invalidInput } from "../../core/errors.js";

import type { AssignmentOnProgram } from "./programs.repo.js";

/** The assignments to move and those kept back: every one not on the new version moves unless `keep` names it. */
export function splitMoves(onProgram: readonly AssignmentOnProgram[], toVersionId: string, keep: readonly string[]) {
  const known = new Set(onProgram.map((a) => a.assignmentId));
  const unknown = keep.filter((id) => !known.has(id));
  if (unknown.length > 0) throw invalidInput(`keep names assignments not on this program: ${unknown.join(", ")}`, { unknown });
  const kept = new Set(keep);
  const behind = onProgram.filter((a) => a.versionId !== toVersionId);
  return { move: behind.filter((a) => !kept.has(a.assignmentId)), keep: behind.filter((a) => kept.has(a.assignmentId)) };
}
