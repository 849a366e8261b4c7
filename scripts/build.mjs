// `npm run build`: both bundles built at once (each ncc run is ~25 s of mostly one core; one after the other they
// took over a minute), after dist/ is emptied. Fails when either fails, with its output.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (script) =>
  new Promise((resolve) => {
    const child = spawn(npm, ['run', '-s', script], { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
const codes = await Promise.all([run('build:action'), run('build:cli')]);
if (codes.some((code) => code !== 0)) process.exit(1);
