import { afterEach, describe, expect, it } from '@jest/globals';
import type { JsonFinding, JsonReport } from '../../../src/core/report.js';
import { renderOrgSummary } from '../../../src/audit/summary.js';
import { publishCheckRun } from '../../../src/report/github/check-run.js';
import { code, link, oneLine, row, safeUrl, text } from '../../../src/report/github/markdown.js';
import { createClient } from '../../../src/github/client.js';
import { inlineBody, planReview, summaryCommentBody } from '../../../src/report/github/review.js';
import { renderSummary, type SummaryContext } from '../../../src/report/github/summary.js';
import { AT_ROOT } from '../../../src/report/github/where.js';
import { servePullRequestApi, startGitHubServer, type GitHubServer } from '../../helpers/github-server.js';
import { gfmCells, HOSTILE_NAMES, markdownProblems } from '../../helpers/markdown.js';
import { C1, C2, finding, reportOf } from './fixtures.js';

describe('markdown.ts', () => {
  it('code spans: a fence longer than any backtick run, padded when the name starts or ends with one', () => {
    expect(code('a.env')).toBe('`a.env`');
    expect(code('a`b')).toBe('``a`b``');
    expect(code('x```y`')).toBe('```` x```y` ````');
    expect(code(' lead')).toBe('`  lead `');
    expect(code('')).toBe('` `');
    expect(code('two\nlines')).toBe('`two lines`');
  });

  it('in a table cell every | is escaped, after an even run of backslashes', () => {
    expect(code('a|b', 'cell')).toBe('`a\\|b`');
    expect(code('a\\|b', 'cell')).toBe('`a\\\\\\|b`');
    expect(code('a\\\\|b', 'cell')).toBe('`a\\\\\\|b`');
    for (const name of ['a|b', 'a\\|b', 'a\\\\|b', 'a\\\\\\|b', '|', '\\|', 'x\\']) {
      expect(gfmCells(row([code(name, 'cell'), 'z']))).toHaveLength(2);
      expect(gfmCells(row([text(name), 'z']))).toHaveLength(2);
    }
  });

  it('plain text: entities, escapes, no mention, reference or bare URL', () => {
    expect(text('a|b<script>\n[x](y)')).toBe('a\\|b&lt;script&gt; \\[x\\]\\(y\\)');
    expect(text('@alice #3 https://x.test www.x.test')).toBe('@\u200balice #\u200b3 https:\u200b//x.test www\u200b.x.test'.replace('#', '\\#'));
    expect(text('- item')).toBe('\\- item');
    expect(text('12. item')).toBe('12\\. item');
    expect(oneLine('a\r\nb\u2028c\u0007')).toBe('a b c?');
  });

  it('links only to http(s), with the characters that end a destination or a cell encoded', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://github.com/a/b/blob/c/x (1)|y.env')).toBe('https://github.com/a/b/blob/c/x%20%281%29%7Cy.env');
    expect(link('x', 'data:text/html,hi')).toBe('x');
  });
});

describe('the judge (helpers/markdown.ts)', () => {
  it('sees each way out when a name goes in raw', () => {
    const raw = (name: string) => `| a | b |\n| --- | --- |\n| \`${name}\` | ${name} |`;
    const caught = HOSTILE_NAMES.filter((name) => markdownProblems(raw(name), { names: [name] }).length > 0);
    for (const way of ['pipe|', '<img', '<script>', '[click me]', '![img]', 'new\nline', '@everyone', 'refs #1', 'bare-url', '**bold**']) {
      expect(caught.filter((name) => name.includes(way)).length).toBeGreaterThan(0);
    }
    expect(markdownProblems(raw('x\\|y'))).toEqual([]); // an escaped pipe stays in its cell
    expect(markdownProblems(raw('x\\\\|y'))).toEqual([expect.stringMatching(/^row of 4 cells in a table of 2/)]);
    expect(markdownProblems('@alice said #1')).toEqual(['a live mention @alice', 'a live reference #1']);
  });
});

