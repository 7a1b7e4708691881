// Interpreter work only: runs `dyad --backend B FILE` in this process (no worker thread) and
// reports the CPU time of main() itself (runtime set-up, parse, compile, run), excluding Node
// start-up and module loading. Run one program per process:
//   node --stack-size=50000 bench/vm/inproc.mjs tree|vm FILE   -> prints "<ms>" on stderr
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { main } = await import(resolve(process.env.DYAD_DIST ?? resolve(root, 'dist'), 'src/cli.js'));
const c0 = process.cpuUsage();
const status = await main(['--backend', process.argv[2], process.argv[3]]);
const c = process.cpuUsage(c0);
process.stderr.write(`${((c.user + c.system) / 1000).toFixed(0)}\n`);
process.exitCode = status;
