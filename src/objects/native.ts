// Native (JS-implemented) callables: builtin functions (`len`, `math.sqrt`), methods of builtin
// types (`list.append`: a method descriptor on the type, bound on attribute access), and
// the helpers that declare them, so every builtin type registers its methods the same way.
//
// A native function receives the vectorcall arguments: `args` holds positional values then
// keyword values, `kwnames` names the trailing keyword ones (null when there are none). For a
// method, `self` is passed separately. Most natives take positional arguments only and use
// `NativeFn`'s simple form via `posOnly(...)`.

import { PyObj, type PyObject } from './object.js';
import type { PyType } from './type.js';
import { T } from './types.js';
import { E, newError, type PyBaseException } from './exception.js';

/**
 * A soft raise: an `f1` entry (PyBuiltinFunction.f1, PyMethodDescriptor.f1) may fail by
 * returning undefined with the exception here instead of throwing it, as a JS throw caught by
 * the dispatch loop costs ~1-1.5 us in V8 (the base throw, and a handler search in each JS
 * frame it passes), several times what CPython takes for the whole raise and catch. Every caller
 * of an f1 entry checks for undefined: the VM raises `exc` without a throw (compiled code leaves
 * the exception here and leaves to the interpreter at the call, which raises it instead of
 * calling again); the tree-walker throws it (takeSoftRaise). Non-null only from the failing
 * entry's return until its caller takes it.
 */
export const softRaise: { exc: PyBaseException | null } = { exc: null };

/** Fails an f1 entry softly with `e` (see softRaise): `return raiseSoft(e)`. */
export function raiseSoft(e: PyBaseException): undefined {
  softRaise.exc = e;
  return undefined;
}

/** The exception of the f1 entry that just returned undefined, taken (see softRaise). */
export function takeSoftRaise(): PyBaseException {
  const e = softRaise.exc!;
  softRaise.exc = null;
  return e;
}

