// Dyad's compile cache: compiled user source kept across runs, for the code a program is made of
// (the main script, -c code or stdin, and the modules it imports from outside the shipped
// library, which has its own build-time caches: ast-cache.ts, backends/vm/code-cache.ts). Like Node's module compile
// cache, it is the implementation's own and private; CPython's .pyc files are another thing:
// -B, PYTHONDONTWRITEBYTECODE and sys.dont_write_bytecode, which are about those, do not
// touch it (and no __pycache__ directory is written).
// Parsing and compiling a file runs cold at start-up (10-25 ms for a 60-line program, and the
// first parse also builds the parser); a later run of the same file reads what the first one
// compiled.
//
// An entry is named by a 64-bit hash of the running build, the backend, the file name and the
// source text, and its first line holds all four, compared before the entry is used: an edited
// file, another backend or a rebuilt Dyad never reads it, even on a hash collision. (A JS hash:
// loading node:crypto cost every run ~2.5 ms.) It holds what the
// backend can encode (the VM: its module code object, backends/vm/code-cache.ts), else the
// syntax tree (the tree-walker compiles that; its compile is a resolution pass). It is written
// only for source that compiles without a SyntaxWarning, so every run warns as a first one
// does. The build is known only when Dyad runs from its start-up bundle (bin/dyad.js checks
// that it is fresh); run from dist/'s ES modules, nothing is cached.
//
// Where: $DYAD_CACHE_DIR, else <tmpdir>/dyad-cache-<uid> (made 0700; a directory owned by another
// user is not used). DYAD_NO_CACHE=1 turns it off. At most $DYAD_CACHE_MAX entries (default
// 1000, about 20 MB) are kept: a write that finds more removes the older half.

import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import type { Backend, CodeObject } from './backend.js';
import { parse } from '../../grammar/index.js';
import { encodeAst, decodeAst } from './ast-cache.js';
import { syntaxWarningsOf } from './syntax-warnings.js';
import { RUNNING_FILE } from '../paths.js';


/** The running build's identity (the bundle's path, size and time), null when not from it. */
let build: string | null | undefined;

function buildStamp(): string | null {
  if (build === undefined) {
    build = null;
    if (RUNNING_FILE.endsWith('.cjs')) {
      try {
        const st = statSync(RUNNING_FILE);
        build = `${RUNNING_FILE}\0${st.size}\0${st.mtimeMs}`;
      } catch {
        build = null;
      }
    }
  }
  return build;
}

let cacheDir: string | null | undefined;

/** The cache directory, made if need be; null when there is none to use. */
function directory(): string | null {
  if (cacheDir === undefined) {
    cacheDir = null;
    const uid = process.getuid?.() ?? 0;
    const dir = process.env.DYAD_CACHE_DIR || join(tmpdir(), `dyad-cache-${uid}`);
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      if (statSync(dir).uid === uid) cacheDir = dir;
    } catch {
      cacheDir = null;
    }
  }
  return cacheDir;
}

/**
 * The module code of source file `filename` (text `source`) for `backend`: read from the cache
 * when an earlier run compiled it, else parsed and compiled (and written for the next run).
 * Raises SyntaxError as parse and compile do; SyntaxWarnings are issued as for a fresh compile.
 */
export function compileSourceFile(backend: Backend, source: string, filename: string): CodeObject {
  const stamp = process.env.DYAD_NO_CACHE !== '1' ? buildStamp() : null;
  const dir = stamp === null ? null : directory();
  if (dir === null) return compileFresh(backend, source, filename, null, '');
  const header = JSON.stringify([stamp, backend.name, filename, source]);
  const entry = join(dir, `${hash64(header)}.json`);
  let text: string | null = null;
  try {
    text = readFileSync(entry, 'latin1');
  } catch {
    text = null;
  }
  if (text !== null) {
    const code = decode(backend, text, header, source, filename);
    if (code !== null) return code;
  }
  return compileFresh(backend, source, filename, entry, header);
}

/** 64 bits of hash of `s` as 16 hex digits (two multiplicative lanes over the UTF-16 units). */
function hash64(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  return (a >>> 0).toString(16).padStart(8, '0') + ((b ^ (b >>> 16)) >>> 0).toString(16).padStart(8, '0');
}

/** The code of entry `text` when its first line is `header` (the asciiJson of it), else null. */
function decode(backend: Backend, text: string, header: string, source: string, filename: string): CodeObject | null {
  const nl = text.indexOf('\n');
  if (nl < 0 || text.slice(0, nl) !== asciiJson(header)) return null;
  const body = text.slice(nl + 1);
  try {
    // (latin1: the writer escapes everything outside ASCII, so the text reads as one-byte.)
    if (backend.decodeModule !== undefined) return backend.decodeModule(body, filename, source);
    return backend.compile(decodeAst(body), filename, 'exec', source);
  } catch {
    // An unreadable entry (cut short, or from a format this build does not know): compile.
    return null;
  }
}

/** Parse, warn, compile; with an entry path, write the result there when it gave no warning. */
function compileFresh(backend: Backend, source: string, filename: string, entry: string | null, header: string): CodeObject {
  const tree = parse(source, filename, 'exec');
  const warn = syntaxWarningsOf(tree, filename);
  // (The tree is encoded before the compile, which may annotate its nodes: the tree-walker's.)
  const keep = entry !== null && warn === null;
  const treeText = keep && backend.encodeModule === undefined ? encodeAst(tree) : null;
  const code = backend.compile(tree, filename, 'exec', source);
  warn?.();
  if (keep) write(entry, () => `${asciiJson(header)}\n${asciiJson(treeText ?? backend.encodeModule!(code))}`);
  return code;
}

function write(entry: string, text: () => string): void {
  try {
    const tmp = `${entry}.${process.pid}.tmp`;
    writeFileSync(tmp, text(), 'latin1');
    renameSync(tmp, entry);
    prune(dirname(entry));
  } catch {
    // A full disk or a read-only directory: the next run compiles again.
  }
}

/** JSON text with every non-ASCII character as a \u escape (one byte per character on disk). */
function asciiJson(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Keeps the directory under DYAD_CACHE_MAX entries: removes the older half when it has more. */
function prune(dir: string): void {
  const max = Number(process.env.DYAD_CACHE_MAX) || 1000;
  const names = readdirSync(dir);
  if (names.length <= max) return;
  const dated: [number, string][] = [];
  for (const n of names) {
    try {
      dated.push([statSync(join(dir, n)).mtimeMs, n]);
    } catch {
      // removed meanwhile by another run
    }
  }
  dated.sort((a, b) => a[0] - b[0]);
  for (const [, n] of dated.slice(0, dated.length - (max >> 1))) {
    try {
      unlinkSync(join(dir, n));
    } catch {
      // removed meanwhile by another run
    }
  }
}
