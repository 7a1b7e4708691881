// Structural pattern matching (the `match` statement): each pattern kind checked against the
// subject; captures are collected and bound only when the whole case pattern matches.

import type { pattern } from '../../src/ast/nodes.js';
import { PyObj, type PyObject } from '../../src/objects/object.js';
import { PyDict } from '../../src/objects/dict.js';
import { PyList, PyTuple } from '../../src/objects/tuple.js';
import { PyType } from '../../src/objects/type.js';
import { T } from '../../src/objects/types.js';
import { None } from '../../src/objects/singletons.js';
import { E } from '../../src/objects/exception.js';
import { typeOf, typeError, richEqBool, richCompare, isTrue, getAttrOrUndefined, getItem, call, getAttr, typeName } from '../../src/objects/protocol.js';
import { CmpOp } from '../../src/objects/slots.js';
import { iterateToArray } from '../../src/objects/factories.js';
import { lenOf } from '../../src/objects/iterate.js';
import type { Binding } from './code.js';
import type { Frame } from './frame.js';
import { evalExpr } from './eval.js';
import { convertConst } from '../../src/runtime/const-fold.js';
import { isMatchSequence, isMatchMapping } from '../../src/runtime/match-kinds.js';
import { isInstance } from '../../src/builtins/typecheck.js';

type Ext = { [k: string]: unknown };

const SELF_MATCHING = () => [T.bool, T.bytearray, T.bytes, T.dict, T.float, T.frozenset, T.int, T.list, T.set, T.str, T.tuple];

