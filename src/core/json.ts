/**
 * JSON read from files the tool did not write itself (reports of other jobs, baselines, matrices): the shape
 * checks every reader shares, and the one way a JSON file is read, with one-line errors.
 */
import { readFile } from 'node:fs/promises';
import { UserError } from './errors.js';

/** A plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type JsonFileResult = { ok: true; value: unknown } | { ok: false; problem: 'missing' | 'directory' | 'unreadable' | 'not-json'; code?: string };

/** A JSON file parsed, or why it could not be: the caller words the problem for its own flag or file. */
export async function readJsonFile(file: string): Promise<JsonFileResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, problem: 'missing', code };
    if (code === 'EISDIR') return { ok: false, problem: 'directory', code };
    return { ok: false, problem: 'unreadable', code: code ?? 'error' };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, problem: 'not-json' };
  }
}

/** A JSON file parsed, or a UserError that names `what` (e.g. `baseline file x.json`). */
export async function readJsonOrFail(file: string, what: string, notJson = 'not valid JSON'): Promise<unknown> {
  const read = await readJsonFile(file);
  if (read.ok) return read.value;
  switch (read.problem) {
    case 'missing':
      throw new UserError(`${what} not found: ${file}`);
    case 'directory':
      throw new UserError(`${what} is a directory: ${file}`);
    case 'unreadable':
      throw new UserError(`cannot read ${what} ${file}: ${read.code}`);
    case 'not-json':
      throw new UserError(`${file}: ${notJson}`);
  }
}
