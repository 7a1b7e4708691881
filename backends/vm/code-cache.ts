// The shipped standard library's VM code objects, compiled at build time (tools/code-cache.mjs):
// importing `random`, `collections` or `typing` under the VM reads the module's code objects
// as JSON instead of building its symbol table and compiling it, which was most of the time of
// such an import (the compiler runs cold: `import random` ~29 ms, 15 of them compiling). The
// role of CPython's __pycache__/*.pyc. The tree-walker still reads the cached syntax tree
// (src/runtime/ast-cache.ts).
//
// dist/lib-code/<path under lib/>.json holds the code of lib/<path>. It is used only when it is
// at least as new as the source file and as every file of the compiler (dist/backends/vm/*.js),
// so a compiler rebuilt without regenerating the cache (`tsc` alone) compiles again.
//
// Format: { pool: [entry...], root: index }. Every constant object is one pool entry, so the
// sharing the compiler made (one tuple object for equal constant tuples across the module's
// functions) survives; small ints, strs and bools are written inline. An entry or inline value
// is a JSON primitive (int, str, bool) or a tagged object: {$:'r', v: pool index},
// {$:'i', v: decimal} (big int), {$:'f', v: number | 'inf' | '-inf' | 'nan' | '-0'},
// {$:'b', v: latin-1 text} (bytes), {$:'c', v: [re, im]}, {$:'t', v: [values]} (tuple),
// {$:'fs', v: [values]} (frozenset: `x in {1, 2}`),
// {$:'N'} (None), {$:'e'} (Ellipsis), {$:'code', ...} (a code object, fields below).
//
// co_consts as CPython lays it out (VMCode.pyConsts) is derived from the syntax tree, which a
// cached code object does not carry: it is worked out on first use by compiling the module's
// cached tree again and reading the twin code object (rare: only introspection asks).

import { statSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PyObject } from '../../src/objects/object.js';
import type { Backend } from '../../src/runtime/backend.js';
import type { SourcePos } from '../../src/objects/exception.js';
import { None, Ellipsis } from '../../src/objects/singletons.js';
import { PyFloat, newFloat } from '../../src/objects/float.js';
import { PyBytes, newBytes } from '../../src/objects/bytes.js';
import { PyComplex, newComplex } from '../../src/objects/complex.js';
import { PyTuple, EMPTY_TUPLE } from '../../src/objects/tuple.js';
import { T } from '../../src/objects/types.js';
import { PySet, constSetDisplay } from '../../src/objects/set.js';
import { normInt } from '../../src/objects/object.js';
import { packagePath } from '../../src/paths.js';
import { libCachePath, cachedAst } from '../../src/runtime/ast-cache.js';
import { VMCode, type BlockKind } from './code.js';
import { compileTree } from './compiler.js';
import { parse } from '../../grammar/index.js';

const CACHE = packagePath('dist', 'lib-code');
const COMPILER_DIR = packagePath('dist', 'backends', 'vm');

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * The VMCode fields written as they are, and those that are typed arrays (written as arrays);
 * the rest of an entry: the constructor's arguments, co_consts, the instructions and their
 * lines (setCode) and positions.
 */
const PLAIN_FIELDS = [
  'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_varnames', 'co_cellvars',
  'co_freevars', 'co_names', 'co_flags', 'co_stacksize', 'localsplusNames', 'nlocalsplus', 'frameSize',
  'isGenerator', 'isCoroutine', 'isAsyncGenerator', 'simpleArgs', 'varargsOnly', 'kwBindable', 'genArgs', 'hasDocstring',
] as const;
const ARRAY_FIELDS = { excTable: Int32Array, handlerOf: Int32Array, localsplusKinds: Uint8Array } as const;

// ------------------------------------------------------------------------------ encoding

class Encoder {
  readonly pool: Json[] = [];
  private readonly index = new Map<object, number>();

  value(v: PyObject): Json {
    switch (typeof v) {
      case 'number':
        return v;
      case 'string':
      case 'boolean':
        return v;
      case 'bigint':
        return { $: 'i', v: v.toString() };
    }
    if (v === None) return { $: 'N' };
    if (v === Ellipsis) return { $: 'e' };
    let i = this.index.get(v);
    if (i === undefined) {
      i = this.pool.length;
      this.index.set(v, i);
      this.pool.push(null);
      this.pool[i] = this.entry(v);
    }
    return { $: 'r', v: i };
  }

