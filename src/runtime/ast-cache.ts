// The shipped standard library's syntax trees, parsed at build time (tools/ast-cache.mjs):
// importing `re` or `collections` reads its tree as JSON instead of parsing the source,
// which was half the time of such an import (the parser runs cold at start-up). The role of
// CPython's __pycache__, one step earlier: each backend still compiles the tree.
//
// dist/lib-ast/<path under lib/>.json holds the tree of lib/<path>; it is used only when it is
// at least as new as the source file (an edited lib/*.py is parsed until the next build).
// Constants that JSON lacks are tagged objects: {"$": kind, "v": ...} for ints (bigints),
// non-finite floats, bytes, complex numbers and the Ellipsis.

import { statSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { mod } from '../ast/nodes.js';
import { ELLIPSIS, PyBytesConst, PyComplexConst } from '../ast/constant.js';
import { packagePath } from '../paths.js';

const LIB = packagePath('lib');
const CACHE = packagePath('dist', 'lib-ast');

/** The tree as JSON (tools/ast-cache.mjs). */
export function encodeAst(tree: mod): string {
  return JSON.stringify(tree, (_key, v: unknown) => {
    switch (typeof v) {
      case 'bigint':
        return { $: 'i', v: v.toString() };
      case 'number':
        return Number.isFinite(v) ? v : { $: 'f', v: String(v) };
      case 'symbol':
        if (v === ELLIPSIS) return { $: 'e' };
        throw new Error('ast-cache: unexpected symbol');
      case 'object':
        if (v instanceof PyBytesConst) {
          let s = '';
          for (let i = 0; i < v.bytes.length; i++) s += String.fromCharCode(v.bytes[i]);
          return { $: 'b', v: s };
        }
        if (v instanceof PyComplexConst) return { $: 'c', v: [encodeFloat(v.real), encodeFloat(v.imag)] };
        return v;
    }
    return v;
  });
}

function encodeFloat(x: number): number | string {
  return Number.isFinite(x) && !Object.is(x, -0) ? x : String(Object.is(x, -0) ? '-0' : x);
}

function decodeFloat(x: number | string): number {
  return typeof x === 'number' ? x : x === '-0' ? -0 : Number(x);
}

/** The tree encodeAst wrote. */
export function decodeAst(text: string): mod {
  // A plain JSON.parse, then one walk replacing the tagged constants (a reviver, called by
  // V8 for every value, made decoding typing.py's tree take several times as long).
  const tree = JSON.parse(text) as unknown;
  revive(tree);
  return tree as mod;
}

/** Replaces the tagged constants inside `v` (an object or array) in place. */
function revive(v: unknown): void {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (typeof x === 'object' && x !== null) {
        if ((x as { $?: string }).$ !== undefined) v[i] = constant(x as Tagged);
        else revive(x);
      }
    }
    return;
  }
  const o = v as Record<string, unknown>;
  for (const k in o) {
    const x = o[k];
    if (typeof x === 'object' && x !== null) {
      if ((x as { $?: string }).$ !== undefined) o[k] = constant(x as Tagged);
      else revive(x);
    }
  }
}

interface Tagged {
  $: string;
  v: unknown;
}

function constant(t: Tagged): unknown {
  const x = t.v;
  switch (t.$) {
    case 'i': return BigInt(x as string);
    case 'f': return Number(x as string);
    case 'e': return ELLIPSIS;
    case 'b': {
      const s = x as string;
      const b = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
      return new PyBytesConst(b);
    }
    case 'c': {
      const [re, im] = x as [number | string, number | string];
      return new PyComplexConst(decodeFloat(re), decodeFloat(im));
    }
  }
  throw new Error(`ast-cache: unknown tag ${t.$}`);
}

/** `<root>/<path of file under lib/>.json`; null when `file` is not a .py file under lib/. */
export function libCachePath(root: string, file: string): string | null {
  const rel = relative(LIB, file);
  if (rel.startsWith('..') || rel === '' || !rel.endsWith('.py') || rel.split(sep).includes('..')) return null;
  return `${root}${sep}${rel}.json`;
}

/** Where the cached tree of `file` (a path under lib/) is kept; null for other files. */
export function astCachePath(file: string): string | null {
  return libCachePath(CACHE, file);
}

/** The cached tree of the shipped library file `file`, or null (not one, no cache, stale). */
export function cachedAst(file: string): mod | null {
  const path = astCachePath(file);
  if (path === null) return null;
  try {
    if (statSync(path).mtimeMs < statSync(file).mtimeMs) return null;
    return decodeAst(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}
