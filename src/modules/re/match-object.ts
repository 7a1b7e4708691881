// re.Match, native (CPython's _sre.SRE_Match): what re.match/search/fullmatch/finditer and
// the callables of re.sub receive. It keeps the pattern object (re.py's Pattern), the subject,
// the marks matchAt found (start/end per group, then lastindex) and the clamped pos/endpos;
// groups are sliced from the subject when asked for. Named groups and lastgroup read the
// pattern's _groupindex / _names; expand() calls re.py's `_sre._expand(match, template)`.
// `finditer` is the native iterator of successive matches (CPython: a callable_iterator over
// a scanner's search).

import type { PyObject } from '../../objects/object.js';
import { PyObj } from '../../objects/object.js';
import { PyTuple } from '../../objects/tuple.js';
import { PyDict } from '../../objects/dict.js';
import { None } from '../../objects/singletons.js';
import { E, newError } from '../../objects/exception.js';
import { getAttr, repr, call, typeError } from '../../objects/protocol.js';
import { strValue, hasSurrogates, strSlice } from '../../objects/str.js';
import { bytesLikeData, PyBytes, newBytes } from '../../objects/bytes.js';
import { addMethods, addGetSets, addClassMethods, bindNative, checkPositional } from '../../objects/native.js';
import { exposeNativeSlots } from '../../objects/slot-wrappers.js';
import { newGenericAlias } from '../../objects/generic-alias.js';
import { hasIndex } from '../../objects/slice.js';
import { indexOf } from '../../objects/int-type.js';
import { makeNativeType } from '../../builtins/native-type.js';
import type { PyType } from '../../objects/type.js';
import { T } from '../../objects/types.js';
import type { PyModule } from '../../runtime/module.js';

export class PyMatch extends PyObj {
  constructor(
    cls: PyType,
    /** The Pattern object (re.py). */
    readonly pattern: PyObject,
    readonly subject: PyObject,
    /** start0, end0, start1, end1, ..., lastindex (code points for str subjects). */
    readonly marks: Int32Array,
    readonly pos: number,
    readonly endpos: number,
  ) {
    super(cls, null);
  }
}

let matchType: PyType | null = null;
let sreModule: PyModule | null = null;

function self(v: PyObject): PyMatch {
  if (!(v instanceof PyMatch)) typeError(`descriptor requires a 're.Match' object but received '${(v as PyObj).cls?.name ?? typeof v}'`);
  return v;
}

/** Groups of the pattern, group 0 included. */
function groupCount(m: PyMatch): number {
  return (m.marks.length - 1) >> 1;
}

/** The group number `g` names (an int, an index-like object or a group name), or IndexError. */
function groupIndex(m: PyMatch, g: PyObject): number {
  let i: number | bigint | undefined;
  if (typeof g === 'number') i = g;
  else if (typeof g === 'boolean') i = g ? 1 : 0;
  else if (typeof g === 'bigint') i = -1;
  else if (strValue(g) !== undefined) {
    const names = getAttr(m.pattern, '_groupindex');
    const v = names instanceof PyDict ? names.get(g) : undefined;
    if (typeof v === 'number') return v;
  } else if (hasIndex(g)) {
    try {
      i = indexOf(g);
    } catch (e) {
      if (!(e instanceof PyObj && (e.cls.isSubtype(E.TypeError) || e.cls.isSubtype(E.AttributeError)))) throw e;
    }
  }
  if (i !== undefined && i >= 0 && i < groupCount(m)) return Number(i);
  throw newError(E.IndexError, 'no such group');
}

/** The text of group `i`, or `dflt` when it did not take part in the match. */
function groupText(m: PyMatch, i: number, dflt: PyObject): PyObject {
  const a = m.marks[2 * i];
  const b = m.marks[2 * i + 1];
  if (a < 0 || b < 0) return dflt;
  const subject = m.subject;
  const s = strValue(subject);
  if (s !== undefined) return hasSurrogates(s) ? strSlice(s, a, b, None) : s.slice(a, b);
  // A bytes-like subject: exact bytes (the subject itself when it is all of an exact bytes).
  const d = bytesLikeData(subject)!;
  if (a === 0 && b === d.length && subject instanceof PyBytes && subject.cls === T.bytes) return subject;
  return newBytes(d.slice(a, b));
}

function span(m: PyMatch, i: number): [number, number] {
  const a = m.marks[2 * i];
  const b = m.marks[2 * i + 1];
  return a < 0 || b < 0 ? [-1, -1] : [a, b];
}