export type NativeCall = (args: PyObject[], kwnames: string[] | null) => PyObject;
export type NativeMethodCall = (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;

/** builtin_function_or_method: a native function, possibly bound to `self` (a module or object). */
export class PyBuiltinFunction extends PyObj {
  /** The qualified name given, or null: made from `descr` on first use (qualname). */
  private qn: string | null;
  constructor(
    readonly name: string,
    readonly fn: NativeCall,
    readonly self: PyObject | null = null,
    qualname: string | null = name,
    public doc: string | null = null,
  ) {
    super(T.builtin_function_or_method, null);
    this.qn = qualname;
  }

  /** The receiver's type a method bound from a descriptor is named after (descriptors.ts), else null. */
  qualOwner: PyType | null = null;
  /** __text_signature__ (CPython's, for the builtins module's functions), else null. */
  textSignature: string | null = null;

  /** __qualname__: `Type.name` for a method bound from a descriptor (made when first asked: binding is hot). */
  get qualname(): string {
    if (this.qn === null) {
      const d = this.descr;
      if (this.qualOwner !== null) this.qn = `${this.qualOwner.shownQualname}.${this.name}`;
      else this.qn = d instanceof PyMethodDescriptor ? `${d.owner.shownQualname}.${this.name}` : this.name;
    }
    return this.qn;
  }

  /** __module__: the name of the native module defining the function (set when it is installed). */
  module: PyObject | null = null;
  /** The module object of a module-level function: its __self__ (`len.__self__` is builtins). */
  moduleObject: PyObject | null = null;
  /** The method descriptor this was bound from (`[].append`, `(1).__add__`), else null. */
  descr: PyObject | null = null;
  /**
   * The native's call with one positional argument and no keywords, without the argument
   * array (`len(x)`), when it has one: what `fn([a], null)` does. Used by the VM's calls.
   * Undefined: it raised softly (softRaise).
   */
  f1: ((a: PyObject) => PyObject | undefined) | null = null;
  /** The same with two positional arguments (`getattr(o, name)`): what `fn([a, b], null)` does. */
  f2: ((a: PyObject, b: PyObject) => PyObject | undefined) | null = null;
}

/** method_descriptor: a builtin type's method, unbound; `descrGet` binds it to an instance. */
export class PyMethodDescriptor extends PyObj {
  constructor(
    readonly owner: PyType,
    readonly name: string,
    readonly fn: NativeMethodCall,
    readonly doc: string | null = null,
    cls: PyType = T.method_descriptor,
  ) {
    super(cls, null);
  }

  /**
   * The method's call with no arguments / one positional argument, without the argument array
   * (`s.strip()`, `s.startswith(p)`), when it has one: what `fn(self, [], null)` /
   * `fn(self, [a], null)` does. Used by the VM's calls of a method loaded from an instance
   * (self is of the owner type). See `addFastMethods`. f1's undefined: it raised softly
   * (softRaise).
   */
  f0: ((self: PyObject) => PyObject) | null = null;
  f1: ((self: PyObject, a: PyObject) => PyObject | undefined) | null = null;
  /** The same with two positional arguments (`d.get(k, 0)`, `s.replace(a, b)`); it never raises softly. */
  f2: ((self: PyObject, a: PyObject, b: PyObject) => PyObject) | null = null;
  /** A METH_VARARGS method: called through a bound method, its errors name it alone ("union()"). */
  varargs = false;
}

/** Sets the no-array entry points (f0, f1, f2) of methods of `type` already added by addMethods. */
export function addFastMethods(
  type: PyType,
  f0: Record<string, (self: PyObject) => PyObject>,
  f1: Record<string, (self: PyObject, a: PyObject) => PyObject | undefined>,
  f2: Record<string, (self: PyObject, a: PyObject, b: PyObject) => PyObject> = {},
): void {
  for (const name in f0) (type.dict.getStr(name) as PyMethodDescriptor).f0 = f0[name];
  for (const name in f1) (type.dict.getStr(name) as PyMethodDescriptor).f1 = f1[name];
  for (const name in f2) (type.dict.getStr(name) as PyMethodDescriptor).f2 = f2[name];
}

/** classmethod_descriptor-like native: called with the class (e.g. dict.fromkeys, int.from_bytes). */
export class PyNativeClassMethod extends PyObj {
  constructor(readonly owner: PyType, readonly name: string, readonly fn: NativeMethodCall) {
    super(T.classmethod_descriptor ?? T.builtin_function_or_method, null);
  }
}

export function typeErr(msg: string): never {
  throw newError(E.TypeError, msg);
}

/**
 * Checks a positional-only native call: no keywords, between min and max arguments, with
 * CPython's messages ("len() takes exactly one argument (2 given)", "expected at most 2
 * arguments, got 3", ...). Returns args for chaining.
 */
export function checkPositional(name: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): PyObject[] {
  if (kwnames !== null && kwnames.length > 0) typeErr(`${name}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return args;
  if (min === max) {
    if (min === 0) typeErr(`${name}() takes no arguments (${n} given)`);
    if (min === 1) typeErr(`${name}() takes exactly one argument (${n} given)`);
    typeErr(`${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) typeErr(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  typeErr(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/**
 * Binds a native call's arguments to named parameters (for natives that accept keywords):
 * returns an array indexed like `params`, with `undefined` for parameters not given.
 * `posOnly` leading parameters cannot be passed by keyword.
 */
export function bindNative(name: string, params: readonly string[], args: PyObject[], kwnames: string[] | null, posOnly = 0, required = 0): (PyObject | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  // The total count comes first (Argument Clinic and PyArg_ParseTupleAndKeywords alike), with
  // "keyword " when nothing was passed by position.
  if (npos + nkw > params.length) {
    typeErr(`${name}() takes at most ${params.length} ${npos === 0 ? 'keyword ' : ''}argument${params.length === 1 ? '' : 's'} (${npos + nkw} given)`);
  }
  const out: (PyObject | undefined)[] = new Array(params.length);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  // A stray keyword is reported after a missing required argument, and one repeating a
  // positional argument before an unknown one (_PyArg_UnpackKeywords' order).
  let unknown: string | undefined;
  let repeated = -1;
  for (let k = 0; k < nkw; k++) {
    const kw = kwnames![k];
    const idx = params.indexOf(kw);
    // Argument Clinic's message (a positional-only parameter passed by keyword included).
    if (idx < 0 || idx < posOnly) {
      unknown ??= kw;
    } else if (idx < npos) {
      if (repeated < 0 || idx < repeated) repeated = idx;
    } else {
      out[idx] = args[npos + k];
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) typeErr(`${name}() missing required argument '${params[i]}' (pos ${i + 1})`);
  }
  if (repeated >= 0) typeErr(`argument for ${name}() given by name ('${params[repeated]}') and position (${repeated + 1})`);
  if (unknown !== undefined) typeErr(`'${unknown}' is an invalid keyword argument for ${name}()`);
  return out;
}

/** The setter of a READONLY member of CPython's: assigning or deleting it says "readonly attribute". */
export function readonlyMember(): never {
  throw newError(E.AttributeError, 'readonly attribute');
}

/** Marks METH_VARARGS methods of a builtin type: called through a bound method object, their errors name them alone. */
export function markVarargs(type: PyType, names: readonly string[]): void {
  for (const name of names) {
    const d = type.dict.getStr(name);
    if (d instanceof PyMethodDescriptor) d.varargs = true;
  }
}

/** Adds native methods to a builtin type's namespace. */
export function addMethods(type: PyType, methods: Record<string, NativeMethodCall>): void {
  for (const name in methods) type.dict.setStr(name, new PyMethodDescriptor(type, name, methods[name]));
}

/**
 * Methods of a type both backends share (async_generator, coroutine wrappers...): each name runs
 * `mine` for the objects `owns` accepts and whatever the type had before for the others, so the
 * backends can install theirs in either order.
 */
export function addMethodsFor(type: PyType, owns: (self: PyObject) => boolean, mine: Record<string, NativeMethodCall>): void {
  const methods: Record<string, NativeMethodCall> = {};
  for (const name in mine) {
    const own = mine[name];
    const d = type.dict.getStr(name);
    const other = d instanceof PyMethodDescriptor ? d.fn : null;
    methods[name] = other === null ? own : (self, args, kw) => (owns(self) ? own(self, args, kw) : other(self, args, kw));
  }
  addMethods(type, methods);
}

/** A module-level (or builtins) native function. */
export function nativeFunction(name: string, fn: NativeCall, doc: string | null = null): PyBuiltinFunction {
  return new PyBuiltinFunction(name, fn, null, name, doc);
}


/** getset_descriptor: a computed attribute of a builtin type (int.real, function.__name__, ...). */
export class PyGetSetDescriptor extends PyObj {
  constructor(
    readonly owner: PyType,
    readonly name: string,
    readonly get: (self: PyObject) => PyObject,
    readonly set: ((self: PyObject, value: PyObject | null) => void) | null = null,
  ) {
    super(T.getset_descriptor, null);
  }
}

export function addGetSets(type: PyType, props: Record<string, [(self: PyObject) => PyObject, ((self: PyObject, value: PyObject | null) => void)?]>): void {
  for (const name in props) {
    const [get, set] = props[name];
    type.dict.setStr(name, new PyGetSetDescriptor(type, name, get, set ?? null));
  }
}

/** Adds native class methods (called with the class first: dict.fromkeys, int.from_bytes). */
export function addClassMethods(type: PyType, methods: Record<string, NativeMethodCall>): void {
  for (const name in methods) type.dict.setStr(name, new PyNativeClassMethod(type, name, methods[name]));
}
