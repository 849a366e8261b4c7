/**
 * Run the bundled Action (dist/index.js) exactly as the runner does: a payload file at GITHUB_EVENT_PATH,
 * INPUT_* variables filled with action.yml's defaults (names upper-cased, hyphens kept), GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, GITHUB_API_URL and ANTHROPIC_BASE_URL at loopback servers. And build checkouts
 * the way actions/checkout does (init, fetch one ref at a depth, detached checkout).
 */
import { beforeAll } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { freshBundle } from '../helpers/bundle.js';
import { gitEnv, makeTempDir, runGit, TestRepo } from '../helpers/git-repo.js';
import { readAsRunner, type RunnerCommand } from '../helpers/runner-commands.js';

/**
 * The bundle is built from src/ before the first test of every suite that runs the Action, outside any test's
 * or hook's own timeout: on a loaded 2-core machine an ncc build alone can take over a minute.
 */
beforeAll(() => void freshBundle('action'), 15 * 60_000);

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const TOKEN = 'ghs_loopbackTestToken000000000000000000';

interface ActionYaml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}

export function actionYaml(): ActionYaml {
  return parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYaml;
}

/** INPUT_* as the runner sets them: every input, its default unless given. `${{ github.token }}` -> TOKEN. */
export function inputEnv(inputs: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYaml().inputs)) {
    const value = name in inputs ? inputs[name]! : String(spec.default ?? '').replace('${{ github.token }}', TOKEN);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in actionYaml().inputs)) throw new Error(`unknown input ${name}`);
  }
  return env;
}

export type Command = RunnerCommand;

/**
 * The workflow commands the runner would obey in a step's output (stdout, then stderr: it reads both), with
 * stop-commands honoured and both command forms recognised (helpers/runner-commands.ts). `::add-mask::` and
 * `::stop-commands::` are consumed, as the runner consumes them.
 */
export function parseCommands(stdout: string, stderr = ''): Command[] {
  return [...readAsRunner(stdout).commands, ...readAsRunner(stderr).commands];
}

/** The GITHUB_OUTPUT file: `name<<delimiter\nvalue\ndelimiter` entries. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

export interface RunOptions {
  event: string;
  payload: unknown;
  workspace: string;
  githubUrl: string;
  anthropicUrl: string;
  inputs?: Record<string, string>;
  repository?: string;
  sha?: string;
  env?: Record<string, string>;
  /** Another copy of the bundle to run (default: the one built from src/). */
  bundle?: string;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  commands: Command[];
  outputs: Record<string, string>;
  summary: string;
  /** Every file the run wrote under RUNNER_TEMP, by name. */
  files: Record<string, string>;
  temp: string;
}

const runs: string[] = [];

/** Remove the runner directories of every run so far, and the checkouts made here. */
export function cleanupRuns(): void {
  if (process.env.AKS_KEEP_RUNS) return;
  for (const dir of runs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export async function runAction(options: RunOptions): Promise<RunResult> {
  // Built from src/ as it is now: the committed dist/ may predate the edit under test.
  const bundle = options.bundle ?? freshBundle('action');
  const temp = makeTempDir('aks-runner-');
  runs.push(temp);
  const eventPath = join(temp, 'event.json');
  const outputPath = join(temp, 'output.txt');
  const summaryPath = join(temp, 'summary.md');
  const runnerTemp = join(temp, 'runner-temp');
  mkdirSync(runnerTemp);
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const base = gitEnv();
  for (const name of Object.keys(base)) {
    if (/^(INPUT_|GITHUB_|RUNNER_|ANTHROPIC_|ACTIONS_)/.test(name)) delete base[name];
  }
  const env: NodeJS.ProcessEnv = {
    ...base,
    ...inputEnv(options.inputs),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: options.repository ?? 'acme/app',
    GITHUB_SHA: options.sha ?? runGit(options.workspace, ['rev-parse', 'HEAD']),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.githubUrl,
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: runnerTemp,
    ANTHROPIC_BASE_URL: options.anthropicUrl,
    ...options.env,
  };
  const child = spawn(process.execPath, [bundle], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const files: Record<string, string> = {};
  // Files only: a tool may leave a folder of its own there (@actions/cache makes its archives in one).
  for (const entry of readdirSync(runnerTemp, { withFileTypes: true })) if (entry.isFile()) files[entry.name] = readFileSync(join(runnerTemp, entry.name), 'utf8');
  return {
    code,
    stdout,
    stderr,
    commands: parseCommands(stdout, stderr),
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    files,
    temp,
  };
}

/**
 * A checkout as actions/checkout makes it: a new repository with `origin` at the upstream (file://), the
 * ref fetched at `depth` (0 = everything, with every branch and tag), HEAD detached at it.
 */
export function checkout(upstream: string, ref: string, depth = 1, into?: string): TestRepo {
  const dir = into ?? makeTempDir('aks-checkout-');
  if (!into) runs.push(dir); // removed by cleanupRuns() with the runners' folders
  mkdirSync(dir, { recursive: true });
  runGit(dir, ['init', '-q']);
  runGit(dir, ['remote', 'add', 'origin', `file://${upstream}`]);
  const args = ['fetch', '-q', '--no-tags', '--prune', '--no-recurse-submodules'];
  if (depth > 0) args.push(`--depth=${depth}`, 'origin', `+${ref}:refs/remotes/origin/checkout`);
  else args.push('origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*', `+${ref}:refs/remotes/origin/checkout`);
  runGit(dir, args);
  runGit(dir, ['checkout', '-q', '--detach', 'refs/remotes/origin/checkout']);
  return new TestRepo(dir);
}

/** Every place a run could have written a key: stdout (but the ::add-mask:: commands), stderr, outputs, summary, files. */
export function everythingWritten(result: RunResult): string {
  const stdout = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
  return [stdout, result.stderr, JSON.stringify(result.outputs), result.summary, ...Object.values(result.files)].join('\n');
}
