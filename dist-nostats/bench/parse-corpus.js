// Whole-corpus parse throughput: every .py file of CPython's standard library (or DIR) parsed
// file by file, three passes; prints lines/s per pass next to CPython's own `ast.parse` on the
// same files in the same run, and the heap after each pass (it must not grow without bound).
//   node dist/bench/parse-corpus.js [DIR]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from '../grammar/index.js';
import { listPy, stdlibDir } from '../tools/cpython-ref.js';
const dir = process.argv[2] ?? stdlibDir();
const sources = [];
for (const file of listPy(dir)) {
    let src;
    try {
        src = readFileSync(file, 'utf8');
    }
    catch {
        continue;
    }
    if (src.includes('\ufffd'))
        continue; // not UTF-8: CPython's reference skips these too
    sources.push({ file, src, lines: src.split('\n').length - 1 });
}
const totalLines = sources.reduce((n, s) => n + s.lines, 0);
function pass() {
    let failed = 0;
    const t0 = process.hrtime.bigint();
    for (const s of sources) {
        try {
            parse(s.src, s.file, 'exec');
        }
        catch {
            failed++;
        }
    }
    return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, failed };
}
console.log(`${sources.length} files, ${totalLines} lines`);
for (let i = 1; i <= 3; i++) {
    const r = pass();
    const heap = process.memoryUsage().heapUsed / 2 ** 20;
    console.log(`dyad pass ${i}: ${r.seconds.toFixed(2)} s, ${Math.round(totalLines / r.seconds)} lines/s, ${r.failed} files raised, heap ${heap.toFixed(0)} MiB`);
}
const py = `
import ast, sys, time, warnings
warnings.simplefilter('ignore')
files = sys.stdin.read().split('\\n')
srcs = []
for f in files:
    try: srcs.append(open(f, encoding='utf-8').read())
    except Exception: pass
n = sum(s.count('\\n') for s in srcs)
t0 = time.perf_counter()
for s in srcs:
    try: ast.parse(s)
    except Exception: pass
dt = time.perf_counter() - t0
print(f"cpython ast.parse: {dt:.2f} s, {round(n / dt)} lines/s")
`;
try {
    process.stdout.write(execFileSync('python3', ['-c', py], { input: sources.map((s) => s.file).join('\n') }).toString());
}
catch {
    console.log('python3 not available: no CPython figure');
}
//# sourceMappingURL=parse-corpus.js.map