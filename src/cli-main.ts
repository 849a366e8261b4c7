#!/usr/bin/env node
// The CLI's process edge: real streams and exit code. Everything else is in cli.ts.
import { main } from './cli.js';

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  ...(process.stderr.isTTY ? { stderrTTY: process.stderr } : {}),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
});
process.exitCode = code;