/** A report in which every name an attacker controls is `name`. */
function hostileReport(name: string): JsonReport {
  const file = finding(`file-${name}`, 'live', [
    { path: name, line: 3, commit: C1, inHead: true, headLine: 3, author: name, member: name, repository: 'acme/app' },
    { path: `dir/${name}`, line: 1, commit: C1, inHead: false, repository: 'acme/app' },
  ], {
    statusDetail: name,
    revocation: { outcome: 'refused', keyId: name, keyName: name, reason: name },
  });
  const tag = finding(`tag-${name}`, 'unknown', [{ kind: 'tag-message', tag: name, line: 1, commit: C2 }], { statusDetail: name });
  const message = finding(`msg-${name}`, 'unchecked', [{ kind: 'commit-message', line: 2, commit: C2, author: name }]);
  const report = reportOf([file, tag, message]);
  report.notes = [{ reason: 'too-large', message: `skipped ${name}: too large` }];
  report.errors = [`could not read ${name}`];
  report.scope = { ...report.scope, repositories: ['acme/app'], failedRepositories: [{ repository: name, reason: name }] };
  return report;
}

const ctx = (name: string): SummaryContext => ({
  placement: AT_ROOT, serverUrl: 'https://github.com', repository: 'acme/app', sha: C2,
  scanned: `branch ${name}`, failure: `failed at ${name}`, notices: [name], reportFile: name, sarifFile: name,
});

describe.each(HOSTILE_NAMES.map((name) => [JSON.stringify(name), name]))('a name like %s', (_, name) => {
  const report = hostileReport(name);

  it('cannot break the job summary', () => {
    expect(markdownProblems(renderSummary(report, ctx(name)), { names: [name] })).toEqual([]);
  });

  it('cannot break the review comments', () => {
    const first = report.findings[0]!;
    expect(markdownProblems(inlineBody(first, first.locations[0]!))).toEqual([]);
    const plan = planReview(report, AT_ROOT, new Map(), new Set());
    const body = summaryCommentBody(report, plan, 0, ctx(name), ['@acme/security']);
    expect(markdownProblems(body, { mentions: ['@acme/security'], names: [name] })).toEqual([]);
    expect(body).toContain('@acme/security');
  });

  it('cannot break the organization summary', () => {
    const org: JsonReport = {
      ...report,
      findings: report.findings.map((f): JsonFinding => ({ ...f, locations: f.locations.map((l) => ({ ...l, repository: name })) })),
    };
    expect(markdownProblems(renderOrgSummary(org, { serverUrl: 'https://github.com' }), { names: [name] })).toEqual([]);
  });
});

describe('the check run', () => {
  let gh: GitHubServer | undefined;
  afterEach(async () => {
    await gh?.close();
    gh = undefined;
  });

  it('carries the summary text, safe whatever the names', async () => {
    gh = await startGitHubServer();
    const state = servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    const client = createClient({ token: 't', baseUrl: gh.url });
    // All names in one run: the client spaces writes a second apart, as GitHub asks.
    const reports = HOSTILE_NAMES.map(hostileReport);
    const report = reportOf(reports.flatMap((r) => r.findings));
    const summary = renderSummary(report, ctx(HOSTILE_NAMES.join(' / ')));
    expect(summary.length).toBeLessThan(65_000); // all of it reaches the check run
    await publishCheckRun(client, report, AT_ROOT, { owner: 'acme', repo: 'app', headSha: C1, failing: true, text: summary });
    expect(state.checkRuns).toHaveLength(1);
    expect(markdownProblems(`${state.checkRuns[0]!.output.summary}\n\n${state.checkRuns[0]!.output.text}`, { names: [...HOSTILE_NAMES] })).toEqual([]);
    expect(gh.schemaViolations).toEqual([]);
  });
});
