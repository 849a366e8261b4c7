#!/usr/bin/env node
// The CLI's process edge: real streams and exit code. Everything else is in cli.ts.
// First: a files scan's reading thread starts while the rest loads (cli/prestart.ts); imports run in this order.
import './cli/prestart-now.js';
import { main } from './cli.js';
import { TOOL_NAME } from './core/version.js';

// A reader that goes away (`| head -1`) is no error of ours: stop writing, keep the exit code. Without a
// listener, the EPIPE would crash the process with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
  process.stderr.write(`${TOOL_NAME}: error: cannot write to stdout (${error.code ?? error.message})\n`);
  process.exitCode = 2;
});
process.stderr.on('error', () => {}); // nowhere left to say it

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  ...(process.stderr.isTTY ? { stderrTTY: process.stderr } : {}),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stdin: () => process.stdin,
});
process.exitCode ||= code;