export function matchPattern(p: pattern, subject: PyObject, f: Frame, binds: [Binding, PyObject][]): boolean {
  switch (p._type) {
    case 'MatchValue':
      // `subject == value` as COMPARE_OP does it: no identity shortcut (a NaN is not equal to itself).
      return isTrue(richCompare(subject, evalExpr(p.value, f), CmpOp.EQ));
    case 'MatchSingleton':
      return subject === convertConst(p.value);
    case 'MatchAs':
      if (p.pattern !== null && !matchPattern(p.pattern, subject, f, binds)) return false;
      if (p.name !== null) binds.push([(p as unknown as Ext).b as Binding, subject]);
      return true;
    case 'MatchOr': {
      for (const alt of p.patterns) {
        const mark = binds.length;
        if (matchPattern(alt, subject, f, binds)) return true;
        binds.length = mark;
      }
      return false;
    }
    case 'MatchSequence': {
      if (!isMatchSequence(subject)) return false;
      const pats = p.patterns;
      const star = pats.findIndex((x) => x._type === 'MatchStar');
      // CPython's order: len() first (exact, or at least the fixed items with a star), then
      // only what the pattern needs: nothing for all-wildcards, indexing for an uncaptured
      // star (`*_`), else one iteration of the whole subject.
      // With a star and no other item (`[*x]`) there is no length to check, so len() is not called.
      if (star < 0 || pats.length > 1) {
        const n = exactListOrTuple(subject) ? subject.items.length : lenOf(subject);
        if (star < 0 ? n !== pats.length : n < pats.length - 1) return false;
      }
      const isWild = (x: pattern) => x._type === 'MatchAs' && x.pattern === null && x.name === null;
      const starWild = star >= 0 && (pats[star] as { name: string | null }).name === null;
      if (pats.every((x, i) => (i === star ? starWild : isWild(x)))) return true;
      if (starWild) {
        for (let i = 0; i < pats.length; i++) {
          if (i === star || isWild(pats[i])) continue;
          const item = getItem(subject, i < star ? i : lenOf(subject) - (pats.length - i));
          if (!matchPattern(pats[i], item, f, binds)) return false;
        }
        return true;
      }
      const items = exactListOrTuple(subject) ? subject.items.slice() : iterateToArray(subject);
      // (len() said the count fits; iteration disagreeing is UNPACK_SEQUENCE's ValueError.)
      if (star < 0) {
        if (items.length > pats.length) throw newError(E.ValueError, `too many values to unpack (expected ${pats.length})`);
        if (items.length < pats.length) throw newError(E.ValueError, `not enough values to unpack (expected ${pats.length}, got ${items.length})`);
        for (let i = 0; i < pats.length; i++) if (!matchPattern(pats[i], items[i], f, binds)) return false;
        return true;
      }
      if (items.length < pats.length - 1) {
        throw newError(E.ValueError, `not enough values to unpack (expected at least ${pats.length - 1}, got ${items.length})`);
      }
      const after = pats.length - star - 1;
      for (let i = 0; i < star; i++) if (!matchPattern(pats[i], items[i], f, binds)) return false;
      const starPat = pats[star];
      if (starPat._type === 'MatchStar' && starPat.name !== null) {
        binds.push([(starPat as unknown as Ext).b as Binding, new PyList(items.slice(star, items.length - after))]);
      }
      for (let i = 0; i < after; i++) {
        if (!matchPattern(pats[star + 1 + i], items[items.length - after + i], f, binds)) return false;
      }
      return true;
    }
    case 'MatchMapping': {
      if (!isMatchMapping(subject)) return false;
      // `{}` only checks the kind: no len(), no get().
      if (p.keys.length === 0 && p.rest === null) return true;
      if (p.keys.length > 0 && !(subject instanceof PyDict && subject.cls === T.dict) && lenOf(subject) < p.keys.length) return false;
      const keys = p.keys.map((k) => evalExpr(k, f));
      for (let i = 0; i < keys.length; i++) {
        for (let j = 0; j < i; j++) {
          if (richEqBool(keys[i], keys[j])) {
            throw typeErrorOf(`mapping pattern checks duplicate key (${reprOf(keys[i])})`, E.ValueError);
          }
        }
      }
      const values: PyObject[] = [];
      const getter = keys.length === 0 || (subject instanceof PyDict && subject.cls === T.dict) ? null : getAttr(subject, 'get');
      const missing = new PyObj(T.object, null);
      for (const k of keys) {
        const v = getter === null ? (subject as PyDict).get(k) : call(getter, [k, missing]);
        if (v === undefined || v === missing) return false;
        values.push(v);
      }
      for (let i = 0; i < keys.length; i++) if (!matchPattern(p.patterns[i], values[i], f, binds)) return false;
      if (p.rest !== null) {
        const rest = new PyDict();
        const src = subject instanceof PyDict ? subject : null;
        if (src !== null) {
          for (const [k, v] of src.entries()) rest.set(k, v);
        } else {
          for (const k of iterateToArray(call(getAttr(subject, 'keys'), []))) rest.set(k, getItem(subject, k));
        }
        for (const k of keys) rest.delete(k);
        binds.push([(p as unknown as Ext).b as Binding, rest]);
      }
      return true;
    }
    case 'MatchClass': {
      const cls = evalExpr(p.cls, f);
      if (!(cls instanceof PyType)) typeError('called match pattern must be a type');
      if (!isInstance(subject, cls)) return false;
      const positional = p.patterns;
      let names: string[] = [];
      if (positional.length > 0) {
        const ma = getAttrOrUndefined(cls, '__match_args__');
        if (ma === undefined) {
          if (SELF_MATCHING().some((t) => cls.isSubtype(t))) {
            if (positional.length > 1) typeError(`${cls.name}() accepts 1 positional sub-pattern (${positional.length} given)`);
            if (!matchPattern(positional[0], subject, f, binds)) return false;
          } else {
            typeError(`${cls.name}() accepts 0 positional sub-patterns (${positional.length} given)`);
          }
        } else {
          if (!(ma instanceof PyTuple)) typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeName(ma)})`);
          if (positional.length > ma.items.length) {
            typeError(`${cls.name}() accepts ${ma.items.length} positional sub-pattern${ma.items.length === 1 ? '' : 's'} (${positional.length} given)`);
          }
          names = ma.items.slice(0, positional.length).map((n) => {
            if (typeof n !== 'string') typeError(`__match_args__ elements must be strings (got ${typeName(n)})`);
            return n;
          });
        }
      }
      const allNames = [...names, ...p.kwd_attrs];
      for (let i = 0; i < allNames.length; i++) {
        for (let j = 0; j < i; j++) {
          if (allNames[i] === allNames[j]) typeError(`${cls.name}() got multiple sub-patterns for attribute '${allNames[i]}'`);
        }
      }
      for (let i = 0; i < names.length; i++) {
        const v = getAttrOrUndefined(subject, names[i]);
        if (v === undefined || !matchPattern(positional[i], v, f, binds)) return false;
      }
      for (let i = 0; i < p.kwd_attrs.length; i++) {
        const v = getAttrOrUndefined(subject, p.kwd_attrs[i]);
        if (v === undefined || !matchPattern(p.kwd_patterns[i], v, f, binds)) return false;
      }
      return true;
    }
    case 'MatchStar':
      throw new Error('tree-walker: MatchStar outside a sequence pattern');
  }
}


import { newError } from '../../src/objects/exception.js';
import { repr } from '../../src/objects/protocol.js';
function typeErrorOf(msg: string, t: PyType): PyObject {
  return newError(t, msg);
}
function reprOf(v: PyObject): string {
  return repr(v);
}
export { None };

/** An exact list or tuple, whose items a sequence pattern reads directly (a subclass's __len__ / __iter__ are called). */
function exactListOrTuple(v: PyObject): v is PyList | PyTuple {
  return (v instanceof PyList && v.cls === T.list) || (v instanceof PyTuple && v.cls === T.tuple);
}
