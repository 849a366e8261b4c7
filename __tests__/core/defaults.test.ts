import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SCAN_OPTIONS } from '../../src/cli/args.js';
import { USAGE } from '../../src/cli/usage.js';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_FILE_SIZE_TEXT, FAIL_ON_VALUES, REPORT_FORMATS } from '../../src/core/defaults.js';
import { isRepositoryName, OWNER_PATTERN, shortCommit } from '../../src/core/names.js';
import { parseSize } from '../../src/core/size.js';
import { blobSizeLimit } from '../../src/sources/history.js';

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, { default?: string; description: string }> };

describe('defaults written once', () => {
  it('the 25 MiB default: the constant, its written form, action.yml, the history source and the help agree', () => {
    expect(DEFAULT_MAX_FILE_SIZE).toBe(25 * 1024 * 1024);
    expect(parseSize(DEFAULT_MAX_FILE_SIZE_TEXT, 'x')).toBe(DEFAULT_MAX_FILE_SIZE);
    expect(parseSize(action.inputs['max-file-size'].default, 'action.yml')).toBe(DEFAULT_MAX_FILE_SIZE);
    expect(blobSizeLimit(undefined)).toBe(DEFAULT_MAX_FILE_SIZE);
    expect(USAGE).toContain(`(default ${DEFAULT_MAX_FILE_SIZE_TEXT})`);
  });

  it("the word lists of --format and --fail-on are the action's too", () => {
    expect(SCAN_OPTIONS.format.value).toBe(REPORT_FORMATS.join('|'));
    expect(SCAN_OPTIONS['fail-on'].value).toBe(FAIL_ON_VALUES.join('|'));
    for (const value of FAIL_ON_VALUES) expect(action.inputs['fail-on'].description).toContain(value);
  });
});

describe('names', () => {
  it.each(['acme/app', 'a/b', 'Acme-1/my.repo_x', `${'a'.repeat(39)}/${'b'.repeat(100)}`])('%s is OWNER/NAME', (name) => {
    expect(isRepositoryName(name)).toBe(true);
  });

  it.each(['acme', 'acme/', '/app', 'a/b/c', '-acme/app', 'acme/..', 'acme/.', 'acme/app.git', `${'a'.repeat(40)}/b`, 'ac me/app', 'acme/a p', 'acme/app\n'])(
    '%j is not OWNER/NAME',
    (name) => {
      expect(isRepositoryName(name)).toBe(false);
    },
  );

  it('owners follow GitHub login rules', () => {
    expect(OWNER_PATTERN.test('acme-corp')).toBe(true);
    expect(OWNER_PATTERN.test('acme_corp')).toBe(false);
  });

  it('shortens commit ids to 7 by default, to 12 where asked, and says ? for none', () => {
    const sha = 'abcdef0123456789abcdef0123456789abcdef01';
    expect(shortCommit(sha)).toBe('abcdef0');
    expect(shortCommit(sha, 12)).toBe('abcdef012345');
    expect(shortCommit(undefined)).toBe('?');
  });
});
