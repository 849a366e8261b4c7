import { describe, expect, it } from '@jest/globals';
import { COLOURS, defuseCommands, defuseJson, escapeJsonControls, forRunner, forRunnerStream, forTerminal, forTerminalStream, guardStreams, RESET, stopCommands, stripControl, workflowCommand } from '../../src/core/output-guard.js';
import { readAsRunner } from '../helpers/runner-commands.js';
import { fakeKey } from '../helpers/keys.js';

/** Every way a line can be a command, as REFERENCE.md describes the runner. */
const HOSTILE = [
  '::error::forged',
  '   ::error file=a,line=1::forged',
  '\t::stop-commands::x',
  '\ufeff::notice::all clear',
  '\u00a0::warning::forged',
  '\u3000::warning::forged',
  'text ##[error]forged',
  '###[error]forged',
  '##[group]forged',
  'a\r::error::forged after a carriage return',
  'a\u2028::error::forged after a line separator',
  'a\u0085::error::forged after NEL',
  '::add-mask::everything',
  '::endgroup::',
];

describe('forRunner', () => {
  it.each(HOSTILE)('no command survives in %j', (text) => {
    const view = readAsRunner(forRunner(text));
    expect(view.commands).toEqual([]);
    expect(view.stopped).toBe(false);
  });

  it('all of them at once, in one block, still leave the runner obeying commands after it', () => {
    const view = readAsRunner(`${forRunner(HOSTILE.join('\n'))}\n::error::real`);
    expect(view.commands).toEqual([{ command: 'error', properties: {}, message: 'real' }]);
  });

  it('reads the same, with terminal and bidi controls removed', () => {
    expect(forRunner('a.txt: line 1')).toBe('a.txt: line 1');
    expect(stripControl('\u001b[31mred\u001b[0m \u202eevil\u202c\u0007')).toBe('[31mred[0m evil');
    expect(stripControl('a\r\nb\rc')).toBe('a\nb\nc');
    expect(defuseCommands('x :: y # ## [')).toBe('x :: y # ## [');
  });

  it('scrubs keys', () => {
    const key = fakeKey('api03', 'guard');
    expect(forRunner(`oops ${key}`)).not.toContain(key);
  });
});

describe('stop-commands', () => {
  it('a fresh token each time, and the runner resumes at its end only', () => {
    const a = stopCommands();
    const b = stopCommands();
    expect(a.token).not.toBe(b.token);
    const view = readAsRunner([a.start, '::error::inside', `::${b.token}::`, '::error::still inside', a.end, '::error::after'].join('\n'));
    expect(view.commands.map((c) => c.message)).toEqual(['after']);
  });
});

describe('JSON on stdout', () => {
  it('keeps its value exactly and forms no legacy command', () => {
    const value = { path: '##[error]forged ##[x', other: '::error::not at a line start' };
    const json = defuseJson(JSON.stringify(value, null, 2));
    expect(JSON.parse(json)).toEqual(value);
    expect(readAsRunner(json).commands).toEqual([]);
    expect(forRunnerStream(JSON.stringify(value))).toBe(defuseJson(JSON.stringify(value)));
  });
});

describe('workflowCommand', () => {
  it('hostile message and properties stay inside the one command', () => {
    const line = workflowCommand('warning', 'acme/x: failed\n::error::forged ##[error]x', { file: 'a,b:c\n::error::forged' });
    const view = readAsRunner(line);
    expect(view.commands).toHaveLength(1);
    expect(view.commands[0]!.command).toBe('warning');
    expect(view.commands[0]!.properties.file).toBe('a,b:c\n:\u200b:error::forged');
  });
});

describe('guardStreams', () => {
  it('defuses workflow commands only inside GitHub Actions', () => {
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), env: {} as NodeJS.ProcessEnv };
    guardStreams(io).stdout('::error::x\n');
    guardStreams({ ...io, env: { GITHUB_ACTIONS: 'true' } }).stdout('::error::x\n');
    guardStreams({ ...io, env: { GITHUB_ACTIONS: 'true' } }).stderr('##[error]x\n');
    expect(readAsRunner(out[0]!).commands).toHaveLength(1);
    expect(readAsRunner(out[1]!).commands).toHaveLength(0);
    expect(readAsRunner(out[2]!).commands).toHaveLength(0);
  });
});

describe('the terminal guard (outside GitHub Actions)', () => {
  const NASTY = '\u001b]0;pwned\u0007\u001b[2J\u001b[1;31mred\r\u009b31m\u0085\u202eevil\u2066x\u0008\u007f\u200f\u2028end';
  const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

  it('forTerminal leaves no control character, and keeps line breaks as newlines', () => {
    const out = forTerminal(NASTY);
    expect(out).not.toMatch(CONTROLS);
    expect(out).toContain('red\n');
    expect(out).toContain('evil');
  });

  it('keeps only the text report colours, and only when asked', () => {
    const painted = `${COLOURS.red}LIVE${RESET} ${NASTY}`;
    expect(forTerminal(painted, { colours: true }).startsWith(`${COLOURS.red}LIVE${RESET} `)).toBe(true);
    expect(forTerminal(painted, { colours: true }).replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(CONTROLS);
    expect(forTerminal(painted)).not.toContain('\u001b');
  });

  it('JSON keeps its value: raw C1, bidi and line-separator characters become escapes', () => {
    const value = { message: NASTY, path: 'a\u202eb' };
    const json = JSON.stringify(value, null, 2);
    const guarded = forTerminalStream(json);
    expect(guarded).not.toMatch(CONTROLS);
    expect(JSON.parse(guarded)).toEqual(value);
    expect(escapeJsonControls('"\u009b"')).toBe('"\\u009b"');
    expect(JSON.parse(forRunnerStream(json))).toEqual(value);
    expect(forRunnerStream(json)).not.toMatch(CONTROLS);
  });

  it('guardStreams guards both streams outside Actions too: stderr keeps no colour', () => {
    const seen = { stdout: '', stderr: '' };
    const io = guardStreams({ stdout: (t: string) => void (seen.stdout += t), stderr: (t: string) => void (seen.stderr += t), env: {} });
    io.stdout(`${COLOURS.green}ok${RESET} ${NASTY}\n`);
    io.stderr(`error: ${COLOURS.red}${NASTY}\n`);
    expect(seen.stdout.startsWith(`${COLOURS.green}ok${RESET}`)).toBe(true);
    expect(seen.stderr).not.toContain('\u001b');
    expect(seen.stderr).not.toMatch(CONTROLS);
  });
});
