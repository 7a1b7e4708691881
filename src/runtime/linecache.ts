// Source lines of every file the runtime compiled, for tracebacks (CPython's linecache).
import { readFileSync } from 'node:fs';
import { decodeSource } from '../text/source-decode.js';

const cache = new Map<string, string[]>();

export function remember(filename: string, source: string): void {
  cache.set(filename, source.split(/\r\n|\r|\n/));
}

/** Line `lineno` (1-based) of `filename`, stripped, or null. */
export function getLine(filename: string, lineno: number): string | null {
  const l = getRawLine(filename, lineno);
  return l === null ? null : l.trim();
}

/** Line `lineno` (1-based) of `filename` as it is in the source, or null. */
export function getRawLine(filename: string, lineno: number): string | null {
  let lines = cache.get(filename);
  if (lines === undefined) {
    if (filename.startsWith('<')) return null;
    try {
      lines = decodeSource(readFileSync(filename)).split(/\r\n|\r|\n/);
    } catch {
      return null;
    }
    cache.set(filename, lines);
  }
  const l = lines[lineno - 1];
  return l === undefined ? null : l;
}
