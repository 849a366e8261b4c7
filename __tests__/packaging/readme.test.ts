/**
 * The README a newcomer reads first: it leads with a real report (the one the CLI prints today for the scan it
 * shows, not a hand-made one), lists its sections, and every link inside it lands on a heading.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/cli.js';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';
import { fakeApiKey } from '../helpers/keys.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The README without its fenced code blocks (a `#` in a shell or YAML block is no heading). */
const prose = README.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
const headings = [...prose.matchAll(/^(#{1,6}) (.+)$/gm)].map((m) => ({ level: m[1]!.length, text: m[2]! }));

/** GitHub's anchor for a heading: lower case, punctuation but `-` and `_` dropped, spaces to `-`. */
const slug = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/ /g, '-');

/** What changes from run to run of the same scan: the key (so its hint), commit ids, the time taken, how long ago. */
const normalise = (report: string) =>
  report
    .replace(/sk-ant-api03-\S{3}\.\.\.\S{4}/g, 'HINT')
    .replace(/\bcommit [0-9a-f]{7,40}\b/g, 'commit ID')
    .replace(/\bfingerprint: [0-9a-f]{40}:/g, 'fingerprint: ID:')
    .replace(/, (?:\d+ (?:year|day|hour|minute)s?|less than a minute), in /g, ', SO LONG, in ')
    .replace(/ in \d+(?:\.\d+)? m?s$/m, ' in TIME');

describe('README', () => {
  const repos: TestRepo[] = [];
  afterAll(() => repos.forEach((repo) => repo.cleanup()));

  it('leads with the report the CLI prints for the scan it shows, with a hint and never a key', async () => {
    const sample = /^```text\n\$ anthropic-key-scan (.+)\n([\s\S]*?)^```$/m.exec(README);
    expect(sample).not.toBeNull();
    expect(README.indexOf(sample![0])).toBeLessThan(README.indexOf('\n## '));
    expect(sample![2]).toMatch(/sk-ant-api03-\S{3}\.\.\.\S{4}/);
    expect(sample![2]).not.toMatch(/sk-ant-[\w-]{20,}/);

    // The same repository: a key pasted into the code (and taken out in the next commit), then into a settings file.
    const key = fakeApiKey('readme-sample');
    const repo = createRepo();
    repos.push(repo);
    const dana = { name: 'Dana Developer', email: 'dana@example.com' };
    repo.commitFiles('Add the Claude client', { 'app/client.py': `import anthropic\n\nclient = anthropic.Anthropic(api_key="${key}")\n` }, { author: dana, date: Date.parse('2026-11-02T10:14:00Z') / 1000 });
    repo.commitFiles('Read the API key from the environment', { 'app/client.py': 'import anthropic\n\nclient = anthropic.Anthropic()  # reads ANTHROPIC_API_KEY\n' }, { author: dana, date: Date.parse('2026-11-03T09:01:00Z') / 1000 });
    repo.commitFiles('Production settings', { '.env.production': `ANTHROPIC_API_KEY=${key}\n` }, { author: { name: 'Sam Ops', email: 'sam@example.com' }, date: Date.parse('2026-11-20T16:40:00Z') / 1000 });

    const args = sample![1]!.split(' ');
    expect(args.at(-1)).toBe('.');
    const run = await runCli([...args.slice(0, -1), '--no-color', repo.dir]);
    expect(run.code).toBe(1);
    const printed = run.stdout.replace(`the whole history of ${repo.dir}`, 'the whole history of .');
    expect(normalise(sample![2]!)).toBe(normalise(printed));
  });

  it('has a table of contents naming every section, and the exit codes and how to ignore a finding before the first one', () => {
    const contents = /^## Contents\n\n([\s\S]*?)\n## /m.exec(README)?.[1] ?? '';
    for (const { text } of headings.filter((h) => h.level === 2 && h.text !== 'Contents')) expect(contents).toContain(`(#${slug(text)})`);
    const firstSection = README.indexOf('\n## GitHub Action');
    for (const heading of ['### Exit codes', '### Ignoring a finding']) {
      expect(README.indexOf(`\n${heading}\n`)).toBeGreaterThan(0);
      expect(README.indexOf(`\n${heading}\n`)).toBeLessThan(firstSection);
    }
  });

  it('links only to headings that exist', () => {
    const anchors = new Set(headings.map((h) => slug(h.text)));
    const links = [...prose.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((link) => !anchors.has(link))).toEqual([]);
  });
});
