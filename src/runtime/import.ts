// The import system (semantics.md §6): sys.modules first, then native modules (written in TS),
// then `NAME.py` / `NAME/__init__.py` on sys.path (submodules: on the package's __path__).
// A module is registered in sys.modules BEFORE its body runs (so circular imports see the
// partially initialised module) and removed again if the body raises.

import { decodeSource } from '../text/source-decode.js';
import { readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { PyObj, type PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { makeBuiltinType } from '../objects/str.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/tuple.js';
import { E, newError, newException } from '../objects/exception.js';
import { None } from '../objects/singletons.js';
import { typeOf, getAttr, getAttrOrUndefined, setAttr, typeError, isTrue, getIter, iterNext, str, repr, call } from '../objects/protocol.js';
import { setExcField } from '../objects/exception-types.js';
import { PyModule } from './module.js';
import { PyBuiltinFunction } from '../objects/native.js';
import { MODULE_DOCS } from '../modules/module-docs.js';
import { interp, type Interpreter } from './interpreter.js';
import { toPythonError } from './syntax-errors.js';
import { remember } from './linecache.js';
import { cachedAst } from './ast-cache.js';
import { compileSourceFile } from './compile-cache.js';

/** Native modules: name -> a function that builds the module (called once, on first import). */
const nativeModules = new Map<string, (i: Interpreter) => PyModule>();

export function registerNativeModule(name: string, init: (i: Interpreter) => PyModule): void {
  nativeModules.set(name, init);
}

/** Gives the builtin functions a native module defines their __module__ (CPython's m_module). */
export function claimModuleFunctions(m: PyModule, name: string): void {
  // (sys, math and time: CPython's docstrings and text signatures for what has none of its own.)
  const docs = MODULE_DOCS[name];
  if (docs !== undefined) {
    const doc = m.dict.getStr('__doc__');
    if (doc === undefined || doc === None) m.dict.setStr('__doc__', docs.doc);
  }
  for (const [key, v] of m.dict.entries()) {
    if (v instanceof PyBuiltinFunction && (v.self === null || v.self === m) && v.module === null) {
      v.module = name;
      if (v.self === null && v.descr === null) v.moduleObject = m;
      const known = docs !== undefined && typeof key === 'string' ? docs.functions[key] : undefined;
      if (known !== undefined) {
        if (v.doc === null) v.doc = known[0];
        if (v.textSignature === null) v.textSignature = known[1];
      }
    }
  }
}

export function isNativeModule(name: string): boolean {
  return nativeModules.has(name);
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Reads a source file as CPython does: UTF-8 (a leading BOM dropped) unless a coding cookie names another codec. */
export function readSourceFile(path: string): string {
  return decodeSource(readFileSync(path));
}

/** Runs `source` as the body of `module` with the interpreter's backend for it. */
export function execModuleSource(module: PyModule, source: string, filename: string): void {
  const i = interp();
  const backend = i.backendForModule?.(module.name) ?? i.backend;
  remember(filename, source);
  let code;
  try {
    // (The shipped library is parsed at build time, ast-cache.ts, and compiled for the VM,
    // backends/vm/code-cache.ts; it gives no SyntaxWarnings and is not searched for them.
    // The program's own modules are compiled once and kept for later runs, compile-cache.ts.)
    const compiled = backend.cachedModule?.(filename) ?? null;
    if (compiled !== null) code = compiled;
    else {
      const cached = cachedAst(filename);
      code = cached !== null ? backend.compile(cached, filename, 'exec', source) : compileSourceFile(backend, source, filename);
    }
  } catch (e) {
    // A module's SyntaxError is a Python exception the importer can catch.
    throw toPythonError(e);
  }
  backend.run(code, module.dict, module.dict);
}

function newSourceModule(name: string, file: string, isPackage: boolean): PyModule {
  const i = interp();
  const m = new PyModule(name);
  const d = m.dict;
  d.setStr('__file__', file);
  d.setStr('__cached__', None);
  d.setStr('__builtins__', i.builtinsModule.dict);
  const path = isPackage ? new PyList([dirname(file)]) : null;
  if (path !== null) {
    d.setStr('__path__', path);
    d.setStr('__package__', name);
  } else {
    const dot = name.lastIndexOf('.');
    d.setStr('__package__', dot < 0 ? '' : name.slice(0, dot));
  }
  d.setStr('__spec__', moduleSpec(name, file, path));
  return m;
}

let specType: PyType | null = null;

/**
 * A module's __spec__ (importlib's ModuleSpec, reduced to its data): name, loader, origin,
 * submodule_search_locations, cached, parent, has_location.
 */
export function moduleSpec(name: string, origin: string | null, searchLocations: PyList | null, hasLocation = origin !== null): PyObject {
  if (specType === null) {
    specType = makeBuiltinType('ModuleSpec');
    specType.dict.setStr('__module__', '_frozen_importlib');
    specType.slots.repr = (v) => {
      const a = (n: string) => (v as PyObj).dict!.getStr(n) ?? None;
      let out = `ModuleSpec(name=${repr(a('name'))}, loader=${repr(a('loader'))}`;
      if (a('origin') !== None) out += `, origin=${repr(a('origin'))}`;
      if (a('submodule_search_locations') !== None) out += `, submodule_search_locations=${repr(a('submodule_search_locations'))}`;
      return out + ')';
    };
  }
  const d = new PyDict();
  d.setStr('name', name);
  d.setStr('loader', None);
  d.setStr('origin', origin ?? None);
  d.setStr('loader_state', None);
  d.setStr('submodule_search_locations', searchLocations ?? None);
  d.setStr('cached', None);
  d.setStr('parent', searchLocations !== null ? name : name.slice(0, Math.max(0, name.lastIndexOf('.'))));
  d.setStr('has_location', hasLocation);
  return new PyObj(specType, d);
}

/** Finds and loads `fullname` (whose parent package, if any, is already imported). */
function loadModule(fullname: string, searchPath: PyObject): PyModule | null {
  const i = interp();
  const init = nativeModules.get(fullname);
  if (init !== undefined) {
    const m = init(i);
    claimModuleFunctions(m, fullname);
    // A module of the interpreter's own has a spec too (CPython's built-in ones: origin 'built-in';
    // those CPython builds as extension modules, like math, have a __file__ as their origin).
    if (m instanceof PyModule && m.dict.getStr('__spec__') === None) {
      const file = m.dict.getStr('__file__');
      m.dict.setStr('__spec__', typeof file === 'string' ? moduleSpec(fullname, file, null, true) : moduleSpec(fullname, 'built-in', null, false));
    }
    // (importlib sets __package__ from the spec: '' for a top-level module.)
    if (m instanceof PyModule && m.dict.getStr('__package__') === None) {
      const dot = fullname.lastIndexOf('.');
      m.dict.setStr('__package__', dot < 0 ? '' : fullname.slice(0, dot));
    }
    i.modules.setStr(fullname, m);
    return m;
  }
  const short = fullname.slice(fullname.lastIndexOf('.') + 1);
  const dirs: PyObject[] = [];
  const it = getIter(searchPath);
  for (let d = iterNext(it); d !== undefined; d = iterNext(it)) dirs.push(d);
  // Directories named `short` without __init__.py: the portions of a namespace package (PEP 420),
  // which it is when no regular package or module of that name comes later on the path.
  const portions: string[] = [];
  for (const d of dirs) {
    if (typeof d !== 'string') continue;
    const base = d === '' ? '.' : d;
    const pkgInit = join(base, short, '__init__.py');
    const file = join(base, short + '.py');
    let path: string | null = null;
    let isPackage = false;
    if (isFile(pkgInit)) {
      path = pkgInit;
      isPackage = true;
    } else if (isFile(file)) path = file;
    if (path === null) {
      if (isDir(join(base, short))) portions.push(join(d === '' ? process.cwd() : d, short));
      continue;
    }
    const m = newSourceModule(fullname, path, isPackage);
    i.modules.setStr(fullname, m);
    try {
      const source = readSourceFile(path);
      withInitialising(fullname, () => execModuleSource(m, source, path!));
    } catch (e) {
      i.modules.delete(fullname);
      throw e;
    }
    // The body may have replaced its own sys.modules entry.
    const final = i.modules.getStr(fullname);
    return (final ?? m) as PyModule;
  }
  if (portions.length > 0) {
    const m = newNamespacePackage(fullname, portions);
    i.modules.setStr(fullname, m);
    return m;
  }
  return null;
}

/** A namespace package: no __init__ to run, no file; its __path__ lists its directories. */
function newNamespacePackage(name: string, portions: string[]): PyModule {
  const m = new PyModule(name);
  const d = m.dict;
  const path = new PyList(portions.slice());
  d.setStr('__file__', None);
  d.setStr('__path__', path);
  d.setStr('__package__', name);
  d.setStr('__spec__', moduleSpec(name, null, path, false));
  return m;
}

function moduleNotFound(name: string): never {
  const e = newException(E.ModuleNotFoundError, [`No module named '${name}'`]);
  setExcField(e, 'name', name);
  throw e;
}

/** Imports `fullname` and its parents, returning the module `fullname`. */
export function importFullName(fullname: string): PyObject {
  const i = interp();
  const cached = i.modules.getStr(fullname);
  if (cached !== undefined) {
    if (cached === None) {
      const e = newException(E.ModuleNotFoundError, [`import of ${fullname} halted; None in sys.modules`]);
      setExcField(e, 'name', fullname);
      throw e;
    }
    return cached;
  }
  const dot = fullname.lastIndexOf('.');
  let searchPath: PyObject = i.path;
  let parent: PyObject | null = null;
  if (dot >= 0) {
    const parentName = fullname.slice(0, dot);
    parent = importFullName(parentName);
    const already = i.modules.getStr(fullname);
    if (already !== undefined) return already;
    const p = getAttrOrUndefined(parent, '__path__');
    if (p === undefined) {
      const e = newException(E.ModuleNotFoundError, [`No module named '${fullname}'; '${parentName}' is not a package`]);
      setExcField(e, 'name', fullname);
      throw e;
    }
    searchPath = p;
  }
  const m = loadModule(fullname, searchPath);
  if (m === null) moduleNotFound(fullname);
  if (parent !== null) setAttr(parent, fullname.slice(dot + 1), m);
  return m;
}

/** The package a relative import in `globals` is relative to (CPython's _calc___package__). */
function packageOf(globals: PyDict): string {
  const pkg = globals.getStr('__package__');
  if (pkg !== undefined && pkg !== None) {
    if (typeof pkg !== 'string') typeError('package must be a string');
    return pkg;
  }
  const name = globals.getStr('__name__');
  if (typeof name !== 'string') throw newError(E.KeyError, "'__name__' not in globals");
  if (globals.getStr('__path__') !== undefined) return name;
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(0, dot);
}

function resolveName(name: string, globals: PyDict, level: number): string {
  const pkg = packageOf(globals);
  if (pkg === '') throw newError(E.ImportError, 'attempted relative import with no known parent package');
  const parts = pkg.split('.');
  if (level - 1 > parts.length - 1) throw newError(E.ImportError, 'attempted relative import beyond top-level package');
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/**
 * __import__(name, globals, locals, fromlist, level): what IMPORT_NAME does. Returns the top
 * package for `import a.b.c` (no fromlist), else the module itself.
 */
/** builtins.__import__ as created at start-up (set by src/builtins/dynamic.ts). */
export const builtinImport: { fn: PyObject | null } = { fn: null };

/**
 * The import statement (IMPORT_NAME): calls the frame's builtins' __import__ as CPython does,
 * with (name, globals, locals or None in a function, fromlist, level); the original __import__
 * is skipped for importName directly. A builtins namespace without __import__ is an ImportError.
 */
export function importStatement(name: string, globals: PyDict, builtins: PyDict, locals: PyObject | null, fromlist: PyObject, level: number): PyObject {
  const imp = builtins.getStr('__import__');
  if (imp === builtinImport.fn) return importName(name, globals, fromlist, level);
  if (imp === undefined) throw newException(E.ImportError, ['__import__ not found']);
  return call(imp, [name, globals, locals ?? None, fromlist, level]);
}

export function importName(name: string, globals: PyDict, fromlist: PyObject, level: number): PyObject {
  if (level < 0) throw newError(E.ValueError, 'level must be >= 0');
  if (level === 0 && name === '') throw newError(E.ValueError, 'Empty module name');
  const fullname = level > 0 ? resolveName(name, globals, level) : name;
  const module = importFullName(fullname);
  const hasFromlist = fromlist !== None && isTrue(fromlist);
  if (!hasFromlist) {
    if (level === 0 || name !== '') {
      const first = name.split('.')[0];
      if (level === 0) return interp().modules.getStr(first)!;
      const cut = fullname.length - (name.length - first.length);
      return interp().modules.getStr(fullname.slice(0, cut))!;
    }
    return module;
  }
  // `from package import submodule`: import submodules named in the fromlist.
  if (getAttrOrUndefined(module, '__path__') !== undefined) {
    const names: PyObject[] = [];
    const it = getIter(fromlist);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
      if (x !== '*') names.push(x);
      else {
        // `from package import *` imports the submodules its __all__ names (_handle_fromlist).
        const all = getAttrOrUndefined(module, '__all__');
        if (all !== undefined) {
          const ai = getIter(all);
          for (let n = iterNext(ai); n !== undefined; n = iterNext(ai)) names.push(n);
        }
      }
    }
    for (const x of names) {
      if (typeof x !== 'string' || x === '*') continue;
      if (getAttrOrUndefined(module, x) === undefined) {
        try {
          importFullName(`${fullname}.${x}`);
        } catch (e) {
          if (!(typeOf(e as PyObject).isSubtype(E.ModuleNotFoundError))) throw e;
        }
      }
    }
  }
  return module;
}

/** IMPORT_FROM: `from module import name`. */
export function importFrom(module: PyObject, name: string): PyObject {
  const v = getAttrOrUndefined(module, name);
  if (v !== undefined) return v;
  const modName = getAttrOrUndefined(module, '__name__');
  if (typeof modName === 'string') {
    const sub = interp().modules.getStr(`${modName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const file = getAttrOrUndefined(module, '__file__');
  const shown = typeof modName === 'string' ? modName : '<unknown module name>';
  const where = typeof file === 'string' ? ` (${file})` : ' (unknown location)';
  const spec = getAttrOrUndefined(module, '__spec__');
  const initializing = spec !== undefined && spec !== None && isTrue(getAttrOrUndefined(spec, '_initializing') ?? false);
  const msg = initializing || isPartiallyInitialised(shown)
    ? `cannot import name '${name}' from partially initialized module '${shown}' (most likely due to a circular import)${where}`
    : `cannot import name '${name}' from '${shown}'${where}`;
  const e = newException(E.ImportError, [msg]);
  setExcField(e, 'name', shown);
  throw e;
}

const initialising = new Set<string>();
function isPartiallyInitialised(name: string): boolean {
  return initialising.has(name);
}

/** `from module import *` into a namespace (globals or a class/exec locals mapping). */
export function importStar(module: PyObject, store: (name: string, value: PyObject) => void): void {
  const all = getAttrOrUndefined(module, '__all__');
  if (all !== undefined) {
    const it = getIter(all);
    for (let n = iterNext(it); n !== undefined; n = iterNext(it)) {
      if (typeof n !== 'string') typeError(`Item in ${str(getAttr(module, '__name__'))}.__all__ must be str, not ${typeOf(n).name}`);
      store(n, getAttr(module, n));
    }
    return;
  }
  const d = getAttr(module, '__dict__');
  if (!(d instanceof PyDict)) typeError('module.__dict__ is not a dictionary');
  for (const [k, v] of [...d.entries()]) {
    if (typeof k === 'string' && !k.startsWith('_')) store(k, v);
  }
}

/** Marks a module as being executed (for the circular-import message). */
export function withInitialising<T>(name: string, f: () => T): T {
  initialising.add(name);
  // __spec__._initializing, as importlib sets it (module attribute errors read it).
  const m = interp().modules.getStr(name);
  const spec = m instanceof PyObj ? m.dict?.getStr('__spec__') : undefined;
  const specDict = spec instanceof PyObj && spec.cls === specType ? spec.dict : null;
  specDict?.setStr('_initializing', true);
  try {
    return f();
  } finally {
    initialising.delete(name);
    specDict?.setStr('_initializing', false);
  }
}

