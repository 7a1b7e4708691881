// The results of one benchmark run as stored in bench/results/latest.json and
// bench/baseline.json, and the comparison of a run against a saved baseline.
import { median, relativeMAD } from './stats.js';
export const BACKENDS = ['python3', 'tree', 'vm'];
export const STARTUP = '(start-up)';
export function makeCell(wall, cpu) {
    return { wall, cpu, wallMedian: median(wall), cpuMedian: median(cpu), ok: true };
}
/**
 * Compares `now` with `base` on one metric. A change counts when the ratio of medians is
 * beyond `threshold` (0.10 = 10%) AND beyond twice the combined spread of the two runs
 * (relative median absolute deviation, scaled to a standard deviation); a change past the
 * threshold but within the spread is reported as noise.
 */
export function compare(base, now, metric, threshold) {
    const out = [];
    for (const [program, row] of Object.entries(now.programs)) {
        const old = base.programs[program];
        if (!old)
            continue;
        for (const b of BACKENDS) {
            const a = old[b];
            const n = row[b];
            if (!a || !n)
                continue;
            const xs = (c) => (metric === 'wall' ? c.wall : c.cpu).map((x) => x ?? NaN);
            const before = median(xs(a));
            const after = median(xs(n));
            if (!(before > 0) || !(after > 0))
                continue;
            const ratio = after / before;
            const sigma = 1.4826 * Math.hypot(relativeMAD(xs(a)) || 0, relativeMAD(xs(n)) || 0);
            const change = Math.abs(ratio - 1);
            let verdict = 'same';
            if (change > threshold)
                verdict = change > 2 * sigma ? (ratio > 1 ? 'regression' : 'faster') : 'noise';
            out.push({ program, backend: b, before, after, ratio, verdict });
        }
    }
    return out;
}
/** JSON with NaN written as null, and read back as NaN. */
export function toJSON(r) {
    return JSON.stringify(r, (_k, v) => (typeof v === 'number' && Number.isNaN(v) ? null : v), 1) + '\n';
}
export function fromJSON(text) {
    const r = JSON.parse(text);
    for (const row of Object.values(r.programs)) {
        for (const c of Object.values(row)) {
            if (!c)
                continue;
            c.wall = c.wall.map((x) => x ?? NaN);
            c.cpu = c.cpu.map((x) => x ?? NaN);
            c.wallMedian = c.wallMedian ?? NaN;
            c.cpuMedian = c.cpuMedian ?? NaN;
        }
    }
    return r;
}
//# sourceMappingURL=results.js.map