function oneGroupArg(name: string, args: PyObject[], kw: string[] | null): number | PyObject {
  const a = checkPositional(`Match.${name}`, args, kw, 0, 1);
  return a.length === 0 ? 0 : a[0];
}

function readonly(): never {
  throw newError(E.AttributeError, 'readonly attribute');
}

/** The re.Match type (made once, on the first _sre module). */
export function installMatchType(mod: PyModule): PyType {
  sreModule = mod;
  if (matchType !== null) return matchType;
  const t = makeNativeType('re.Match');
  t.subscriptOnly = true;
  t.slots.repr = (v) => {
    const m = self(v);
    const [a, b] = span(m, 0);
    return `<re.Match object; span=(${a}, ${b}), match=${repr(groupText(m, 0, None))}>`;
  };
  t.slots.getitem = (v, g) => {
    const m = self(v);
    return groupText(m, groupIndex(m, g), None);
  };
  addMethods(t, {
    group: (v, args, kw) => {
      const m = self(v);
      if (kw !== null && kw.length > 0) typeError('Match.group() takes no keyword arguments');
      if (args.length === 0) return groupText(m, 0, None);
      if (args.length === 1) return groupText(m, groupIndex(m, args[0]), None);
      return new PyTuple(args.map((g) => groupText(m, groupIndex(m, g), None)));
    },
    groups: (v, args, kw) => {
      const m = self(v);
      const [d] = bindNative('groups', ['default'], args, kw);
      const dflt = d ?? None;
      const out: PyObject[] = [];
      for (let i = 1; i < groupCount(m); i++) out.push(groupText(m, i, dflt));
      return new PyTuple(out);
    },
    groupdict: (v, args, kw) => {
      const m = self(v);
      const [d] = bindNative('groupdict', ['default'], args, kw);
      const dflt = d ?? None;
      const out = new PyDict();
      const names = getAttr(m.pattern, '_groupindex');
      if (names instanceof PyDict) {
        for (const [name, i] of names.entries()) out.set(name, groupText(m, Number(i), dflt));
      }
      return out;
    },
    start: (v, args, kw) => {
      const m = self(v);
      return span(m, groupIndex(m, oneGroupArg('start', args, kw)))[0];
    },
    end: (v, args, kw) => {
      const m = self(v);
      return span(m, groupIndex(m, oneGroupArg('end', args, kw)))[1];
    },
    span: (v, args, kw) => {
      const m = self(v);
      const [a, b] = span(m, groupIndex(m, oneGroupArg('span', args, kw)));
      return new PyTuple([a, b]);
    },
    expand: (v, args, kw) => {
      const m = self(v);
      const [template] = bindNative('expand', ['template'], args, kw, 0, 1);
      const hook = sreModule!.dict.getStr('_expand');
      if (hook === undefined) typeError('re.Match.expand: the re module is not loaded');
      return call(hook, [m, template!]);
    },
    __copy__: (v, args, kw) => {
      checkPositional('Match.__copy__', args, kw, 0, 0);
      return self(v);
    },
    __deepcopy__: (v, args, kw) => {
      checkPositional('Match.__deepcopy__', args, kw, 1, 1);
      return self(v);
    },
  });
  addClassMethods(t, { __class_getitem__: (cls, args) => newGenericAlias(cls, args[0]) });
  addGetSets(t, {
    // (CPython's read-only members: their own message.)
    string: [(v) => self(v).subject, readonly],
    re: [(v) => self(v).pattern, readonly],
    pos: [(v) => self(v).pos, readonly],
    endpos: [(v) => self(v).endpos, readonly],
    lastindex: [(v) => {
      const marks = self(v).marks;
      const li = marks[marks.length - 1];
      return li < 0 ? None : li;
    }],
    lastgroup: [(v) => {
      const m = self(v);
      const li = m.marks[m.marks.length - 1];
      if (li < 0) return None;
      const names = getAttr(m.pattern, '_names');
      return (names instanceof PyDict ? names.get(li) : undefined) ?? None;
    }],
    regs: [(v) => {
      const m = self(v);
      const out: PyObject[] = [];
      for (let i = 0; i < groupCount(m); i++) out.push(new PyTuple(span(m, i)));
      return new PyTuple(out);
    }],
  });
  exposeNativeSlots(t);
  matchType = t;
  return t;
}

export function newMatch(pattern: PyObject, subject: PyObject, marks: Int32Array, pos: number, endpos: number): PyMatch {
  return new PyMatch(matchType!, pattern, subject, marks, pos, endpos);
}
