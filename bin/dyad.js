#!/usr/bin/env node
// The `dyad` command. The interpreter runs in a worker thread with a large JS stack, so that deep
// Python recursion is limited by sys.getrecursionlimit() (RecursionError), not by V8's default
// stack (npm ci builds dist/ via `prepare`).
import { Worker, isMainThread, workerData } from 'node:worker_threads';

const STACK_MB = 1024;

if (isMainThread) {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { argv: process.argv.slice(2) },
    resourceLimits: { stackSizeMb: STACK_MB },
    stdin: false,
  });
  worker.on('error', (e) => {
    process.stderr.write(`dyad: internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  });
  worker.on('exit', (code) => {
    // An uncaught KeyboardInterrupt (EXIT_BY_SIGINT in src/run.ts): die by SIGINT like CPython.
    if (code === 0x102) process.kill(process.pid, 'SIGINT');
    else if (process.exitCode === undefined) process.exitCode = code;
  });
} else {
  const { main } = await import('../dist/src/cli.js');
  const status = await main(workerData.argv);
  process.exit(status);
}
