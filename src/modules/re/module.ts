// `_sre`: the native core under lib/re.py. The Python layer (re.py) holds the API — Pattern,
// Match, RegexFlag, re.error, templates, the module functions — and calls these:
//   compile(pattern, flags) -> (program, flags, groups, {name: index})
//                              or (None, message, position) for a syntax error (position -1: none)
//   match(program, string, pos, endpos, mode, must_advance) -> marks tuple or None
//       mode 0 match, 1 fullmatch, 2 search;
//       marks = (start0, end0, start1, end1, ..., lastindex, pos, endpos), pos/endpos clamped
//   scan(program, string, pos, endpos, limit) -> list of marks tuples: the successive
//       non-overlapping matches findall/sub/split use (CPython's empty-match rules), at most
//       `limit` of them (0: all)
//   findall(program, str, pos, endpos), split(program, str, maxsplit),
//   sub(program, str, template, count) -> (result, n): the same walks done natively for
//       exact str subjects (bulk.ts); template is literal text or re.py's (groups, literals)
// Subjects are str (by code point) or bytes-like (by byte); the last one converted is cached.

import type { PyObject } from '../../objects/object.js';
import { PyObj } from '../../objects/object.js';
import { PyModule } from '../../runtime/module.js';
import { nativeFunction, checkPositional } from '../../objects/native.js';
import { PyList, PyTuple } from '../../objects/tuple.js';
import { PyDict } from '../../objects/dict.js';
import { None } from '../../objects/singletons.js';
import { asIntValue } from '../../objects/int-type.js';
import { typeError } from '../../objects/protocol.js';
import { strValue, hasSurrogates } from '../../objects/str.js';
import { bytesLikeData, PyBytes } from '../../objects/bytes.js';
import { makeNativeType } from '../../builtins/native-type.js';
import type { PyType } from '../../objects/type.js';
import { parse } from './parser.js';
import { compile, type Program } from './compile.js';
import { ReSyntaxError } from './nodes.js';
import { matchAt, Mode } from './match.js';
import { scanMatches, findallStr, splitStr, subStr } from './bulk.js';
import { installMatchType, newMatch } from './match-object.js';

let programType: PyType | null = null;
const programs = new WeakMap<PyObject & object, Program>();

function programOf(v: PyObject): Program {
  const p = typeof v === 'object' && v !== null ? programs.get(v) : undefined;
  if (p === undefined) typeError('_sre: expected a compiled program');
  return p;
}

let lastSubject: PyObject | string | null = null;
let lastCodes: Int32Array = new Int32Array(0);

/** The subject as code points (str) or bytes (bytes-like). */
function codesOf(v: PyObject): Int32Array {
  const s = strValue(v);
  if (s !== undefined) {
    if (s === lastSubject) {
      // An equal but different string (text[:n] sliced again) compares its contents each time:
      // keep this one, so the next calls (every step of a finditer) compare pointers.
      lastSubject = s;
      return lastCodes;
    }
    let out: Int32Array;
    if (!hasSurrogates(s)) {
      out = new Int32Array(s.length);
      for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    } else {
      const cps: number[] = [];
      for (const ch of s) cps.push(ch.codePointAt(0)!);
      out = Int32Array.from(cps);
    }
    lastSubject = s;
    lastCodes = out;
    return out;
  }
  const b = bytesLikeData(v);
  if (b === undefined) typeError(`expected string or bytes-like object, got '${(v as PyObj).cls?.name ?? typeof v}'`);
  if (v === lastSubject) return lastCodes;
  const out = Int32Array.from(b);
  // bytes objects are immutable: cache them by identity (bytearrays and buffers are not).
  lastSubject = v instanceof PyBytes ? v : null;
  lastCodes = out;
  return out;
}

function int(v: PyObject): number {
  const n = asIntValue(v);
  if (n === undefined) typeError('_sre: expected an int');
  return Number(n);
}

/** The marks, lastindex, then the clamped pos and endpos (Match.pos/endpos without a len()). */
function marksTuple(m: Int32Array, pos: number, end: number): PyTuple {
  const n = m.length;
  const items: PyObject[] = new Array(n + 2);
  for (let i = 0; i < n; i++) items[i] = m[i];
  items[n] = pos;
  items[n + 1] = end;
  return new PyTuple(items);
}

function sreCompile(args: PyObject[]): PyObject {
  const [pat, fl] = args;
  const flags = int(fl);
  let text: string;
  let isText: boolean;
  const s = strValue(pat);
  if (s !== undefined) {
    text = s;
    isText = true;
  } else {
    const b = bytesLikeData(pat);
    if (b === undefined) typeError('first argument must be string or compiled pattern');
    let t = '';
    for (let i = 0; i < b.length; i++) t += String.fromCharCode(b[i]);
    text = t;
    isText = false;
  }
  try {
    const parsed = parse(text, flags, isText);
    const prog = compile(parsed.root, parsed.groups, parsed.groupWidths);
    programType ??= makeNativeType('_sre.Program');
    const handle = new PyObj(programType, null);
    programs.set(handle, prog);
    const names = new PyDict();
    for (const [name, g] of parsed.groupNames) names.setStr(name, g);
    return new PyTuple([handle, parsed.flags, parsed.groups - 1, names]);
  } catch (e) {
    if (e instanceof ReSyntaxError) return new PyTuple([None, e.msg, e.pos < 0 ? None : e.pos]);
    throw e;
  }
}

function bounds(codes: Int32Array, posArg: PyObject, endArg: PyObject): [number, number] {
  let pos = int(posArg);
  let end = int(endArg);
  const n = codes.length;
  if (pos < 0) pos = 0;
  else if (pos > n) pos = n;
  if (end < 0) end = 0;
  else if (end > n) end = n;
  return [pos, end];
}

