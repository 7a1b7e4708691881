// Building a ready interpreter: the object model, the backends, the builtins module (types,
// exceptions, constants, functions), sys, and the __main__ module.

import type { PyObject } from '../objects/object.js';
import { installObjectModel } from '../objects/install.js';
import { T, toFastProperties } from '../objects/types.js';
import { E } from '../objects/exception.js';
import { PyBuiltinFunction } from '../objects/native.js';
import { PyType } from '../objects/type.js';
import { BUILTIN_FUNCTION_DOCS, BUILTIN_FUNCTION_SIGNATURES, TYPE_DOCS } from '../objects/type-docs.js';
import { None, NotImplemented, Ellipsis } from '../objects/singletons.js';
import { PyList } from '../objects/tuple.js';
import { pinStaticId } from '../objects/identity.js';
import { PyDict } from '../objects/dict.js';
import { Interpreter, setInterpreter, interp, currentInterpreter } from './interpreter.js';
import { setCallerModuleNameHook, setWarnHook } from '../objects/class-create.js';
import { call, getAttr } from '../objects/protocol.js';
import { PyModule, installModuleType } from './module.js';
import { registerNativeModule, claimModuleFunctions, importFullName, moduleSpec } from './import.js';
import type { Backend } from './backend.js';
import { makeBuiltinFunctions, makeQuitters } from '../builtins/index.js';
import { buildClassBuiltin } from '../builtins/build-class.js';
import { makeAsyncIterBuiltins } from '../builtins/async-iter.js';
import { makeDynamicBuiltins, installSuper } from '../builtins/dynamic.js';
import { installFunctionNew } from '../builtins/function-new.js';
import { makeSysModule } from '../modules/sys.js';
import { makeTimeModule } from '../modules/time.js';
import { makeMathModule } from '../modules/math.js';
import { makeCmathModule } from '../modules/cmath.js';
import { makeDyadTypeModule } from '../modules/dyad-type.js';
import { makeIoModule } from '../modules/io.js';
import { makeDyadTracebackModule } from '../modules/dyad-traceback.js';
import { makeDyadCodeModule } from '../modules/dyad-code.js';
import { makeDyadSymtableModule } from '../modules/dyad-symtable.js';
import { makeDyadImportModule } from '../modules/dyad-import.js';
import { makeDyadOsModule } from '../modules/dyad-os.js';
import { makeSreModule } from '../modules/re/module.js';
import { makeHeapqModule } from '../modules/heapq.js';
import { makeBisectModule } from '../modules/bisect.js';
import { makeAbcModule } from '../modules/abc.js';
import { makeStructModule } from '../modules/struct.js';
import { makeHashModule } from '../modules/hashes.js';
import { makeUnicodedataModule } from '../modules/unicodedata.js';
import { makeDyadCodecsModule } from '../modules/dyad-codecs.js';
import { makeJsonModule } from '../modules/json.js';
import { makeCollectionsModule } from '../modules/deque.js';
import { makeItertoolsModule } from '../modules/itertools.js';
import { makeFunctoolsModule } from '../modules/functools.js';
import { makeOperatorModule } from '../modules/operator.js';
import { makeRandomModule } from '../modules/random.js';
import './syntax-errors.js';
import { installFrameObjects } from './frame-object.js';
import { setViewReachability } from '../objects/memoryview.js';
import { reachesAny } from './early-finalize.js';
import { installIteratorReduce } from './iterator-reduce.js';

/** Builtin names that are types (the rest of `builtins` is functions and constants). */
const BUILTIN_TYPES = [
  'object', 'type', 'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'list', 'tuple', 'dict',
  'set', 'frozenset', 'range', 'slice', 'property', 'staticmethod', 'classmethod', 'super', 'enumerate',
  'zip', 'map', 'filter', 'reversed', 'memoryview',
];

