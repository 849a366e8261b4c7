import { describe, it, expect, afterAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_FILE, CONFIG_FILE_ALT, loadConfig, parseConfig } from '../../src/core/config.js';
import { parseSize } from '../../src/core/size.js';
import { UserError } from '../../src/core/errors.js';
import { fakeKey } from '../helpers/keys.js';

const SHA = 'ab'.repeat(32);
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aks-config-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function errorOf(fn: () => Promise<unknown>): Promise<UserError> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError');
}

describe('parseConfig', () => {
  it('reads every field', async () => {
    const config = await parseConfig(
      `exclude:\n  paths: ['test/**', '*.snap']\nallow:\n  secrets:\n    - ${SHA.toUpperCase()}\n  markers: [nosecret]\nmaxFileSize: 50MB\n`,
      'c.yml',
    );
    expect(config).toEqual({ file: 'c.yml', excludePaths: ['test/**', '*.snap'], allowSecrets: [SHA], markers: ['nosecret'], allowFingerprints: [], maxFileSize: 50 * 1024 * 1024 });
  });

  it('accepts an empty file, comments only, and empty sections', async () => {
    expect(await parseConfig('', 'c.yml')).toEqual({ file: 'c.yml', excludePaths: [], allowSecrets: [], markers: [], allowFingerprints: [] });
    expect((await parseConfig('# nothing\n', 'c.yml')).excludePaths).toEqual([]);
    expect((await parseConfig('exclude:\nallow:\n', 'c.yml')).allowSecrets).toEqual([]);
  });

  it.each([
    ['foo: 1\n', 'c.yml: unknown key "foo" (expected exclude, allow, max-file-size, maxFileSize)'],
    ['exclude:\n  path: [a]\n', 'c.yml: unknown key "exclude.path" (expected exclude.paths)'],
    ['allow:\n  secret: []\n', 'c.yml: unknown key "allow.secret" (expected allow.secrets, allow.markers, allow.fingerprints)'],
    ['- a\n- b\n', 'c.yml: (top level) must be a mapping'],
    ['exclude: [a]\n', 'c.yml: exclude must be a mapping'],
    ['exclude:\n  paths: a/**\n', 'c.yml: exclude.paths must be a list of strings'],
    ['exclude:\n  paths: [a, 3]\n', 'c.yml: exclude.paths[1] must be a non-empty string'],
    ['allow:\n  markers: [""]\n', 'c.yml: allow.markers[0] must be a non-empty string'],
    ['allow:\n  secrets: [abc]\n', 'c.yml: allow.secrets[0] must be a 64-character SHA-256 hex digest (a report\'s secretSha256), not the secret itself'],
    ['maxFileSize: lots\n', 'c.yml: maxFileSize must be a size such as 25MB, 512KB or a number of bytes'],
    ['maxFileSize: -5\n', 'c.yml: maxFileSize must be a positive size'],
    ['a: 1\na: 2\n', 'c.yml: invalid YAML: Map keys must be unique at line 2, column 1'],
    ['exclude: [a\n', expect.stringMatching(/^c\.yml: invalid YAML: [^\n]+$/)],
  ])('rejects %j with one line', async (text, message) => {
    const error = await errorOf(() => parseConfig(text, 'c.yml'));
    expect(error.message).toEqual(message);
  });

  it('never echoes a secret pasted into the config', async () => {
    const key = fakeKey('api03', 'config');
    for (const text of [`allow:\n  secrets: [${key}]\n`, `${key}: true\n`, `allow:\n  ${key}: 1\n`]) {
      const error = await errorOf(() => parseConfig(text, 'c.yml'));
      expect(error.message).not.toContain(key);
      expect(error.message).not.toContain(key.slice(20, 60));
    }
  });
});

describe('parseSize', () => {
  it.each([
    [1024, 1024],
    ['1024', 1024],
    ['25MB', 25 * 1024 ** 2],
    ['25 mib', 25 * 1024 ** 2],
    ['512k', 512 * 1024],
    ['1.5G', 1.5 * 1024 ** 3],
    ['7 b', 7],
  ])('%j -> %d', (value, bytes) => {
    expect(parseSize(value, 'x')).toBe(bytes);
  });
  it.each([[0], ['0'], ['5 TB'], [''], [true], [null]])('rejects %j', (value) => {
    expect(() => parseSize(value, '--max-file-size')).toThrow(/^--max-file-size must be/);
  });
});

describe('loadConfig', () => {
  it('is empty when there is no config file', async () => {
    expect(await loadConfig(tempDir())).toEqual({ excludePaths: [], allowSecrets: [], markers: [], allowFingerprints: [] });
  });

  it('reads the default file under the root, or the .yaml one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, CONFIG_FILE_ALT), 'exclude:\n  paths: [b]\n');
    expect((await loadConfig(dir)).excludePaths).toEqual(['b']);
    writeFileSync(join(dir, CONFIG_FILE), 'exclude:\n  paths: [a]\n');
    const config = await loadConfig(dir);
    expect(config.excludePaths).toEqual(['a']);
    expect(config.file).toBe(join(dir, CONFIG_FILE));
  });

  it('reads an explicit path, and says when it is missing', async () => {
    const dir = tempDir();
    const file = join(dir, 'custom.yml');
    writeFileSync(file, `allow:\n  secrets: [${SHA}]\n`);
    expect((await loadConfig('/nonexistent', file)).allowSecrets).toEqual([SHA]);
    await expect(loadConfig(dir, join(dir, 'missing.yml'))).rejects.toThrow(`config file not found: ${join(dir, 'missing.yml')}`);
    mkdirSync(join(dir, 'adir'));
    await expect(loadConfig(dir, join(dir, 'adir'))).rejects.toThrow(/config file is a directory/);
  });

  it('names the file in validation errors', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, CONFIG_FILE), 'bogus: 1\n');
    await expect(loadConfig(dir)).rejects.toThrow(`${join(dir, CONFIG_FILE)}: unknown key "bogus"`);
  });

  it('refuses a FIFO or a device found as the default config under the root, rather than wait on it forever', async () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, CONFIG_FILE)]);
    await expect(loadConfig(dir)).rejects.toThrow(`config file is not a regular file: ${join(dir, CONFIG_FILE)}`);
    const other = tempDir();
    symlinkSync('/dev/zero', join(other, CONFIG_FILE_ALT));
    await expect(loadConfig(other)).rejects.toThrow(/config file is not a regular file/);
  });
});

describe('max-file-size, one name with the flag and the input', () => {
  it('reads max-file-size, and maxFileSize as its alias', async () => {
    expect((await parseConfig('max-file-size: 2MB\n', 'c.yml')).maxFileSize).toBe(2 * 1024 * 1024);
    expect((await parseConfig('maxFileSize: 2MB\n', 'c.yml')).maxFileSize).toBe(2 * 1024 * 1024);
  });

  it('refuses both at once, and names the spelling used in errors', async () => {
    await expect(parseConfig('max-file-size: 2MB\nmaxFileSize: 3MB\n', 'c.yml')).rejects.toThrow('c.yml: max-file-size and maxFileSize are one setting: give one of them');
    await expect(parseConfig('max-file-size: lots\n', 'c.yml')).rejects.toThrow('c.yml: max-file-size must be a size');
  });
});