function sreMatch(args: PyObject[]): PyObject {
  const prog = programOf(args[0]);
  const codes = codesOf(args[1]);
  const [pos, end] = bounds(codes, args[2], args[3]);
  if (pos > end) return None;
  const m = matchAt(prog, codes, pos, end, int(args[4]) as Mode, args[5] === true);
  return m === null ? None : marksTuple(m, pos, end);
}

/** search(pattern, program, string, pos, endpos, mode): a re.Match or None (Pattern.match/fullmatch/search). */
function sreSearch(args: PyObject[]): PyObject {
  const prog = programOf(args[1]);
  const codes = codesOf(args[2]);
  const [pos, end] = bounds(codes, args[3], args[4]);
  if (pos > end) return None;
  const m = matchAt(prog, codes, pos, end, int(args[5]) as Mode, false);
  return m === null ? None : newMatch(args[0], args[2], m, pos, end);
}

/** make_match(pattern, string, marks, pos, endpos): a re.Match from a marks tuple of match/scan (pos, endpos: None for the tuple's). */
function sreMakeMatch(args: PyObject[]): PyObject {
  const t = args[2] as PyTuple;
  const n = t.items.length;
  const marks = new Int32Array(n - 2);
  for (let i = 0; i < n - 2; i++) marks[i] = t.items[i] as number;
  const pos = args[3] === None ? (t.items[n - 2] as number) : int(args[3]);
  const end = args[4] === None ? (t.items[n - 1] as number) : int(args[4]);
  return newMatch(args[0], args[1], marks, pos, end);
}

/** The iterator finditer returns: successive non-overlapping matches (an empty one moves on). */
class PyMatchIter extends PyObj {
  pos: number;
  /** The clamped pos of the whole search: Match.pos of every match. */
  readonly start: number;
  mustAdvance = false;
  done = false;
  constructor(
    cls: PyType,
    readonly pattern: PyObject,
    readonly prog: Program,
    readonly subject: PyObject,
    pos: number,
    readonly end: number,
  ) {
    super(cls, null);
    this.pos = pos;
    this.start = pos;
  }
}

let matchIterType: PyType | null = null;

function matchIterNext(v: PyObject): PyObject | undefined {
  const it = v as PyMatchIter;
  if (it.done) return undefined;
  const m = it.pos > it.end ? null : matchAt(it.prog, codesOf(it.subject), it.pos, it.end, Mode.Search, it.mustAdvance);
  if (m === null) {
    it.done = true;
    return undefined;
  }
  it.mustAdvance = m[0] === m[1];
  it.pos = m[1];
  return newMatch(it.pattern, it.subject, m, it.start, it.end);
}

/** finditer(pattern, program, string, pos, endpos) */
function sreFinditer(args: PyObject[]): PyObject {
  const prog = programOf(args[1]);
  const codes = codesOf(args[2]);
  const [pos, end] = bounds(codes, args[3], args[4]);
  if (matchIterType === null) {
    matchIterType = makeNativeType('callable_iterator');
    matchIterType.slots.iter = (v) => v;
    matchIterType.slots.iternext = matchIterNext;
  }
  return new PyMatchIter(matchIterType, args[0], prog, args[2], pos, end);
}

function sreScan(args: PyObject[]): PyObject {
  const prog = programOf(args[0]);
  const codes = codesOf(args[1]);
  const [pos, end] = bounds(codes, args[2], args[3]);
  if (pos > end) return new PyList([]);
  return new PyList(scanMatches(prog, codes, pos, end, int(args[4])).map((m) => marksTuple(m, pos, end)));
}

/** findall(program, str, pos, endpos) for an exact str. */
function sreFindall(args: PyObject[]): PyObject {
  const prog = programOf(args[0]);
  const s = args[1] as string;
  const codes = codesOf(s);
  const [pos, end] = bounds(codes, args[2], args[3]);
  if (pos > end) return new PyList([]);
  return findallStr(prog, s, codes, pos, end);
}

/** split(program, str, maxsplit) for an exact str. */
function sreSplit(args: PyObject[]): PyObject {
  const s = args[1] as string;
  return splitStr(programOf(args[0]), s, codesOf(s), int(args[2]));
}

/** sub(program, str, template, count) for an exact str: template a str or (groups, literals). */
function sreSub(args: PyObject[]): PyObject {
  const s = args[1] as string;
  const t = args[2];
  let parts: (string | number)[];
  if (typeof t === 'string') parts = t === '' ? [] : [t];
  else {
    const [groups, literals] = (t as PyTuple).items as [PyList, PyList];
    parts = literals.items.map((x) => (typeof x === 'string' ? x : -1));
    for (const gi of groups.items) {
      const [index, g] = (gi as PyTuple).items;
      parts[int(index)] = int(g);
    }
  }
  return subStr(programOf(args[0]), s, codesOf(s), parts, int(args[3]));
}

export function makeSreModule(): PyModule {
  const mod = new PyModule('_sre');
  const d = mod.dict;
  const def = (name: string, n: number, f: (a: PyObject[]) => PyObject): void => {
    d.setStr(name, nativeFunction(name, (args, kw) => f(checkPositional(name, args, kw, n, n))));
  };
  def('compile', 2, sreCompile);
  def('match', 6, sreMatch);
  def('scan', 5, sreScan);
  def('findall', 4, sreFindall);
  def('split', 3, sreSplit);
  def('sub', 4, sreSub);
  def('search', 6, sreSearch);
  def('make_match', 5, sreMakeMatch);
  def('finditer', 5, sreFinditer);
  d.setStr('Match', installMatchType(mod));
  d.setStr('MAXREPEAT', 4294967295);
  d.setStr('MAXGROUPS', 1073741823);
  return mod;
}
