/**
 * The incremental audit's state file (`--state FILE`): what an earlier history scan read and found, so that the
 * next one reads only what changed. It never holds a key in any form: per finding the SHA-256, the Console's hint
 * (`redacted`), the rule, the locations with the git object each came from, the last status and when it was
 * checked. Versioned JSON, written atomically (a temp file in the same folder, then renamed over the old one).
 *
 * The file is read as hostile: a huge file, JSON nested deep, wrong types, odd strings. Anything that is not
 * exactly this shape is `corrupt` and the run falls back to a full scan; nothing in it names a path the tool
 * writes to.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isRuleId, type RuleId } from '../core/kinds.js';
import { LOCATION_KINDS, type Location, type Status } from '../core/types.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';

export const STATE_VERSION = 1;
/** What names a state file as this tool's (a JSON report or another tool's file given by mistake is foreign). */
export const STATE_KIND = `${TOOL_NAME} history state`;
/** A larger file is not read (a state is a few hundred bytes per finding): a full scan, with a note. */
export const MAX_STATE_BYTES = 64 * 1024 * 1024;
const MAX_LOCATIONS = 10_000;
const MAX_STRING = 4096;

export interface StateLocation extends Location {
  /** The git object the key was read from: a blob, or the commit or tag whose message held it. */
  object: string;
  /** The allow marker on the key's line, if any (suppression is decided again every run). */
  allowMarker?: string;
}

export interface StateFinding {
  secretSha256: string;
  redacted: string;
  rule: RuleId;
  variant?: string;
  /** The last status a verification gave (or `unchecked`), and when (ISO 8601). */
  status: Status;
  checkedAt?: string;
  organizationId?: string;
  locations: StateLocation[];
}

export interface HistoryState {
  kind: typeof STATE_KIND;
  version: typeof STATE_VERSION;
  tool: { name: string; version: string };
  /** OWNER/NAME when the run had one (organization audits): a state of another repository is foreign. */
  repository?: string;
  /** The fingerprint of what judged the objects read (state/judge.ts): another judge means a full scan. */
  judge: string;
  /** ISO 8601: when the scan that wrote this started. */
  scannedAt: string;
  /** Every ref's object and HEAD's commit when that scan started: everything reachable from them was read. */
  tips: string[];
  /**
   * Per GitHub surface (`conversations`, `releases`, `runs`): when the last audit that read it completely started
   * (ISO 8601), the `since` the next audit reads it from. Absent (an older state, a surface never read whole): read whole.
   */
  surfaces?: Record<string, string>;
  findings: StateFinding[];
}

/** Why a state file cannot be used (the run then reads the whole history, and says why). */
export type Unusable = { reason: 'missing' | 'corrupt' | 'foreign' | 'newer'; detail: string };

const HEX_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const SHA256 = /^[0-9a-f]{64}$/;
const STATUSES: readonly string[] = ['live', 'invalid', 'unknown', 'unchecked'];
const ISO_DATE = /^\d{4}-\d\d-\d\dT[0-9:.]+Z$/;

/** Reads and checks a state file; never throws for what is in the file or its absence. */
export async function readState(file: string): Promise<HistoryState | Unusable> {
  let text: string;
  try {
    // Non-blocking: a FIFO at the path must not hang the run (it is then refused: not a regular file).
    const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = await handle.stat();
      if (!info.isFile()) return { reason: 'corrupt', detail: 'not a regular file' };
      if (info.size > MAX_STATE_BYTES) return { reason: 'corrupt', detail: `larger than ${MAX_STATE_BYTES} bytes` };
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { reason: 'missing', detail: 'no such file' } : { reason: 'corrupt', detail: `cannot read it (${code ?? 'error'})` };
  }
  return parseState(text);
}

/** A state from its text, or why it cannot be used. */
export function parseState(text: string): HistoryState | Unusable {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { reason: 'corrupt', detail: 'not JSON' };
  }
  if (!isObject(value)) return { reason: 'corrupt', detail: 'not a JSON object' };
  if (value.kind !== STATE_KIND) return { reason: 'foreign', detail: `not a ${TOOL_NAME} state file` };
  if (typeof value.version !== 'number') return { reason: 'corrupt', detail: 'no version' };
  if (value.version > STATE_VERSION) return { reason: 'newer', detail: `written in state format ${value.version} by a newer ${TOOL_NAME}` };
  if (value.version !== STATE_VERSION) return { reason: 'corrupt', detail: `unknown state format ${value.version}` };
  const problem = shapeProblem(value);
  return problem ? { reason: 'corrupt', detail: problem } : (value as unknown as HistoryState);
}

export function isUnusable(state: HistoryState | Unusable): state is Unusable {
  return 'reason' in state;
}

