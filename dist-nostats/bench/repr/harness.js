// Shared by the representation benchmarks (bench/repr/*.bench.ts):
//  - benchOps/runAndReport: a mitata bench registered with the number of Python-level operations
//    one call performs; after mitata's own output, a compact table (avg ns per call and per op)
//    for docs/decisions.md.   node dist/bench/repr/NAME.bench.js [FILTER-REGEX]
//  - specialise: a fresh copy of a template function with its free names bound, so one program
//    text can be run over several representations without the copies sharing JIT feedback
//    (closures of one function literal share a feedback vector in V8; `new Function` does not).
import { bench, run } from 'mitata';
import { loadavg } from 'node:os';
const opsOf = new Map();
/** A mitata bench whose one call performs `ops` operations (loop iterations, lookups, ...). */
export function benchOps(name, ops, fn) {
    if (opsOf.has(name))
        throw new Error(`duplicate benchmark name: ${name}`);
    opsOf.set(name, ops);
    bench(name, fn);
}
function fmt(ns) {
    if (ns >= 1e6)
        return `${(ns / 1e6).toFixed(2)} ms`;
    if (ns >= 1e3)
        return `${(ns / 1e3).toFixed(2)} µs`;
    return `${ns.toFixed(2)} ns`;
}
/** Runs every registered benchmark (optionally filtered by argv[2]) and prints the table. */
export async function runAndReport(title) {
    const filter = process.argv[2] ? new RegExp(process.argv[2]) : /.*/;
    const load0 = loadavg()[0];
    const { benchmarks } = await run({ filter });
    const load1 = loadavg()[0];
    const rows = [];
    for (const trial of benchmarks) {
        for (const r of trial.runs) {
            if (!r.stats) {
                rows.push(`| ${r.name} | error | | |`);
                continue;
            }
            const ops = opsOf.get(r.name) ?? 1;
            const { avg, p50 } = r.stats;
            rows.push(`| ${r.name} | ${fmt(avg)} | ${(avg / ops).toFixed(2)} | ${(p50 / ops).toFixed(2)} | ${ops} |`);
        }
    }
    console.log(`\n## ${title} (node ${process.version}, load average ${load0.toFixed(1)} -> ${load1.toFixed(1)})\n`);
    console.log('| benchmark | avg/call | ns/op (avg) | ns/op (p50) | ops/call |');
    console.log('|---|---:|---:|---:|---:|');
    for (const row of rows)
        console.log(row);
}
/**
 * A fresh copy of `template` (compiled anew, so with its own type feedback and optimised code)
 * in which the free identifiers named by `bindings`' keys refer to its values.
 */
export function specialise(template, bindings) {
    const names = Object.keys(bindings);
    const make = new Function(...names, `'use strict'; return (${template.toString()});`);
    return make(...names.map((n) => bindings[n]));
}
//# sourceMappingURL=harness.js.map