// builtins.__build_class__(func, name, *bases, metaclass=..., **kw): the class statement's helper.
// It runs `func`'s code with the new namespace as its locals; a backend that compiles class
// bodies to functions (the VM) installs that runner. Other functions are simply called, which is
// what running a plain function's code amounts to (its stores go to fast locals).

import type { PyObject } from '../objects/object.js';
import { PyFunction, PyCell } from '../objects/function.js';
import { buildClass } from '../objects/class-create.js';
import { nativeFunction } from '../objects/native.js';
import { call, typeError, typeOf, getItem } from '../objects/protocol.js';
import type { PyDict } from '../objects/dict.js';
import { PyBaseException, E, newError } from '../objects/exception.js';

type BodyRunner = (fn: PyFunction, ns: PyObject) => PyObject | undefined;
/** undefined: not a function of the runner's backend. */
let runClassBody: BodyRunner = () => undefined;
let buildClassFn: PyObject | null = null;

/** LOAD_BUILD_CLASS: __build_class__ from the frame's builtins (a non-dict one through obj[name]). */
export function lookupBuildClass(builtins: PyDict): PyObject {
  let v: PyObject | undefined;
  if (typeOf(builtins).isExactBuiltin) v = builtins.getStr('__build_class__');
  else {
    try {
      v = getItem(builtins, '__build_class__');
    } catch (e) {
      if (!(e instanceof PyBaseException && typeOf(e).isSubtype(E.KeyError))) throw e;
    }
  }
  if (v === undefined) throw newError(E.NameError, '__build_class__ not found');
  return v;
}

/** Class bodies a backend runs itself (the tree-walker's), as the `func` of __build_class__. */
const nativeBodies = new WeakMap<object, (ns: PyObject) => PyCell | null>();

/** A function object standing for a class body `runBody` (for a replaced builtins.__build_class__). */
export function classBodyFunction(name: string, runBody: (ns: PyObject) => PyCell | null): PyObject {
  const f = nativeFunction(name, () => typeError(`class body of '${name}' cannot be called directly`));
  nativeBodies.set(f, runBody);
  return f;
}

/** The backend's way of running a class-body function with `ns` as its locals. */
export function setClassBodyRunner(runBody: BodyRunner): void {
  runClassBody = runBody;
}

/** Runs a class-body function with `ns` as its locals; undefined when no backend runner takes it. */
export function runClassBodyWith(fn: PyFunction, ns: PyObject): PyObject | undefined {
  return runClassBody(fn, ns);
}

/** The __build_class__ builtin function object (one per process). */
export function buildClassBuiltin(): PyObject {
  if (buildClassFn === null) {
    buildClassFn = nativeFunction('__build_class__', (args, kwnames) => {
      const nkw = kwnames === null ? 0 : kwnames.length;
      const npos = args.length - nkw;
      if (npos < 2) typeError('__build_class__: not enough arguments');
      const func = args[0];
      const name = args[1];
      const native = typeof func === 'object' ? nativeBodies.get(func) : undefined;
      if (native === undefined && !(func instanceof PyFunction)) typeError('__build_class__: func must be a function');
      if (typeof name !== 'string') typeError('__build_class__: name is not a string');
      const bases = args.slice(2, npos);
      const kwvalues = args.slice(npos);
      const body = native ?? ((ns: PyObject): PyCell | null => {
        const r = runClassBody(func as PyFunction, ns) ?? call(func, []);
        return r instanceof PyCell ? r : null;
      });
      return buildClass(body, name, bases, kwnames === null ? [] : kwnames.slice(), kwvalues);
    }, '__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement.');
  }
  return buildClassFn;
}
