// In-process mode of the benchmark runner (`npm run bench -- --inproc`): runs
// `dyad --backend B ARGS...` in this process (no worker thread) and reports the wall and CPU
// time of main() alone (runtime set-up, parse, compile, run), without Node's start-up and
// module loading, as `@@dyad-bench WALL_MS CPU_MS` on the last line of stderr.
//   node --stack-size=4000 dist/bench/inproc.js [--dist DIR] [--repeat N] tree|vm FILE
// --dist DIR (default: this checkout's dist/) selects which build of Dyad to run.
// --repeat N runs the program N times in this one process (a fresh Dyad runtime each time, the
// same V8) and prints `@@dyad-run I WALL_MS CPU_MS MAIN_MS` per run before the summary line
// (which is then the first run's): how much of a run is V8 warming up (type feedback,
// optimising the interpreter's functions) rather than the interpreter's own speed. MAIN_MS is
// the main thread's CPU time alone (Linux), without V8's background compiler and GC threads.

import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';
import { readFileSync } from 'node:fs';

let argv = process.argv.slice(2);
let dist = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let repeat = 0;
for (;;) {
  if (argv[0] === '--dist') {
    dist = resolve(argv[1]);
    argv = argv.slice(2);
  } else if (argv[0] === '--repeat') {
    repeat = Number(argv[1]);
    argv = argv.slice(2);
  } else break;
}
const { main } = (await import(pathToFileURL(resolve(dist, 'src/cli.js')).href)) as { main(argv: string[]): Promise<number> };

/** CPU ms of this process's main thread (utime + stime of /proc/self/task/PID), or NaN. */
function mainThreadMs(): number {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

let first = '';
let status = 0;
for (let i = 0; i < Math.max(repeat, 1); i++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const m0 = mainThreadMs();
  status = await main(['--backend', ...argv]);
  const c = process.cpuUsage(c0);
  const wall = (Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1);
  const cpu = ((c.user + c.system) / 1000).toFixed(1);
  if (repeat > 0) process.stderr.write(`\n@@dyad-run ${i + 1} ${wall} ${cpu} ${mainThreadMs() - m0}\n`);
  if (i === 0) first = `${wall} ${cpu}`;
}
process.stderr.write(`\n@@dyad-bench ${first}\n`);
process.exitCode = status;
