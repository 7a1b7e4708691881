// Shared by the interpreter micro-benchmarks (bench/micro/*.bench.ts, `npm run bench:micro`):
// a Dyad interpreter per backend inside this process, Python snippets compiled once and run
// through the real backend API (Backend.compile / Backend.run, as src/run.ts does), and a
// compact table after mitata's own output: time per Python-level operation (one loop
// iteration's work), so tree and vm, and different variable kinds, compare directly.
//   node dist/bench/micro/NAME.bench.js [FILTER-REGEX]
import { bench, run, do_not_optimize } from 'mitata';
import { loadavg } from 'node:os';
import { parse } from '../../grammar/index.js';
import { createInterpreter, createMainModule, prepareRuntime } from '../../src/runtime/setup.js';
import { setInterpreter } from '../../src/runtime/interpreter.js';
import { TreeWalkBackend } from '../../backends/treewalk/index.js';
import { VMBackend } from '../../backends/vm/index.js';
import { flushAllOutput } from '../../src/builtins/streams.js';
import { reportUncaught } from '../../src/run.js';
export const BACKENDS = ['tree', 'vm'];
/** One interpreter with its own __main__ namespace, on one backend. */
export class PyRuntime {
    constructor(name) {
        this.name = name;
        prepareRuntime(); // the object model, before any backend exists
        this.backend = name === 'tree' ? new TreeWalkBackend() : new VMBackend();
        this.interp = createInterpreter({ backend: this.backend, argv: ['<bench>'], path: [''] });
        this.globals = createMainModule(this.interp, null).dict;
    }
    compile(source, filename = '<bench>') {
        setInterpreter(this.interp);
        return this.backend.compile(parse(source, filename, 'exec'), filename, 'exec', source);
    }
    /** Runs module-level code in __main__ (definitions, set-up). A Python error is fatal. */
    exec(source) {
        this.runCode(this.compile(source));
    }
    runCode(code) {
        setInterpreter(this.interp);
        try {
            this.backend.run(code, this.globals, this.globals);
        }
        catch (e) {
            reportUncaught(e);
            flushAllOutput();
            throw new Error(`Python error in a benchmark snippet on ${this.name}`);
        }
    }
}
const runtimes = new Map();
/** The shared runtime of a backend (one interpreter per backend per process). */
export function runtime(b) {
    let r = runtimes.get(b);
    if (r === undefined)
        runtimes.set(b, (r = new PyRuntime(b)));
    return r;
}
const opsOf = new Map();
const registered = [];
/**
 * Registers `NAME [backend]`: `setup` runs once in __main__ (name snippets apart with unique
 * identifiers: every snippet of a backend shares one namespace), then each benchmark call runs
 * the module-level statement `call`, which performs `ops` operations.
 */
export function pyBench(name, b, setup, call, ops) {
    const rt = runtime(b);
    rt.exec(setup);
    const code = rt.compile(call);
    rt.runCode(code); // fail now, not inside mitata, if the snippet is wrong
    const full = `${name} [${b}]`;
    if (opsOf.has(full))
        throw new Error(`duplicate benchmark name: ${full}`);
    opsOf.set(full, ops);
    const fn = () => rt.runCode(code);
    registered.push(fn);
    bench(full, () => do_not_optimize(fn()));
}
/** Both backends. */
export function pyBenchBoth(name, setup, call, ops) {
    for (const b of BACKENDS)
        pyBench(name, b, setup, call, ops);
}
function fmt(ns) {
    if (ns >= 1e6)
        return `${(ns / 1e6).toFixed(2)} ms`;
    if (ns >= 1e3)
        return `${(ns / 1e3).toFixed(2)} µs`;
    return `${ns.toFixed(1)} ns`;
}
/**
 * Runs every registered snippet round-robin for a while (all of them, whatever the filter), so
 * that V8 optimises the interpreters with type feedback from all of them before anything is
 * measured: otherwise the first benchmarks run in less optimised code, or the later ones after
 * a deoptimisation, and the figures depend on the order and on the filter.
 */
function warmUp() {
    const t0 = Date.now();
    for (let round = 0; round < 300 && Date.now() - t0 < 4000; round++)
        for (const fn of registered)
            fn();
}
/** Runs the registered benchmarks (filtered by argv[2]) and prints ns per operation. */
export async function runAndReport(title) {
    const filter = process.argv[2] ? new RegExp(process.argv[2]) : /.*/;
    const load0 = loadavg()[0];
    warmUp();
    const { benchmarks } = await run({ filter });
    const load1 = loadavg()[0];
    const byName = new Map();
    for (const trial of benchmarks) {
        for (const r of trial.runs) {
            const m = /^(.*) \[(tree|vm)\]$/.exec(r.name);
            const base = m ? m[1] : r.name;
            const b = (m ? m[2] : 'vm');
            const row = byName.get(base) ?? {};
            const ops = opsOf.get(r.name) ?? 1;
            row[b] = r.stats ? [r.stats.min / ops, r.stats.p50 / ops] : [NaN, NaN];
            byName.set(base, row);
        }
    }
    // the minimum is the steadier estimate on a loaded machine (noise only adds time)
    console.log(`\n## ${title}: time per op, fastest sample (median) (node ${process.version}, load average ${load0.toFixed(1)} -> ${load1.toFixed(1)})\n`);
    console.log('| benchmark | tree | vm | vm/tree (min) |');
    console.log('|---|---:|---:|---:|');
    const n = (x) => (x === undefined || Number.isNaN(x[0]) ? '-' : `${fmt(x[0])} (${fmt(x[1])})`);
    for (const [name, row] of byName) {
        const ratio = row.tree && row.vm ? (row.vm[0] / row.tree[0]).toFixed(2) : '-';
        console.log(`| ${name} | ${n(row.tree)} | ${n(row.vm)} | ${ratio} |`);
    }
}
//# sourceMappingURL=harness.js.map