// Small statistics for the benchmark runner: median, median absolute deviation, geometric mean.
// NaN marks a missing measurement (a backend not run, CPU time unavailable) and is skipped.
export function median(xs) {
    const v = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
    if (v.length === 0)
        return NaN;
    const m = v.length >> 1;
    return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}
/** Median absolute deviation relative to the median (0.05 = a typical run is 5% off). */
export function relativeMAD(xs) {
    const m = median(xs);
    if (!(m > 0))
        return NaN;
    return median(xs.map((x) => Math.abs(x - m))) / m;
}
/** Geometric mean of the positive, finite values; NaN when there are none. */
export function geomean(xs) {
    const v = xs.filter((x) => Number.isFinite(x) && x > 0);
    if (v.length === 0)
        return NaN;
    return Math.exp(v.reduce((s, x) => s + Math.log(x), 0) / v.length);
}
//# sourceMappingURL=stats.js.map