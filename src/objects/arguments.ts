// Binding call arguments to a Python function's parameters (CPython's _PyEval_MakeFrame
// argument handling), with CPython 3.11's TypeError messages. Shared by both backends: the
// result is the frame's local slot array with parameters filled in co_varnames order.

import type { PyObject } from './object.js';
import { PyDict, newSharedDict } from './dict.js';
import { PyTuple } from './tuple.js';
import { CoFlags, type Code, type PyFunction } from './function.js';
import { E, newError } from './exception.js';
import { EMPTY_TUPLE } from './tuple.js';
import { None } from './singletons.js';
import { getAttrOrUndefined, str } from './protocol.js';

/**
 * How call-site errors name the callee (CPython's _PyObject_FunctionStr): "module.qualname()",
 * just "qualname()" for builtins or without a module, str(callee) without a __qualname__.
 */
export function functionStr(fn: PyObject): string {
  const qualname = getAttrOrUndefined(fn, '__qualname__');
  if (qualname === undefined) return str(fn);
  const module = getAttrOrUndefined(fn, '__module__');
  if (module === undefined || module === None || module === 'builtins') return `${str(qualname)}()`;
  return `${str(module)}.${str(qualname)}()`;
}

function fail(msg: string): never {
  throw newError(E.TypeError, msg);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

/**
 * Returns a new locals array of length `nlocals` with the parameters bound.
 * `args` = positional values then keyword values; `kwnames` names the keyword ones.
 */
export function bindArguments(fn: PyFunction, code: Code, args: PyObject[], kwnames: string[] | null, nlocals: number): (PyObject | undefined)[] {
  const locals: (PyObject | undefined)[] = new Array(nlocals);
  const argcount = code.co_argcount;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const flags = code.co_flags;

  // Fast path: exact positional call, no *args/**kwargs/keyword-only parameters.
  if (nkw === 0 && npos === argcount && (flags & (CoFlags.VARARGS | CoFlags.VARKEYWORDS)) === 0 && code.co_kwonlyargcount === 0) {
    for (let i = 0; i < npos; i++) locals[i] = args[i];
    return locals;
  }

  const kwonly = code.co_kwonlyargcount;
  const total = argcount + kwonly;
  const varnames = code.co_varnames;
  let kwdict: PyDict | null = null;
  let slot = total;
  if (flags & CoFlags.VARARGS) slot++;
  if (flags & CoFlags.VARKEYWORDS) {
    kwdict = newSharedDict(); // (no Map of its own until a non-str key: most stay small and str-keyed)
    locals[slot] = kwdict;
  }

  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) locals[i] = args[i];
  if (flags & CoFlags.VARARGS) {
    locals[total] = npos > argcount ? new PyTuple(args.slice(argcount, npos)) : EMPTY_TUPLE;
  }

  let posonlyAsKw: string[] | null = null;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const value = args[npos + k];
    let idx = -1;
    for (let j = code.co_posonlyargcount; j < total; j++) {
      if (varnames[j] === name) {
        idx = j;
        break;
      }
    }
    if (idx < 0) {
      if (kwdict !== null) {
        kwdict.setStr(name, value);
        continue;
      }
      for (let j = 0; j < code.co_posonlyargcount; j++) {
        if (varnames[j] === name) {
          (posonlyAsKw ??= []).push(name);
          idx = -2;
          break;
        }
      }
      if (idx === -2) continue;
      fail(`${fn.qualname}() got an unexpected keyword argument '${name}'`);
    }
    if (locals[idx] !== undefined) fail(`${fn.qualname}() got multiple values for argument '${name}'`);
    locals[idx] = value;
  }
  if (posonlyAsKw !== null) {
    fail(`${fn.qualname}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`);
  }

  if (npos > argcount && !(flags & CoFlags.VARARGS)) tooManyPositional(fn, code, npos, locals);

  // Defaults for missing positional parameters.
  const defaults = fn.defaults;
  const ndefs = defaults === null ? 0 : defaults.length;
  if (npos < argcount) {
    const firstDefault = argcount - ndefs;
    let missing: string[] | null = null;
    for (let i = npos; i < argcount; i++) {
      if (locals[i] !== undefined) continue;
      if (i >= firstDefault) locals[i] = defaults![i - firstDefault];
      else (missing ??= []).push(varnames[i]);
    }
    if (missing !== null) {
      fail(`${fn.qualname}() missing ${plural(missing.length, 'required positional argument')}: ${nameList(missing)}`);
    }
  }
  if (kwonly > 0) {
    let missing: string[] | null = null;
    for (let i = argcount; i < total; i++) {
      if (locals[i] !== undefined) continue;
      const d = fn.kwdefaults === null ? undefined : fn.kwdefaults.getStr(varnames[i]);
      if (d !== undefined) locals[i] = d;
      else (missing ??= []).push(varnames[i]);
    }
    if (missing !== null) {
      fail(`${fn.qualname}() missing ${plural(missing.length, 'required keyword-only argument')}: ${nameList(missing)}`);
    }
  }
  return locals;
}

function tooManyPositional(fn: PyFunction, code: Code, given: number, locals: (PyObject | undefined)[]): never {
  const argcount = code.co_argcount;
  const ndefs = fn.defaults === null ? 0 : fn.defaults.length;
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + code.co_kwonlyargcount; i++) if (locals[i] !== undefined) kwonlyGiven++;
  const takes = ndefs > 0 ? `from ${argcount - ndefs} to ${argcount} positional arguments` : plural(argcount, 'positional argument');
  const was = given === 1 && kwonlyGiven === 0 ? 'was' : 'were';
  const kwPart = kwonlyGiven > 0
    ? ` positional argument${given === 1 ? '' : 's'} (and ${plural(kwonlyGiven, 'keyword-only argument')})`
    : '';
  fail(`${fn.qualname}() takes ${takes} but ${given}${kwPart} ${was} given`);
}
