/** action.yml: the contract users paste into workflows. Every input has a default the code accepts; every output is set. */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../src/action/inputs.js';
import { actionYaml, inputEnv, ROOT } from './run-action.js';

describe('action.yml', () => {
  const yml = actionYaml();

  it('runs dist/index.js on node24', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('gives every input a default, and the defaults parse', () => {
    for (const [name, spec] of Object.entries(yml.inputs)) expect([name, typeof spec.default]).toEqual([name, 'string']);
    expect(yml.inputs['github-token']!.default).toBe('${{ github.token }}');
    const env = inputEnv();
    const read: string[] = [];
    readInputs((name) => {
      read.push(name);
      return env[`INPUT_${name.toUpperCase()}`] ?? '';
    });
    // The code reads exactly the inputs action.yml declares.
    expect([...new Set(read)].sort()).toEqual(Object.keys(yml.inputs).sort());
  });

  it('declares exactly the outputs the Action sets', () => {
    // The entry and its modules (src/action/) set them.
    const files = ['src/action.ts', ...readdirSync(join(ROOT, 'src/action')).map((name) => `src/action/${name}`)];
    const source = files.map((file) => readFileSync(join(ROOT, file), 'utf8')).join('\n');
    const set = [...source.matchAll(/core\.setOutput\('([a-z-]+)'/g)].map((m) => m[1]).sort();
    expect(set).toEqual(Object.keys(yml.outputs).sort());
  });
});
