// The builtins that need the calling frame or a backend: globals, locals, vars, dir(),
// exec, eval, compile, __import__, __build_class__, and zero-argument super().

import { execLocals } from '../runtime/frame-access.js';
import { fsPath } from './io.js';
import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { PyType } from '../objects/type.js';
import { T } from '../objects/types.js';
import { None } from '../objects/singletons.js';
import { E, newError } from '../objects/exception.js';
import { typeOf, typeName, typeError, getAttr, call, isTrue, argTypeName } from '../objects/protocol.js';
import { nativeFunction, bindNative, checkPositional } from '../objects/native.js';
import { makeSuper } from '../objects/descriptors.js';
import { defineNew } from '../objects/class-create.js';
import { exposeNativeSlots } from '../objects/slot-wrappers.js';
import { addMethods } from '../objects/native.js';
import { dirOf } from '../objects/core-types.js';
import { lookupSpecial, callFoundMethod } from '../objects/dunder.js';
import { parse } from '../../grammar/index.js';
import { interp } from '../runtime/interpreter.js';
import { importName, builtinImport } from '../runtime/import.js';
import { toPythonError } from '../runtime/syntax-errors.js';
import { remember } from '../runtime/linecache.js';
import type { CodeObject, CompileMode } from '../runtime/backend.js';
import { PyFunction, PyCell, type Code } from '../objects/function.js';
import { builtinsFromGlobals } from '../runtime/module.js';
import { PYCF_MASK, programTextGetter } from '../symtable/index.js';
import { PySyntaxError } from '../../grammar/errors.js';
import { runClassBodyWith } from './build-class.js';
import { PyStr, strValue, cIntArg } from '../objects/str.js';
import { dirList } from './attributes.js';
import { sortItems } from './sorting.js';
import { mappingKeys } from '../objects/dict-type.js';
import { bytesLikeData } from '../objects/bytes.js';
import { decodeSource } from '../text/source-decode.js';
import { syntaxWarningsOf, emitParseWarningsBefore } from '../runtime/syntax-warnings.js';

function callerFrame() {
  const f = interp().frame;
  if (f === null) throw newError(E.SystemError, 'no current frame');
  return f;
}

/** compile()'s source argument as text: a str, or bytes-like source decoded as a file would be (null otherwise). */
export function sourceText(v: PyObject, fname: string): string | null {
  if (typeof v === 'string') return v;
  if (v instanceof PyStr) return v.value;
  const bytesOf = typeof v === 'object' ? bytesLikeData(v) : undefined;
  if (bytesOf !== undefined) return decodeSource(bytesOf);
  void fname;
  return null;
}

function isCode(v: PyObject): v is CodeObject & PyObj {
  return v instanceof PyObj && typeOf(v) === T.code;
}

/** compile(): parse + backend compile, front-end errors as Python SyntaxError. */
export function compileSource(source: string, filename: string, mode: CompileMode, futureFlags = 0): CodeObject {
  const backend = interp().frame?.backend ?? interp().backend;
  try {
    // (Not remembered for tracebacks: as in CPython 3.11, a traceback line of compiled text
    // comes from the file of that name if there is one, else none is shown.)
    let tree;
    try {
      tree = parse(source, filename, mode, true);
    } catch (e) {
      // A parser error of 'exec' source shows the line of the file named filename when there
      // is one (as the symbol table's and compiler's errors always do: program-text.ts).
      if (e instanceof PySyntaxError) emitParseWarningsBefore(e, filename);
      if (!(e instanceof PySyntaxError) || mode !== 'exec' || e.textFromSource || e.lineno < 1) throw e;
      const text = programTextGetter(filename)(e.lineno);
      throw text === null ? e : e.withText(text);
    }
    const warn = syntaxWarningsOf(tree, filename);
    const code = backend.compile(tree, filename, mode, source, futureFlags);
    warn?.();
    return code;
  } catch (e) {
    throw toPythonError(e);
  }
}

/** The calling code's future features (PyEval_MergeCompilerFlags): compile(), exec() and eval()
 * of source text inherit them, e.g. `from __future__ import annotations`. */
function inheritedFutureFlags(): number {
  const code = (interp().frame as unknown as { code?: { co_flags?: number } } | null)?.code;
  return (code?.co_flags ?? 0) & PYCF_MASK;
}

