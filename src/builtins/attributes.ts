// Builtins about attributes and object identity: getattr, hasattr, setattr, delattr, dir,
// vars, callable, id, hash.

import { PyObj, type PyObject } from '../objects/object.js';
import { PyList } from '../objects/tuple.js';
import { E, newError } from '../objects/exception.js';
import { raiseSoft } from '../objects/native.js';
import { T } from '../objects/types.js';
import { genericGetAttr, withNameObj } from '../objects/generic-attr.js';
import { None } from '../objects/singletons.js';
import { typeOf, typeName, typeError, getAttr, getAttrOrUndefined, setAttr, hashOf, attrLookupOf } from '../objects/protocol.js';
import { lookupSpecial, callFoundMethod } from '../objects/dunder.js';
import { idOf } from '../objects/identity.js';
import { oneArg, positional } from './args.js';
import { strValue } from './text.js';
import { iterateToArray as toArray } from '../objects/iterate.js';
import { sortItems } from './sorting.js';

function attrName(v: PyObject): string {
  const s = strValue(v);
  if (s === undefined) typeError(`attribute name must be string, not '${typeName(v)}'`);
  return s;
}

function isAttributeError(e: unknown): boolean {
  return e instanceof PyObj && typeOf(e as PyObject).isSubtype(E.AttributeError);
}

export function builtinGetattr(args: PyObject[], kwnames: string[] | null): PyObject {
  positional('getattr', args, kwnames, 2, 3);
  const name = attrName(args[1]);
  if (args.length === 2) return getAttr(args[0], name);
  return getAttrOrUndefined(args[0], name) ?? args[2];
}

/**
 * getattr(o, name) as PyBuiltinFunction.f2: for an object with the generic attribute lookup, a
 * missing attribute raises its AttributeError softly (native.ts softRaise).
 */
export function getattrOrSoft(o: PyObject, name: PyObject): PyObject | undefined {
  return typeof name === 'string' ? loadAttrOrSoft(o, name) : builtinGetattr([o, name], null);
}

/**
 * o.name: for an object with the generic attribute lookup, a plain miss (no descriptor, nothing
 * in the instance dict: looking again has no effects) raises its AttributeError softly
 * (native.ts softRaise); anything else is getAttr's.
 */
export function loadAttrOrSoft(o: PyObject, name: string): PyObject | undefined {
  const f = typeOf(o).slots.getattro;
  if (f === undefined) return getAttr(o, name);
  if (f !== T.object.slots.getattro && f !== genericGetAttr) return f(o, name);
  const v = attrLookupOf(f)!(o, name);
  if (v !== undefined) return v;
  return raiseSoft(withNameObj(newError(E.AttributeError, `'${typeName(o)}' object has no attribute '${name}'`), name, o));
}

export function builtinHasattr(args: PyObject[], kwnames: string[] | null): PyObject {
  positional('hasattr', args, kwnames, 2, 2);
  return getAttrOrUndefined(args[0], attrName(args[1])) !== undefined;
}

export function builtinSetattr(args: PyObject[], kwnames: string[] | null): PyObject {
  positional('setattr', args, kwnames, 3, 3);
  setAttr(args[0], attrName(args[1]), args[2]);
  return None;
}

export function builtinDelattr(args: PyObject[], kwnames: string[] | null): PyObject {
  positional('delattr', args, kwnames, 2, 2);
  setAttr(args[0], attrName(args[1]), null);
  return None;
}

/** What dir() and vars() with no argument answer: the running frame's locals (runtime-provided). */
let localsProvider: (() => PyObject) | null = null;
export function setLocalsProvider(f: () => PyObject): void {
  localsProvider = f;
}
function currentLocals(name: string): PyObject {
  if (localsProvider === null) typeError(`${name}() without arguments needs a running frame`);
  return localsProvider();
}

/** dir(obj): type(obj).__dir__(obj), as a sorted list. */
export function dirList(v: PyObject): PyList {
  const m = lookupSpecial(v, '__dir__');
  if (m === undefined) typeError('object does not provide __dir__');
  const items = toArray(callFoundMethod(m, v, []));
  sortItems(items, null, false);
  return new PyList(items);
}

export function builtinDir(args: PyObject[], kwnames: string[] | null): PyObject {
  positional('dir', args, kwnames, 0, 1);
  if (args.length === 0) {
    const items = toArray(callKeys(currentLocals('dir')));
    sortItems(items, null, false);
    return new PyList(items);
  }
  return dirList(args[0]);
}

function callKeys(mapping: PyObject): PyObject {
  const keys = lookupSpecial(mapping, 'keys');
  return keys === undefined ? mapping : callFoundMethod(keys, mapping, []);
}

export function builtinVars(args: PyObject[], kwnames: string[] | null): PyObject {
  positional('vars', args, kwnames, 0, 1);
  if (args.length === 0) return currentLocals('vars');
  try {
    return getAttr(args[0], '__dict__');
  } catch (e) {
    if (isAttributeError(e)) typeError('vars() argument must have __dict__ attribute');
    throw e;
  }
}

export function isCallable(v: PyObject): boolean {
  return typeOf(v).slots.call !== undefined;
}

export function builtinCallable(args: PyObject[], kwnames: string[] | null): PyObject {
  return isCallable(oneArg('callable', args, kwnames));
}

export function builtinId(args: PyObject[], kwnames: string[] | null): PyObject {
  return idOf(oneArg('id', args, kwnames));
}

export function builtinHash(args: PyObject[], kwnames: string[] | null): PyObject {
  return hashOf(oneArg('hash', args, kwnames));
}
