// Shared by the representation benchmarks (bench/repr/*.bench.ts): registers a benchmark with
// the number of Python-level operations one call performs, runs mitata, and prints a compact
// table (avg ns per call and per operation) after mitata's own output, for docs/decisions.md.
//   node dist/bench/repr/NAME.bench.js [FILTER-REGEX]

import { bench, run } from 'mitata';

const opsOf = new Map<string, number>();

/** A mitata bench whose one call performs `ops` operations (loop iterations, lookups, ...). */
export function benchOps(name: string, ops: number, fn: () => unknown): void {
  if (opsOf.has(name)) throw new Error(`duplicate benchmark name: ${name}`);
  opsOf.set(name, ops);
  bench(name, fn);
}

function fmt(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(2)} ns`;
}

/** Runs every registered benchmark (optionally filtered by argv[2]) and prints the table. */
export async function runAndReport(title: string): Promise<void> {
  const filter = process.argv[2] ? new RegExp(process.argv[2]) : /.*/;
  const { benchmarks } = await run({ filter });
  const rows: string[] = [];
  for (const trial of benchmarks) {
    for (const r of trial.runs) {
      if (!r.stats) {
        rows.push(`| ${r.name} | error | | |`);
        continue;
      }
      const ops = opsOf.get(r.name) ?? 1;
      rows.push(`| ${r.name} | ${fmt(r.stats.avg)} | ${(r.stats.avg / ops).toFixed(2)} | ${ops} |`);
    }
  }
  console.log(`\n## ${title} (node ${process.version})\n`);
  console.log('| benchmark | avg/call | ns/op | ops/call |');
  console.log('|---|---:|---:|---:|');
  for (const row of rows) console.log(row);
}