/** What is wrong with the shape of a state file (version already checked), or undefined when nothing is. */
function shapeProblem(value: Record<string, unknown>): string | undefined {
  if (!isObject(value.tool) || !isString(value.tool.name) || !isString(value.tool.version)) return 'bad tool';
  if (value.repository !== undefined && !isString(value.repository)) return 'bad repository';
  if (!isString(value.judge) || !SHA256.test(value.judge)) return 'bad judge';
  if (!isString(value.scannedAt) || !ISO_DATE.test(value.scannedAt)) return 'bad scannedAt';
  if (!Array.isArray(value.tips) || !value.tips.every((tip) => isString(tip) && HEX_ID.test(tip))) return 'bad tips';
  if (value.surfaces !== undefined && !isCursors(value.surfaces)) return 'bad surfaces';
  if (!Array.isArray(value.findings)) return 'bad findings';
  for (const finding of value.findings) {
    const problem = findingProblem(finding);
    if (problem) return problem;
  }
  return undefined;
}

function findingProblem(finding: unknown): string | undefined {
  if (!isObject(finding)) return 'a finding is not an object';
  if (!isString(finding.secretSha256) || !SHA256.test(finding.secretSha256)) return 'a finding has a bad secretSha256';
  // The hint is the Console's short form: a longer string could be a whole key a hand or a tool put there.
  if (!isString(finding.redacted) || finding.redacted.length > 32 || !finding.redacted.includes('...')) return 'a finding has a bad redacted';
  if (!isString(finding.rule) || !isRuleId(finding.rule)) return 'a finding has an unknown rule';
  if (finding.variant !== undefined && !isString(finding.variant)) return 'a finding has a bad variant';
  if (!isString(finding.status) || !STATUSES.includes(finding.status)) return 'a finding has a bad status';
  if (finding.checkedAt !== undefined && !(isString(finding.checkedAt) && ISO_DATE.test(finding.checkedAt))) return 'a finding has a bad checkedAt';
  if (finding.organizationId !== undefined && !isString(finding.organizationId)) return 'a finding has a bad organizationId';
  if (!Array.isArray(finding.locations) || finding.locations.length === 0 || finding.locations.length > MAX_LOCATIONS) return 'a finding has bad locations';
  for (const location of finding.locations) if (!isLocation(location)) return 'a finding has a bad location';
  return undefined;
}

const STRING_FIELDS = ['path', 'commit', 'author', 'date', 'committedDate', 'encoding', 'repository', 'tag', 'member', 'allowMarker'] as const;

function isLocation(value: unknown): value is StateLocation {
  if (!isObject(value)) return false;
  if (!isString(value.kind) || !(LOCATION_KINDS as readonly string[]).includes(value.kind)) return false;
  if (!isString(value.object) || !HEX_ID.test(value.object)) return false;
  if (!isCount(value.line) || !isCount(value.column)) return false;
  if (value.commit !== undefined && !(isString(value.commit) && HEX_ID.test(value.commit))) return false;
  return STRING_FIELDS.every((field) => value[field] === undefined || isString(value[field]));
}

const SURFACE_NAME = /^[a-z][a-z-]{0,39}$/;

/** Surface cursors: a few short lower-case names, each with an ISO 8601 time (it becomes a query's `since`). */
function isCursors(value: unknown): value is Record<string, string> {
  if (!isObject(value)) return false;
  const entries = Object.entries(value);
  return entries.length <= 16 && entries.every(([name, at]) => SURFACE_NAME.test(name) && isString(at) && ISO_DATE.test(at));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_STRING;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

/** A state's text: only the fields named here are copied (nothing else on a finding or location can leak in). */
export function stateText(state: Omit<HistoryState, 'kind' | 'version' | 'tool'>): string {
  const out: HistoryState = {
    kind: STATE_KIND,
    version: STATE_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    ...(state.repository ? { repository: state.repository } : {}),
    judge: state.judge,
    scannedAt: state.scannedAt,
    tips: state.tips,
    ...(state.surfaces && Object.keys(state.surfaces).length > 0 ? { surfaces: { ...state.surfaces } } : {}),
    findings: state.findings.map((f) => ({
      secretSha256: f.secretSha256,
      redacted: f.redacted,
      rule: f.rule,
      ...(f.variant ? { variant: f.variant } : {}),
      status: f.status,
      ...(f.checkedAt ? { checkedAt: f.checkedAt } : {}),
      ...(f.organizationId ? { organizationId: f.organizationId } : {}),
      locations: f.locations.map(stateLocation),
    })),
  };
  return `${JSON.stringify(out)}\n`;
}

const LOCATION_FIELDS = ['kind', 'path', 'line', 'column', 'commit', 'author', 'date', 'committedDate', 'encoding', 'repository', 'tag', 'member', 'object', 'allowMarker'] as const;

function stateLocation(location: StateLocation): StateLocation {
  const out: Record<string, unknown> = {};
  for (const field of LOCATION_FIELDS) if (location[field] !== undefined) out[field] = location[field];
  return out as unknown as StateLocation;
}

/**
 * Writes `text` to `file` atomically: a temp file beside it (same folder, so the rename never crosses file
 * systems), then renamed over it. A reader sees the old state or the new one, never half of one.
 */
export async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx', mode: 0o600 });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
