import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { TOOL_NAME, TOOL_VERSION } from '../src/core/version.js';

describe('version', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(TOOL_NAME).toBe(pkg.name);
    expect(TOOL_VERSION).toBe(pkg.version);
    expect(pkg.bin['anthropic-key-scan']).toBe('dist/cli/index.js');
  });
});
