/** withGitEnv: extra environment reaches every git child started inside it, and nothing outside it. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { git, streamGit, withGitEnv } from '../../src/sources/git/run.js';
import { createRepo } from '../helpers/git-repo.js';

const repo = createRepo();
afterAll(() => repo.cleanup());
const env = { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'aks.probe', GIT_CONFIG_VALUE_0: 'scoped' };
const probe = async () => (await git(repo.dir, ['config', '--get', 'aks.probe'], { okCodes: [0, 1] })).stdout.toString().trim();

describe('withGitEnv', () => {
  it('reaches git children however deep the async calls go, streamed ones too', async () => {
    const seen = await withGitEnv(env, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      const streamed: Buffer[] = [];
      for await (const chunk of streamGit(repo.dir, ['config', '--get', 'aks.probe'])) streamed.push(chunk);
      return [await probe(), Buffer.concat(streamed).toString().trim()];
    });
    expect(seen).toEqual(['scoped', 'scoped']);
  });

  it('leaves process.env and calls outside it alone', async () => {
    await withGitEnv(env, async () => undefined);
    expect(process.env.GIT_CONFIG_KEY_0).toBeUndefined();
    expect(await probe()).toBe('');
  });
});
