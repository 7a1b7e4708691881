// `npm run bench:micro [-- FILE...] [FILTER-REGEX]`: every bench/micro/*.bench.js (or those
// named: variables, calls, attrs, parse), each in its own process (mitata keeps one global
// list of benchmarks, and separate processes keep the JIT feedback of one file from colouring
// the next). Any other argument is a regular expression on benchmark names, passed on.
//   node dist/bench/micro/all.js [FILE...] [FILTER-REGEX]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const here = dirname(fileURLToPath(import.meta.url));
const all = readdirSync(here).filter((f) => f.endsWith('.bench.js')).sort();
const stems = new Set(all.map((f) => f.slice(0, -'.bench.js'.length)));
const named = process.argv.slice(2).filter((a) => stems.has(a));
const filter = process.argv.slice(2).filter((a) => !stems.has(a));
const files = named.length ? all.filter((f) => named.includes(f.slice(0, -'.bench.js'.length))) : all;
let status = 0;
for (const f of files) {
    process.stdout.write(`\n=== ${f}\n`);
    const r = spawnSync(process.execPath, [join(here, f), ...filter], { stdio: 'inherit' });
    if (r.status !== 0)
        status = 1;
}
process.exitCode = status;
//# sourceMappingURL=all.js.map