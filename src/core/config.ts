/**
 * The config file, `.anthropic-key-scan.yml` at the scanned root (or a path given explicitly):
 *
 *   exclude:
 *     paths: [ 'test/fixtures/**', '*.snap' ]      # globs, see glob.ts; not scanned at all (the sources skip them)
 *   allow:
 *     secrets: [ '<sha256 hex of a secret>' ]      # the `secretSha256` of a report's finding
 *     markers: [ 'nosecret' ]                      # extra same-line allow markers
 *     fingerprints: [ 'src/a.ts:anthropic-api-key:3' ]  # one place (a report location's fingerprint, fingerprint.ts)
 *   max-file-size: 50MB                            # bytes, or a number with K/KB/KiB, M/MB/MiB, G/GB/GiB (all binary);
 *                                                  # the flag's and input's name; `maxFileSize` is read too
 *
 * schemas/config.schema.json describes the same file for editors. Every mistake is a one-line UserError naming the file and the field. A value is never echoed back:
 * someone may have pasted a key where its hash belongs.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from './errors.js';
import { parseFingerprint, type Fingerprint } from './fingerprint.js';
import { SHA256_HEX } from './names.js';
import { redact } from './secret.js';
import { parseSize } from './size.js';


export const CONFIG_FILE = '.anthropic-key-scan.yml';
/** Also looked for, after CONFIG_FILE. */
export const CONFIG_FILE_ALT = '.anthropic-key-scan.yaml';

export interface ScanConfig {
  /** The file it came from; undefined when there was none. */
  file?: string;
  excludePaths: string[];
  /** Lower-case SHA-256 hex digests. */
  allowSecrets: string[];
  markers: string[];
  /** Places to ignore (`allow.fingerprints`), parsed. */
  allowFingerprints: Fingerprint[];
  maxFileSize?: number;
}

export const EMPTY_CONFIG: ScanConfig = Object.freeze({ excludePaths: [], allowSecrets: [], markers: [], allowFingerprints: [] }) as ScanConfig;

/**
 * Loads the config: `explicitPath` when given (it must exist), else CONFIG_FILE (or CONFIG_FILE_ALT) under
 * `root` if present, else the empty config.
 */
export async function loadConfig(root: string, explicitPath?: string): Promise<ScanConfig> {
  if (explicitPath !== undefined) {
    const text = await readText(explicitPath);
    if (text === undefined) throw new UserError(`config file not found: ${explicitPath}`);
    return await parseConfig(text, explicitPath);
  }
  for (const name of [CONFIG_FILE, CONFIG_FILE_ALT]) {
    const file = join(root, name);
    // Found in the scanned tree, not chosen by the user: a FIFO there would block the read forever, and a link
    // to a device never end it. (An explicit --config may be a pipe: --config <(git show main:config.yml).)
    const info = await stat(file).catch(() => undefined);
    if (info && !info.isFile() && !info.isDirectory()) throw new UserError(`config file is not a regular file: ${file}`);
    const text = await readText(file);
    if (text !== undefined) return await parseConfig(text, file);
  }
  return { ...EMPTY_CONFIG };
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: the scanned root is a single file, so there is no config file under it.
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    if (code === 'EISDIR') throw new UserError(`config file is a directory: ${file}`);
    throw new UserError(`cannot read config file ${file}: ${code ?? 'error'}`);
  }
}

const TOP_KEYS = ['exclude', 'allow', 'max-file-size', 'maxFileSize'];
const EXCLUDE_KEYS = ['paths'];
const ALLOW_KEYS = ['secrets', 'markers', 'fingerprints'];

/** Parses and validates the config text; `file` names it in errors. */
export async function parseConfig(text: string, file: string): Promise<ScanConfig> {
  // Loaded when a config is there to read: the YAML parser is a third of the CLI's code, and most scans have none.
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new UserError(`${file}: invalid YAML: ${firstLine(doc.errors[0].message)}`);
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const config: ScanConfig = { file, excludePaths: [], allowSecrets: [], markers: [], allowFingerprints: [] };
  if (data === null || data === undefined) return config;
  const top = mapping(data, file, '(top level)');
  checkKeys(top, TOP_KEYS, file, '');

  if (top.exclude !== undefined && top.exclude !== null) {
    const exclude = mapping(top.exclude, file, 'exclude');
    checkKeys(exclude, EXCLUDE_KEYS, file, 'exclude.');
    config.excludePaths = strings(exclude.paths, file, 'exclude.paths');
  }
  if (top.allow !== undefined && top.allow !== null) {
    const allow = mapping(top.allow, file, 'allow');
    checkKeys(allow, ALLOW_KEYS, file, 'allow.');
    const secrets = strings(allow.secrets, file, 'allow.secrets');
    secrets.forEach((s, i) => {
      if (!SHA256_HEX.test(s.trim())) {
        throw new UserError(`${file}: allow.secrets[${i}] must be a 64-character SHA-256 hex digest (a report's secretSha256), not the secret itself`);
      }
    });
    config.allowSecrets = secrets.map((s) => s.trim().toLowerCase());
    config.markers = strings(allow.markers, file, 'allow.markers');
    config.allowFingerprints = strings(allow.fingerprints, file, 'allow.fingerprints').map((text, i) => {
      const fingerprint = parseFingerprint(text);
      if (!fingerprint) throw new UserError(`${file}: allow.fingerprints[${i}] must be COMMIT:PATH:RULE:LINE or PATH:RULE:LINE (a report location's fingerprint)`);
      return fingerprint;
    });
  }
  // One name with the flag and the input; the older spelling stays an alias.
  const sizeKey = top['max-file-size'] !== undefined && top['max-file-size'] !== null ? 'max-file-size' : 'maxFileSize';
  if (top[sizeKey] !== undefined && top[sizeKey] !== null) {
    if (sizeKey === 'max-file-size' && top.maxFileSize !== undefined && top.maxFileSize !== null) {
      throw new UserError(`${file}: max-file-size and maxFileSize are one setting: give one of them`);
    }
    config.maxFileSize = parseSize(top[sizeKey], `${file}: ${sizeKey}`);
  }
  return config;
}

function mapping(value: unknown, file: string, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UserError(`${file}: ${field} must be a mapping`);
  }
  return value as Record<string, unknown>;
}

function checkKeys(map: Record<string, unknown>, known: readonly string[], file: string, prefix: string): void {
  for (const key of Object.keys(map)) {
    if (!known.includes(key)) {
      throw new UserError(`${file}: unknown key "${prefix}${safeName(key)}" (expected ${known.map((k) => prefix + k).join(', ')})`);
    }
  }
}

function strings(value: unknown, file: string, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new UserError(`${file}: ${field} must be a list of strings`);
  value.forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') throw new UserError(`${file}: ${field}[${i}] must be a non-empty string`);
  });
  return value as string[];
}

/** A key as the user wrote it, unless it could be a pasted secret. */
function safeName(key: string): string {
  return key.length > 40 || /sk-ant-/i.test(key) ? redact(key) : key;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/:\s*$/, '');
}
