// Source lines of every file the runtime compiled, for tracebacks (CPython's linecache).
import { readFileSync } from 'node:fs';
const cache = new Map();
export function remember(filename, source) {
    cache.set(filename, source.split(/\r\n|\r|\n/));
}
/** Line `lineno` (1-based) of `filename`, stripped, or null. */
export function getLine(filename, lineno) {
    let lines = cache.get(filename);
    if (lines === undefined) {
        if (filename.startsWith('<'))
            return null;
        try {
            lines = readFileSync(filename, 'utf8').split(/\r\n|\r|\n/);
        }
        catch {
            return null;
        }
        cache.set(filename, lines);
    }
    const l = lines[lineno - 1];
    return l === undefined ? null : l.trim();
}
//# sourceMappingURL=linecache.js.map