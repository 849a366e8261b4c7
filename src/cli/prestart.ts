/**
 * Run first by the CLI's entry (cli-main.ts, through prestart-now.ts), before the rest of the CLI is loaded: when the
 * arguments name a files scan of a directory, its reading thread starts now (sources/read-ahead.ts,
 * prestartReadAhead) and comes up on the other core while this one loads and compiles the rest (~0.1 s). The scan
 * takes it over, or stops it when it does not fit. Never when there is a config file, given or in the root: it may
 * exclude paths, which are never to be opened, and it is read only later. Arguments that do not parse are left to
 * the CLI to report.
 */
import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE, CONFIG_FILE_ALT } from '../core/config.js';
import { prestartReadAhead } from '../sources/read-ahead.js';
import { parseCommand } from './args.js';

export function prestartFor(argv: string[]): void {
  let root: string;
  try {
    const command = parseCommand(argv);
    if (command.kind !== 'scan' || command.plan.scope.kind !== 'files' || command.plan.configPath !== undefined) return;
    root = path.resolve(command.plan.scope.root);
    if (!statSync(root).isDirectory()) return;
    if ([CONFIG_FILE, CONFIG_FILE_ALT].some((name) => lstatSync(path.join(root, name), { throwIfNoEntry: false }))) return;
  } catch {
    return;
  }
  prestartReadAhead(root);
}