  private entry(v: PyObject): Json {
    if (v instanceof PyFloat && v.cls === T.float) return { $: 'f', v: encodeFloat(v.value) };
    if (v instanceof PyComplex && v.cls === T.complex) return { $: 'c', v: [encodeFloat(v.re), encodeFloat(v.im)] };
    if (v instanceof PyBytes && v.cls === T.bytes) {
      let s = '';
      for (let i = 0; i < v.data.length; i++) s += String.fromCharCode(v.data[i]);
      return { $: 'b', v: s };
    }
    if (v instanceof PyTuple && v.cls === T.tuple) return { $: 't', v: v.items.map((x) => this.value(x)) };
    if (v instanceof PySet && v.cls === T.frozenset) {
      // The display's items in source order (compile-expr.ts): the order of insertion decides
      // the order of iteration, which re-inserting the set's own order does not always keep.
      const items = (v as unknown as { displayItems?: PyObject[] }).displayItems;
      if (items === undefined) throw new Error('code-cache: a frozenset constant without its display order');
      return { $: 'fs', v: items.map((x) => this.value(x)) };
    }
    if (v instanceof VMCode) return this.code(v);
    throw new Error(`code-cache: cannot write a constant of type ${(v as { cls?: { name?: string } }).cls?.name}`);
  }

  private code(c: VMCode): Json {
    const pos: Json[] = [];
    for (let i = 0; i < c.original.length; i++) {
      const p = c.positions[i];
      pos.push(p == null ? null : [p.lineno, p.col_offset, p.end_lineno, p.end_col_offset]);
    }
    const out: { [k: string]: Json } = {
      $: 'code', kind: c.kind, mode: c.mode, name: c.co_name, qualname: c.co_qualname, firstlineno: c.co_firstlineno,
      consts: c.co_consts.map((x) => this.value(x)), words: Array.from(c.original), lines: Array.from(c.lines), positions: pos,
    };
    const fields = c as unknown as Record<string, Json | Int32Array | Uint8Array>;
    for (const f of PLAIN_FIELDS) out[f] = fields[f] as Json;
    for (const f in ARRAY_FIELDS) out[f] = Array.from(fields[f] as Int32Array | Uint8Array);
    return out;
  }
}

function encodeFloat(x: number): Json {
  if (Object.is(x, -0)) return '-0';
  if (Number.isFinite(x)) return x;
  return x !== x ? 'nan' : x > 0 ? 'inf' : '-inf';
}

function decodeFloat(x: Json): number {
  if (typeof x === 'number') return x;
  switch (x) {
    case '-0': return -0;
    case 'inf': return Infinity;
    case '-inf': return -Infinity;
  }
  return NaN;
}

/** The module code object `code` as cache JSON (tools/code-cache.mjs). */
export function encodeCode(code: VMCode): string {
  const e = new Encoder();
  const root = e.value(code) as { v: number };
  return JSON.stringify({ pool: e.pool, root: root.v });
}

// ------------------------------------------------------------------------------ decoding

interface CodeEntry {
  kind: BlockKind; mode: 'exec'; name: string; qualname: string; firstlineno: number; consts: Json[];
  words: number[]; lines: number[]; positions: ([number, number, number, number] | null)[];
  [field: string]: unknown;
}

class Decoder {
  private readonly done: (PyObject | undefined)[];

  constructor(
    private readonly pool: Json[],
    private readonly backend: Backend,
    private readonly filename: string,
    private readonly twinOfRoot: () => VMCode,
  ) {
    this.done = new Array(pool.length);
  }

  value(j: Json): PyObject {
    if (typeof j !== 'object' || j === null || Array.isArray(j)) return j as PyObject;
    switch (j.$) {
      case 'r': return this.ref(j.v as number, null);
      case 'i': return normInt(BigInt(j.v as string));
      case 'N': return None;
      case 'e': return Ellipsis;
    }
    throw new Error(`code-cache: unknown value tag ${String(j.$)}`);
  }

