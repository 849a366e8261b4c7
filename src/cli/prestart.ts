/**
 * Imported first by the CLI's entry (cli-main.ts), so that this runs before the rest of the CLI is loaded: when the
 * arguments name a files scan of a directory, its reading thread starts now (sources/read-ahead.ts,
 * prestartReadAhead) and comes up on the other core while this one loads and compiles the rest (~0.1 s). The scan
 * takes it over, or stops it when it does not fit (a config that excludes paths). Arguments that do not parse are
 * left to the CLI to report.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { prestartReadAhead } from '../sources/read-ahead.js';
import { parseCommand } from './args.js';

export function prestartFor(argv: string[]): void {
  let root: string;
  try {
    const command = parseCommand(argv);
    if (command.kind !== 'scan' || command.plan.scope.kind !== 'files') return;
    root = path.resolve(command.plan.scope.root);
    if (!statSync(root).isDirectory()) return;
  } catch {
    return;
  }
  prestartReadAhead(root);
}

prestartFor(process.argv.slice(2));
