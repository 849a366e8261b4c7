/**
 * The fingerprint of what judges a history's objects: the tool's version, the kinds table, the detector's
 * decoders, the config and the limits. An incremental audit may only skip objects an identical judge has read:
 * when any of these changed, a remembered "nothing here" may be wrong, and the run reads everything again.
 */
import { createHash } from 'node:crypto';
import { archiveLimits, type ArchiveLimits } from '../core/archive-limits.js';
import type { ScanConfig } from '../core/config.js';
import { KINDS } from '../core/kinds.js';
import { TOOL_VERSION } from '../core/version.js';
import { DECODERS } from '../detect/decoders/index.js';

export interface JudgeInputs {
  config: ScanConfig;
  maxFileSize: number;
  archiveLimits?: Partial<ArchiveLimits>;
}

/** SHA-256 hex of everything that decides what a blob yields. Code is part of it: a detector fix changes it. */
export function judgeFingerprint(inputs: JudgeInputs): string {
  const { file: _file, ...config } = inputs.config;
  const identity = {
    tool: TOOL_VERSION,
    kinds: KINDS,
    decoders: DECODERS,
    config,
    limits: { maxFileSize: inputs.maxFileSize, archive: archiveLimits(inputs.archiveLimits) },
  };
  return createHash('sha256').update(JSON.stringify(identity, codeAsText)).digest('hex');
}

/** Functions and patterns as their source text: JSON would drop the one and empty the other. */
function codeAsText(_key: string, value: unknown): unknown {
  return typeof value === 'function' || value instanceof RegExp ? String(value) : value;
}