// compile()'s accepted flags: the future features, CO_NESTED (obsolete), and PyCF_COMPILE_MASK
// (ONLY_AST, TYPE_COMMENTS, ALLOW_TOP_LEVEL_AWAIT, ALLOW_INCOMPLETE_INPUT, DONT_IMPLY_DEDENT).
const COMPILE_FLAGS_OK = PYCF_MASK | 0x10 | 0x400 | 0x1000 | 0x2000 | 0x4000 | 0x200;

function namespaces(name: string, g: PyObject | undefined, l: PyObject | undefined): [PyDict, PyObject] {
  const noLocals = l === undefined || l === None;
  // CPython's checks and their order: eval() checks locals before globals, exec() after.
  const localsOk = noLocals || typeOf(l!).slots.getitem !== undefined;
  if (name === 'eval' && !localsOk) typeError('locals must be a mapping');
  let globals: PyDict;
  let locals: PyObject;
  if (g === undefined || g === None) {
    const f = callerFrame();
    globals = f.globalsDict();
    locals = noLocals ? f.localsMapping() : l!;
  } else {
    if (!(g instanceof PyDict)) {
      if (name === 'exec') typeError(`exec() globals must be a dict, not ${typeName(g)}`);
      typeError(typeOf(g).slots.getitem !== undefined
        ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
    }
    globals = g;
    locals = noLocals ? g : l!;
  }
  if (!localsOk) typeError(`locals must be a mapping or None, not ${typeName(l!)}`);
  // CPython inserts the current builtins *dict* (PyEval_GetBuiltins), not the module.
  if (globals.getStr('__builtins__') === undefined) globals.setStr('__builtins__', interp().frame?.builtinsDict() ?? interp().builtins);
  return [globals, locals];
}

/** exec(source, globals=None, locals=None, /, *, closure=None): Argument Clinic's checks. */
function execArgs(args: PyObject[], kwnames: string[] | null): (PyObject | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (args.length > 4) typeError(`exec() takes at most 4 arguments (${args.length} given)`);
  if (npos > 3) typeError(`exec() takes at most 3 positional arguments (${npos} given)`);
  if (npos < 1) typeError(`exec() takes at least 1 positional argument (${npos} given)`);
  let closure: PyObject | undefined;
  for (let k = 0; k < nkw; k++) {
    if (kwnames![k] !== 'closure') typeError(`'${kwnames![k]}' is an invalid keyword argument for exec()`);
    closure = args[npos + k];
  }
  return [args[0], npos > 1 ? args[1] : undefined, npos > 2 ? args[2] : undefined, closure];
}

/** eval(source, globals=None, locals=None, /): METH_FASTCALL without keywords. */
function evalArgs(args: PyObject[], kwnames: string[] | null): (PyObject | undefined)[] {
  if (kwnames !== null && kwnames.length > 0) typeError('eval() takes no keyword arguments');
  if (args.length < 1) typeError(`eval expected at least 1 argument, got ${args.length}`);
  if (args.length > 3) typeError(`eval expected at most 3 arguments, got ${args.length}`);
  return [args[0], args[1], args[2], undefined];
}

/** exec's closure= argument for a code object with `nfree` free variables (null: none given). */
function closureCells(closure: PyObject | undefined, nfree: number): PyCell[] | null {
  const given = closure !== undefined && closure !== None;
  if (nfree === 0) {
    if (given) typeError('cannot use a closure with this code object');
    return null;
  }
  const ok = given && closure instanceof PyTuple && typeOf(closure) === T.tuple && closure.items.length === nfree &&
    closure.items.every((c) => c instanceof PyCell);
  if (!ok) typeError(`code object requires a closure of exactly length ${nfree}`);
  return (closure as PyTuple).items.slice() as PyCell[];
}

const CO_OPTIMIZED = 0x1;

/**
 * Runs a code object as CPython's PyEval_EvalCode(Ex) does: through a function made from it
 * (named co_name, no defaults) called with no arguments. So a function's code raises "f() missing
 * N required positional arguments", a generator's returns a generator, and its return value is
 * eval()'s result. `locals` is the namespace of code that is not optimized (module, class body);
 * a function's code writes its locals into it when it calls locals() (frame-access.ts execLocals).
 */
function runCodeObject(code: CodeObject, globals: PyDict, locals: PyObject, cells: PyCell[] | null): PyObject {
  const c = code as unknown as Code;
  if ((c.co_flags & CO_OPTIMIZED) === 0 && cells === null) return code.backend.run(code, globals, locals);
  const builtins = builtinsFromGlobals(globals, interp().frame?.builtinsDict() ?? interp().builtins);
  const fn = new PyFunction(c, globals, builtins, c.co_name, null, null, cells);
  fn.name = c.co_name;
  if ((c.co_flags & CO_OPTIMIZED) !== 0 && locals instanceof PyDict) execLocals.set(fn, locals);
  if ((c.co_flags & CO_OPTIMIZED) === 0) {
    // A class body's code with a closure: run with `locals` as its namespace.
    const r = runClassBodyWith(fn, locals);
    if (r !== undefined) return r;
  }
  return call(fn, []);
}

function runCode(name: string, mode: CompileMode, args: PyObject[], kwnames: string[] | null): PyObject {
  const [src, g, l, closure] = name === 'exec' ? execArgs(args, kwnames) : evalArgs(args, kwnames);
  // CPython's order: the namespaces are checked (and __builtins__ inserted) before the source.
  const [globals, locals] = namespaces(name, g, l);
  if (isCode(src!)) {
    const nfree = (src as unknown as Code).co_freevars?.length ?? 0;
    if (name === 'eval' && nfree > 0) typeError('code object passed to eval() may not contain free variables');
    const r = runCodeObject(src, globals, locals, name === 'exec' ? closureCells(closure, nfree) : null);
    return name === 'eval' ? r : None;
  }
  if (closure !== undefined && closure !== None) typeError('closure can only be used when source is a code object');
  let text = sourceText(src!, '<string>');
  if (text === null) {
    typeError(mode === 'eval'
      ? `eval() arg 1 must be a string, bytes or code object`
      : `exec() arg 1 must be a string, bytes or code object`);
  }
  if (mode === 'eval') text = text.replace(/^[ \t]+/, '');
  const code = compileSource(text, '<string>', mode, inheritedFutureFlags());
  const r = code.backend.run(code, globals, locals);
  return mode === 'eval' ? r : None;
}

export function makeDynamicBuiltins(): Record<string, PyObject> {
  const out: Record<string, PyObject> = {};
  out.globals = nativeFunction('globals', (args, kw) => {
    checkPositional('globals', args, kw, 0, 0);
    return callerFrame().globalsDict();
  });
  out.locals = nativeFunction('locals', (args, kw) => {
    checkPositional('locals', args, kw, 0, 0);
    return callerFrame().localsMapping();
  });
  out.vars = nativeFunction('vars', (args, kw) => {
    checkPositional('vars', args, kw, 0, 1);
    if (args.length === 0) return callerFrame().localsMapping();
    try {
      return getAttr(args[0], '__dict__');
    } catch (e) {
      if (e instanceof PyObj && typeOf(e).isSubtype(E.AttributeError)) typeError('vars() argument must have __dict__ attribute');
      throw e;
    }
  });
  out.dir = nativeFunction('dir', (args, kw) => {
    checkPositional('dir', args, kw, 0, 1);
    if (args.length === 0) {
      // sorted(PyMapping_Keys(locals)): an exact dict's keys, else what the namespace's keys()
      // method returns (an exec() locals mapping, a __prepare__ namespace), in a Python sort.
      const l = callerFrame().localsMapping();
      const keys = l instanceof PyDict && l.cls === T.dict ? [...l.entries()].map(([k]) => k) : mappingKeys(l, getAttr(l, 'keys'));
      sortItems(keys, null, false);
      return new PyList(keys);
    }
    const m = lookupSpecial(args[0], '__dir__');
    if (m === undefined) return new PyList(dirOf(args[0]));
    // sorted(list(obj.__dir__())): any iterable, items of any sortable type.
    return dirList(args[0]);
  });
  out.exec = nativeFunction('exec', (args, kw) => runCode('exec', 'exec', args, kw));
  out.eval = nativeFunction('eval', (args, kw) => runCode('eval', 'eval', args, kw));
  out.compile = nativeFunction('compile', (args, kw) => {
    const [src, filename, modeArg, flagsArg, dontInherit, optimize, featureVersion] = bindNative('compile', ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'], args, kw, 0, 3);
    // The arguments are converted in order (filename, then mode as a str, then the rest as C
    // ints), before any value is checked.
    const fname = fsPath(filename!);
    const mode = strValue(modeArg!);
    if (mode === undefined) typeError(`compile() argument 'mode' must be str, not ${argTypeName(modeArg!)}`);
    const flags = flagsArg === undefined ? 0 : cIntArg(flagsArg);
    const inherit = dontInherit === undefined ? 0 : cIntArg(dontInherit);
    const opt = optimize === undefined ? -1 : cIntArg(optimize);
    if (featureVersion !== undefined) cIntArg(featureVersion);
    if ((flags & ~COMPILE_FLAGS_OK) !== 0) throw newError(E.ValueError, 'compile(): unrecognised flags');
    if (opt < -1 || opt > 2) throw newError(E.ValueError, 'compile(): invalid optimize value');
    let future = flags & PYCF_MASK;
    if (inherit === 0) future |= inheritedFutureFlags();
    if (!['exec', 'eval', 'single'].includes(mode)) {
      throw newError(E.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    }
    const text = sourceText(src!, fname);
    if (text === null) typeError('compile() arg 1 must be a string, bytes or AST object');
    return compileSource(text, fname, mode as CompileMode, future) as unknown as PyObject;
  });
  out.__import__ = builtinImport.fn = nativeFunction('__import__', (args, kw) => {
    const [name, g, , fromlist, level] = bindNative('__import__', ['name', 'globals', 'locals', 'fromlist', 'level'], args, kw, 0, 1);
    if (typeof name !== 'string') typeError('module name must be a string');
    const globals = g instanceof PyDict ? g : new PyDict();
    const lv = level === undefined ? 0 : Number(level);
    return importName(name, globals, fromlist ?? None, lv);
  });
  return out;
}

function iterate(v: PyObject): PyObject[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  const r: PyObject[] = [];
  const it = call(getAttr(v, '__iter__'), []);
  for (;;) {
    try {
      r.push(call(getAttr(it, '__next__'), []));
    } catch (e) {
      if (e instanceof PyObj && typeOf(e).isSubtype(E.StopIteration)) return r;
      throw e;
    }
  }
}

/** super() and super(type, obj): zero-argument form reads __class__ and the first argument. */
export function installSuper(): void {
  defineNew(T.super, (cls, args, kwnames) => {
    if (kwnames !== null && kwnames.length) typeError('super() takes no keyword arguments');
    let thisType: PyObject;
    let obj: PyObject;
    if (args.length === 0) {
      const f = interp().frame;
      const sa = f?.superArgs() ?? null;
      if (sa === null) {
        const code = f as unknown as { code?: { co_argcount: number } };
        if (code?.code && code.code.co_argcount === 0) throw newError(E.RuntimeError, 'super(): no arguments');
        throw newError(E.RuntimeError, 'super(): __class__ cell not found');
      }
      [thisType, obj] = sa;
    } else if (args.length === 1) {
      thisType = args[0];
      obj = None;
    } else if (args.length === 2) {
      [thisType, obj] = args;
    } else typeError(`super() expected at most 2 arguments, got ${args.length}`);
    if (!(thisType instanceof PyType)) typeError(`super() argument 1 must be a type, not ${typeName(thisType)}`);
    if (obj === None) {
      const s = makeSuper(thisType, thisType);
      s.obj = None;
      s.objType = null;
      return retype(s, cls);
    }
    return retype(makeSuper(thisType, obj), cls);
  });
  addMethods(T.super, { __init__: () => None });
  T.super.slots.repr = (v) => {
    const s = v as unknown as { thisType: PyType; objType: PyType | null };
    return s.objType === null ? `<super: <class '${s.thisType.name}'>, NULL>` : `<super: <class '${s.thisType.name}'>, <${s.objType.name} object>>`;
  };
  // (Set after the object model exposed native slots: super.__repr__ is its wrapper.)
  exposeNativeSlots(T.super);
  void isTrue;
}

function retype(s: PyObj, cls: PyType): PyObj {
  s.cls = cls;
  return s;
}
