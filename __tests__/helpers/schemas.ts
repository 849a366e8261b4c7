/**
 * JSON Schema validation for tests, offline: the OASIS SARIF 2.1.0 schema as the @microsoft/jest-sarif package
 * ships it (draft-04), and the project's own schemas in schemas/ (draft-07). Each function returns the
 * schema's complaints, [] when the value is valid.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// CommonJS packages whose typings do not survive NodeNext's interop: typed here by what is used of them.
interface AjvLike {
  compile(schema: object): Validate;
}
type AjvClass = new (options: Record<string, unknown>) => AjvLike;
const Ajv = (require('ajv') as { default: AjvClass }).default;
const AjvDraft04 = (require('ajv-draft-04') as { default: AjvClass }).default;
const addFormats = (require('ajv-formats') as { default: (ajv: AjvLike) => void }).default;

function load(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

function complaints(errors: { instancePath: string; message?: string }[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

type Validate = ((value: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };

let sarif: Validate | undefined;

export function sarifSchemaErrors(log: unknown): string[] {
  if (!sarif) {
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema's language pattern is no valid /u regex;
    addFormats(ajv);
    sarif = ajv.compile(load(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')));
  }
  return sarif(log) ? [] : complaints(sarif.errors);
}

const own = new Map<string, Validate>();

/** Errors of `value` against `schemas/<name>.schema.json`. */
export function projectSchemaErrors(name: 'report' | 'config', value: unknown): string[] {
  let validate = own.get(name);
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv);
    validate = ajv.compile(load(new URL(`../../schemas/${name}.schema.json`, import.meta.url).pathname));
    own.set(name, validate);
  }
  return validate(value) ? [] : complaints(validate.errors);
}