/** The names of CPython 3.11's builtins module, in its dict's insertion order. */
const CPYTHON_BUILTINS_ORDER = [
  '__build_class__', '__import__', 'abs', 'all', 'any', 'ascii', 'bin', 'breakpoint', 'callable', 'chr', 'compile',
  'delattr', 'dir', 'divmod', 'eval', 'exec', 'format', 'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'input',
  'isinstance', 'issubclass', 'iter', 'aiter', 'len', 'locals', 'max', 'min', 'next', 'anext', 'oct', 'ord', 'pow',
  'print', 'repr', 'round', 'setattr', 'sorted', 'sum', 'vars', 'None', 'Ellipsis', 'NotImplemented', 'False', 'True',
  'bool', 'memoryview', 'bytearray', 'bytes', 'classmethod', 'complex', 'dict', 'enumerate', 'filter', 'float',
  'frozenset', 'property', 'int', 'list', 'map', 'object', 'range', 'reversed', 'set', 'slice', 'staticmethod', 'str',
  'super', 'tuple', 'type', 'zip', '__debug__', 'BaseException', 'BaseExceptionGroup', 'Exception', 'GeneratorExit',
  'KeyboardInterrupt', 'SystemExit', 'ArithmeticError', 'AssertionError', 'AttributeError', 'BufferError', 'EOFError',
  'ImportError', 'LookupError', 'MemoryError', 'NameError', 'OSError', 'ReferenceError', 'RuntimeError',
  'StopAsyncIteration', 'StopIteration', 'SyntaxError', 'SystemError', 'TypeError', 'ValueError', 'Warning',
  'FloatingPointError', 'OverflowError', 'ZeroDivisionError', 'BytesWarning', 'DeprecationWarning', 'EncodingWarning',
  'FutureWarning', 'ImportWarning', 'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning', 'SyntaxWarning',
  'UnicodeWarning', 'UserWarning', 'BlockingIOError', 'ChildProcessError', 'ConnectionError', 'FileExistsError',
  'FileNotFoundError', 'InterruptedError', 'IsADirectoryError', 'NotADirectoryError', 'PermissionError',
  'ProcessLookupError', 'TimeoutError', 'IndentationError', 'IndexError', 'KeyError', 'ModuleNotFoundError',
  'NotImplementedError', 'RecursionError', 'UnboundLocalError', 'UnicodeError', 'BrokenPipeError',
  'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError', 'TabError', 'UnicodeDecodeError',
  'UnicodeEncodeError', 'UnicodeTranslateError', 'ExceptionGroup', 'EnvironmentError', 'IOError', 'open', 'quit',
  'exit', 'copyright', 'credits', 'license', 'help',
];

export interface SetupOptions {
  backend: Backend;
  argv: string[];
  /** sys.path entries after the script's directory (PYTHONPATH, shipped modules). */
  path: string[];
}

let objectModelReady = false;

/** Installs the object model once per process (before any backend is created). */
export function prepareRuntime(): void {
  if (objectModelReady) return;
  installObjectModel();
  installSuper();
  installFunctionNew();
  installFrameObjects();
  installModuleType();
  pinStaticIds();
  setCallerModuleNameHook(() => currentInterpreter()?.frame?.globalsDict().getStr('__name__'));
  setViewReachability(reachesAny);
  setWarnHook((category, msg) => {
    call(getAttr(importFullName('warnings'), 'warn'), [msg, category]);
  });
  toFastProperties(T);
  toFastProperties(E);
  objectModelReady = true;
}

/** Gives the objects CPython allocates statically their CPython ids (identity.ts pinStaticId). */
function pinStaticIds(): void {
  for (const t of Object.values(T)) pinStaticId(t, t.name);
  for (const t of Object.values(E)) pinStaticId(t, t.name);
  pinStaticId(None, 'None');
  pinStaticId(NotImplemented, 'NotImplemented');
  pinStaticId(Ellipsis, 'Ellipsis');
}

