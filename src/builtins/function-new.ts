// types.FunctionType(code, globals, name=None, argdefs=None, closure=None): a new function over
// an existing code object of either backend, with CPython 3.11's argument checks and messages;
// types.CellType([contents]).

import type { PyObject } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PyTuple } from '../objects/tuple.js';
import { T } from '../objects/types.js';
import { None } from '../objects/singletons.js';
import { E, newError } from '../objects/exception.js';
import { PyFunction, PyCell, type Code } from '../objects/function.js';
import { typeOf, typeName, typeError } from '../objects/protocol.js';
import { bindNative } from '../objects/native.js';
import { defineNew } from '../objects/class-create.js';
import { builtinsFromGlobals } from '../runtime/module.js';
import { interp } from '../runtime/interpreter.js';

/** The docstring a code object carries, when its backend keeps one (VM: co_consts[0]; tree-walker: the body). */
function docOf(code: Code): PyObject {
  const c = code as unknown as {
    hasDocstring?: boolean; co_consts?: PyObject[];
    body?: { _type: string; value?: { _type: string; value?: unknown } }[] | null;
  };
  if (c.hasDocstring === true && c.co_consts !== undefined) return c.co_consts[0];
  const first = Array.isArray(c.body) ? c.body[0] : undefined;
  if (first !== undefined && first._type === 'Expr' && first.value?._type === 'Constant' && typeof first.value.value === 'string') {
    return first.value.value;
  }
  return None;
}

export function installFunctionNew(): void {
  defineNew(T.function, (_cls, args, kwnames) => {
    const [code, globals, name, argdefs, closure] = bindNative('function', ['code', 'globals', 'name', 'argdefs', 'closure'], args, kwnames, 0, 2);
    if (typeOf(code!) !== T.code) typeError(`function() argument 'code' must be code, not ${typeName(code!)}`);
    if (!(globals instanceof PyDict)) typeError(`function() argument 'globals' must be dict, not ${typeName(globals!)}`);
    if (name !== undefined && name !== None && typeof name !== 'string') typeError('arg 3 (name) must be None or string');
    if (argdefs !== undefined && argdefs !== None && !(argdefs instanceof PyTuple)) typeError('arg 4 (defaults) must be None or tuple');
    const c = code as unknown as Code;
    const nfree = c.co_freevars.length;
    let cells: PyCell[] | null = null;
    if (closure === undefined || closure === None) {
      if (nfree > 0) typeError('arg 5 (closure) must be tuple');
    } else {
      if (!(closure instanceof PyTuple)) typeError('arg 5 (closure) must be None or tuple');
      const items = closure.items;
      if (items.length !== nfree) {
        throw newError(E.ValueError, `${c.co_name} requires closure of length ${nfree}, not ${items.length}`);
      }
      for (const x of items) if (!(x instanceof PyCell)) typeError(`arg 5 (closure) expected cell, found ${typeName(x)}`);
      cells = nfree > 0 ? items.slice() as PyCell[] : null;
    }
    const builtins = builtinsFromGlobals(globals, interp().frame?.builtinsDict() ?? interp().builtins);
    const defaults = argdefs instanceof PyTuple ? argdefs.items.slice() : null;
    const fn = new PyFunction(c, globals, builtins, c.co_qualname, defaults, null, cells);
    if (typeof name === 'string') fn.name = name;
    fn.doc = docOf(c);
    return fn;
  });
  defineNew(T.cell, (_cls, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError('cell() takes no keyword arguments');
    if (args.length > 1) typeError(`cell expected at most 1 argument, got ${args.length}`);
    return new PyCell(args[0]);
  });
}
