// Text output of the benchmark runner: the results table (one per metric: program, python3,
// tree, vm, vm/tree, vm/cpython, tree/cpython, geometric-mean row, start-up row) as Markdown,
// so it can be pasted into bench/README.md, and the baseline comparison.
import { geomean } from './stats.js';
import { STARTUP } from './results.js';
const RATIOS = [
    ['vm/tree', 'vm', 'tree'],
    ['vm/cpython', 'vm', 'python3'],
    ['tree/cpython', 'tree', 'python3'],
];
function ms(x) {
    return Number.isFinite(x) ? x.toFixed(0) : '-';
}
function ratio(x) {
    return Number.isFinite(x) ? x.toFixed(2) : '-';
}
export function resultsTable(r, metric) {
    const key = metric === 'wall' ? 'wallMedian' : 'cpuMedian';
    const backends = r.backends;
    const ratios = RATIOS.filter(([, a, b]) => backends.includes(a) && backends.includes(b));
    const head = ['program', ...backends.map((b) => `${b} ms`), ...ratios.map(([n]) => n)];
    const rows = [];
    const progs = Object.keys(r.programs).filter((p) => p !== STARTUP);
    const value = (p, b) => r.programs[p][b]?.[key] ?? NaN;
    for (const p of progs) {
        const cells = backends.map((b) => ms(value(p, b)) + (r.programs[p][b]?.ok === false ? ' !' : ''));
        rows.push([p, ...cells, ...ratios.map(([, a, b]) => ratio(value(p, a) / value(p, b)))]);
    }
    if (progs.length > 1) {
        const gm = (b) => geomean(progs.map((p) => value(p, b)));
        // the ratio of geometric means is the geometric mean of the per-program ratios
        rows.push(['**geometric mean**', ...backends.map((b) => ms(gm(b))), ...ratios.map(([, a, b]) => ratio(gm(a) / gm(b)))]);
    }
    if (r.programs[STARTUP]) {
        rows.push(['start-up (empty program)', ...backends.map((b) => ms(value(STARTUP, b))), ...ratios.map(([, a, b]) => ratio(value(STARTUP, a) / value(STARTUP, b)))]);
    }
    return markdown(head, rows);
}
function markdown(head, rows) {
    const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join(' | ') + ' |';
    const rule = '|' + width.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|';
    return [line(head), rule, ...rows.map(line)].join('\n') + '\n';
}
export function comparisonReport(changes, metric, file, threshold) {
    const lines = [`compared with ${file} (${metric} time, medians; threshold ${(threshold * 100).toFixed(0)}% and twice the noise):`];
    const flagged = changes.filter((c) => c.verdict !== 'same');
    if (flagged.length === 0)
        lines.push(`  no change beyond ${(threshold * 100).toFixed(0)}% (${changes.length} comparisons)`);
    for (const c of flagged) {
        const pct = ((c.ratio - 1) * 100).toFixed(1);
        const tag = c.verdict === 'regression' ? 'REGRESSION' : c.verdict === 'faster' ? 'faster' : 'within noise';
        lines.push(`  ${tag.padEnd(12)} ${c.program} on ${c.backend}: ${ms(c.before)} -> ${ms(c.after)} ms (${c.ratio > 1 ? '+' : ''}${pct}%)`);
    }
    return lines.join('\n') + '\n';
}
//# sourceMappingURL=table.js.map