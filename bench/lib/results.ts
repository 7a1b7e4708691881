// The results of one benchmark run as stored in bench/results/latest.json and
// bench/baseline.json, and the comparison of a run against a saved baseline.

import { median, relativeMAD } from './stats.js';

export const BACKENDS = ['python3', 'tree', 'vm'] as const;
export type BackendName = (typeof BACKENDS)[number];

/** All runs of one program on one backend. Times in ms; NaN (null in JSON) = not measured. */
export interface Cell {
  wall: number[];
  cpu: number[];
  wallMedian: number;
  cpuMedian: number;
  ok: boolean;
  /** Why the output was rejected (first differing line, exit status, stderr tail). */
  detail?: string;
}

export interface Results {
  version: 1;
  date: string;
  commit: string;
  host: string;
  node: string;
  python: string;
  mode: 'process' | 'inproc';
  /** In process mode: bin/dyad.js run as the `dyad` command (by its first lines), or by `node bin/dyad.js`. */
  launch?: 'command' | 'node';
  /** How bin/dyad.js loaded the interpreter (DYAD_STARTUP_INFO): the bundle, or dist/'s modules. */
  startupInfo: string;
  runs: number;
  loadavg: { start: number; end: number };
  backends: BackendName[];
  /** Program name -> backend -> cell. The start-up row is the program STARTUP. */
  programs: Record<string, Partial<Record<BackendName, Cell>>>;
}

export const STARTUP = '(start-up)';

export function makeCell(wall: number[], cpu: number[]): Cell {
  return { wall, cpu, wallMedian: median(wall), cpuMedian: median(cpu), ok: true };
}

export type Metric = 'wall' | 'cpu';

export interface Change {
  program: string;
  backend: BackendName;
  before: number;
  after: number;
  ratio: number;
  /** 'regression' and 'faster' are beyond both the threshold and the noise of the two runs. */
  verdict: 'regression' | 'faster' | 'noise' | 'same';
}

/**
 * Compares `now` with `base` on one metric. A change counts when the ratio of medians is
 * beyond `threshold` (0.10 = 10%) AND beyond twice the combined spread of the two runs
 * (relative median absolute deviation, scaled to a standard deviation); a change past the
 * threshold but within the spread is reported as noise.
 */
export function compare(base: Results, now: Results, metric: Metric, threshold: number): Change[] {
  const out: Change[] = [];
  for (const [program, row] of Object.entries(now.programs)) {
    const old = base.programs[program];
    if (!old) continue;
    for (const b of BACKENDS) {
      const a = old[b];
      const n = row[b];
      if (!a || !n) continue;
      const xs = (c: Cell) => (metric === 'wall' ? c.wall : c.cpu).map((x) => x ?? NaN);
      const before = median(xs(a));
      const after = median(xs(n));
      if (!(before > 0) || !(after > 0)) continue;
      const ratio = after / before;
      const sigma = 1.4826 * Math.hypot(relativeMAD(xs(a)) || 0, relativeMAD(xs(n)) || 0);
      const change = Math.abs(ratio - 1);
      let verdict: Change['verdict'] = 'same';
      if (change > threshold) verdict = change > 2 * sigma ? (ratio > 1 ? 'regression' : 'faster') : 'noise';
      out.push({ program, backend: b, before, after, ratio, verdict });
    }
  }
  return out;
}

/** JSON with NaN written as null, and read back as NaN. */
export function toJSON(r: Results): string {
  return JSON.stringify(r, (_k, v) => (typeof v === 'number' && Number.isNaN(v) ? null : v), 1) + '\n';
}

export function fromJSON(text: string): Results {
  const r = JSON.parse(text) as Results;
  for (const row of Object.values(r.programs)) {
    for (const c of Object.values(row)) {
      if (!c) continue;
      c.wall = c.wall.map((x) => x ?? NaN);
      c.cpu = c.cpu.map((x) => x ?? NaN);
      c.wallMedian = c.wallMedian ?? NaN;
      c.cpuMedian = c.cpuMedian ?? NaN;
    }
  }
  return r;
}