export function createInterpreter(opts: SetupOptions): Interpreter {
  prepareRuntime();
  const i = new Interpreter(opts.backend);
  setInterpreter(i);
  i.argv = opts.argv;
  i.path = new PyList(opts.path.slice());

  const b = new PyModule('builtins');
  const d = b.dict;
  const entries = new Map<string, PyObject>();
  for (const name of BUILTIN_TYPES) {
    const t = T[name];
    if (t !== undefined) entries.set(name, t);
  }
  for (const name in E) entries.set(name, E[name]);
  entries.set('EnvironmentError', E.OSError);
  entries.set('IOError', E.OSError);
  entries.set('None', None);
  entries.set('True', true);
  entries.set('False', false);
  entries.set('Ellipsis', Ellipsis);
  entries.set('NotImplemented', NotImplemented);
  entries.set('__debug__', true);
  // exit and quit come from `site` in CPython; they live in builtins all the same.
  const fns: Record<string, PyObject> = { ...makeBuiltinFunctions(), ...makeDynamicBuiltins(), ...makeQuitters(), ...makeAsyncIterBuiltins() };
  fns.__build_class__ = buildClassBuiltin();
  for (const name in fns) {
    const fn = fns[name];
    if (fn instanceof PyBuiltinFunction) {
      if (BUILTIN_FUNCTION_DOCS[name] !== undefined) fn.doc = BUILTIN_FUNCTION_DOCS[name];
      if (BUILTIN_FUNCTION_SIGNATURES[name] !== undefined) fn.textSignature = BUILTIN_FUNCTION_SIGNATURES[name];
    }
    entries.set(name, fn);
  }
  // CPython's insertion order, which `builtins.__dict__` shows and which breaks ties between
  // equally close "Did you mean" suggestions of a NameError; anything else follows.
  for (const name of CPYTHON_BUILTINS_ORDER) {
    const v = entries.get(name);
    if (v !== undefined) {
      d.setStr(name, v);
      entries.delete(name);
    }
  }
  for (const [name, v] of entries) d.setStr(name, v);
  // The builtin types' docstrings (a type whose instances have a __doc__ descriptor, like
  // property, keeps it: type.__doc__ reads TYPE_DOCS for those).
  for (const [, v] of d.entries()) {
    if (v instanceof PyType && !v.isHeapType && v.dict.getStr('__doc__') === None && TYPE_DOCS[v.name] !== undefined) {
      v.dict.setStr('__doc__', TYPE_DOCS[v.name]);
    }
  }
  claimModuleFunctions(b, 'builtins');
  i.builtinsModule = b;
  i.builtins = d;
  installIteratorReduce();
  i.modules.setStr('builtins', b);
  // (Built-in modules have a spec with origin 'built-in', as import.ts gives the others.)
  b.dict.setStr('__spec__', moduleSpec('builtins', 'built-in', null, false));

  registerNativeModule('sys', makeSysModule);
  registerNativeModule('time', () => makeTimeModule());
  registerNativeModule('math', () => makeMathModule());
  registerNativeModule('cmath', () => makeCmathModule());
  registerNativeModule('_dyad_type', () => makeDyadTypeModule());
  registerNativeModule('io', () => makeIoModule());
  registerNativeModule('_dyad_traceback', () => makeDyadTracebackModule());
  registerNativeModule('_dyad_code', () => makeDyadCodeModule());
  registerNativeModule('_dyad_symtable', () => makeDyadSymtableModule());
  registerNativeModule('_dyad_import', () => makeDyadImportModule());
  registerNativeModule('_dyad_os', () => makeDyadOsModule());
  registerNativeModule('_sre', () => makeSreModule());
  registerNativeModule('_heapq', () => makeHeapqModule());
  registerNativeModule('_bisect', () => makeBisectModule());
  registerNativeModule('_abc', () => makeAbcModule());
  registerNativeModule('_struct', () => makeStructModule());
  registerNativeModule('_dyad_hash', () => makeHashModule());
  registerNativeModule('unicodedata', () => makeUnicodedataModule());
  registerNativeModule('_dyad_codecs', () => makeDyadCodecsModule());
  registerNativeModule('_json', () => makeJsonModule());
  registerNativeModule('_collections', () => makeCollectionsModule());
  registerNativeModule('_itertools', () => makeItertoolsModule());
  registerNativeModule('_functools', () => makeFunctoolsModule());
  registerNativeModule('_operator', () => makeOperatorModule());
  registerNativeModule('_random', () => makeRandomModule());
  const sys = makeSysModule(i);
  claimModuleFunctions(sys, 'sys');
  i.sysModule = sys;
  sys.dict.setStr('__spec__', moduleSpec('sys', 'built-in', null, false));
  i.modules.setStr('sys', sys);
  // CPython's start-up imports time (for zipimport), so a program finds it in sys.modules before
  // importing it; math is not there until imported.
  importFullName('time');
  return i;
}

/** A fresh __main__ module, registered in sys.modules. */
export function createMainModule(i: Interpreter, file: string | null): PyModule {
  const m = new PyModule('__main__');
  // CPython's add_main_module gives __main__ an empty __annotations__ at start-up.
  m.dict.setStr('__annotations__', new PyDict());
  m.dict.setStr('__builtins__', i.builtinsModule);
  if (file !== null) m.dict.setStr('__file__', file);
  m.dict.setStr('__cached__', None);
  i.modules.setStr('__main__', m);
  return m;
}
