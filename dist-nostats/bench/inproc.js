// In-process mode of the benchmark runner (`npm run bench -- --inproc`): runs
// `dyad --backend B ARGS...` in this process (no worker thread) and reports the wall and CPU
// time of main() alone (runtime set-up, parse, compile, run), without Node's start-up and
// module loading, as `@@dyad-bench WALL_MS CPU_MS` on the last line of stderr.
//   node --stack-size=4000 dist/bench/inproc.js [--dist DIR] tree|vm FILE
// --dist DIR (default: this checkout's dist/) selects which build of Dyad to run.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';
let argv = process.argv.slice(2);
let dist = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (argv[0] === '--dist') {
    dist = resolve(argv[1]);
    argv = argv.slice(2);
}
const { main } = (await import(pathToFileURL(resolve(dist, 'src/cli.js')).href));
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
const status = await main(['--backend', ...argv]);
const c = process.cpuUsage(c0);
const wall = Number(process.hrtime.bigint() - t0) / 1e6;
process.stderr.write(`\n@@dyad-bench ${wall.toFixed(1)} ${((c.user + c.system) / 1000).toFixed(1)}\n`);
process.exitCode = status;
//# sourceMappingURL=inproc.js.map