  /** Pool entry `i`; `twin` finds the freshly compiled twin of a code object (pyConsts). */
  ref(i: number, twin: (() => VMCode) | null): PyObject {
    const known = this.done[i];
    if (known !== undefined) return known;
    const j = this.pool[i] as { [k: string]: Json };
    let v: PyObject;
    switch (j.$) {
      case 'f': v = newFloat(decodeFloat(j.v)); break;
      case 'c': {
        const [re, im] = j.v as Json[];
        v = newComplex(decodeFloat(re), decodeFloat(im));
        break;
      }
      case 'b': {
        const s = j.v as string;
        const b = new Uint8Array(s.length);
        for (let k = 0; k < s.length; k++) b[k] = s.charCodeAt(k);
        v = newBytes(b);
        break;
      }
      case 't': {
        const items = (j.v as Json[]).map((x) => this.value(x));
        v = items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
        break;
      }
      case 'fs': {
        const items = (j.v as Json[]).map((x) => this.value(x));
        v = constSetDisplay(items);
        (v as unknown as { displayItems: PyObject[] }).displayItems = items;
        break;
      }
      case 'code': v = this.code(j as unknown as CodeEntry, twin ?? this.twinOfRoot); break;
      default: throw new Error(`code-cache: unknown entry tag ${String(j.$)}`);
    }
    this.done[i] = v;
    return v;
  }

  private code(j: CodeEntry, twin: () => VMCode): VMCode {
    const c = new VMCode(this.backend, j.mode, j.kind, j.name, j.qualname, this.filename, j.firstlineno);
    const fields = c as unknown as Record<string, unknown>;
    for (const f of PLAIN_FIELDS) fields[f] = j[f];
    for (const f in ARRAY_FIELDS) fields[f] = ARRAY_FIELDS[f as keyof typeof ARRAY_FIELDS].from(j[f] as number[]);
    c.co_consts = j.consts.map((x, k) => {
      if (typeof x === 'object' && x !== null && !Array.isArray(x) && x.$ === 'r') {
        return this.ref(x.v as number, () => twin().co_consts[k] as VMCode);
      }
      return this.value(x);
    });
    c.setCode(Int32Array.from(j.words), Int32Array.from(j.lines));
    const positions: (SourcePos | null)[] = new Array(j.positions.length);
    for (let k = 0; k < positions.length; k++) {
      const p = j.positions[k];
      positions[k] = p === null ? null : { lineno: p[0], col_offset: p[1], end_lineno: p[2], end_col_offset: p[3] };
    }
    c.positions = positions;
    c.twin = twin;
    return c;
  }
}

/** The newest modification time of the compiler's files (once per process; 0 when absent). */
let compilerTime = -1;

function compilerMtime(): number {
  if (compilerTime < 0) {
    compilerTime = 0;
    try {
      for (const f of readdirSync(COMPILER_DIR)) {
        if (f.endsWith('.js')) compilerTime = Math.max(compilerTime, statSync(join(COMPILER_DIR, f)).mtimeMs);
      }
    } catch {
      compilerTime = 0;
    }
  }
  return compilerTime;
}

/** Where the cached code of `file` (a path under lib/) is kept; null for other files. */
export function codeCachePath(file: string): string | null {
  return libCachePath(CACHE, file);
}

/** The cached module code of the shipped library file `file`, or null (not one, no cache, stale). */
export function cachedCode(backend: Backend, file: string): VMCode | null {
  const path = codeCachePath(file);
  if (path === null) return null;
  let text: string;
  try {
    const t = statSync(path).mtimeMs;
    if (t < statSync(file).mtimeMs || t < compilerMtime()) return null;
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  return decodeCode(text, backend, file, () => {
    const tree = cachedAst(file) ?? parse(readFileSync(file, 'utf8'), file, 'exec');
    return compileTree(tree, backend, file, 'exec', '');
  });
}

/**
 * The module code object of cache JSON `text` (encodeCode), its code objects' co_filename
 * `file`; `compile` compiles the module from its tree when introspection needs the twin.
 */
export function decodeCode(text: string, backend: Backend, file: string, compile: () => VMCode): VMCode {
  const data = JSON.parse(text) as { pool: Json[]; root: number };
  let fresh: VMCode | null = null;
  const twinOfRoot = (): VMCode => (fresh ??= compile());
  return new Decoder(data.pool, backend, file, twinOfRoot).ref(data.root, twinOfRoot) as VMCode;
}
