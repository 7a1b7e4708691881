// The `sys` module (native): argv, path, modules, the standard streams, exit, the recursion
// limit, version information, and the exception being handled.

import { PyObj, type PyObject } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { makeNativeType } from '../builtins/native-type.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { E, newException, PyBaseException } from '../objects/exception.js';
import { tracebackOf, frameObject } from '../runtime/frame-object.js';
import { typeError, typeName, repr, argTypeName, call, typeOf } from '../objects/protocol.js';
import { nativeFunction, checkPositional, bindNative } from '../objects/native.js';
import { asIntValue, indexOf, intMaxStrDigits } from '../objects/int-type.js';
import { T } from '../objects/types.js';
import { makeStructSeqType, structSeq } from '../objects/structseq.js';
import { newFloat, PyFloat } from '../objects/float.js';
import type { PyType } from '../objects/type.js';
import { PyModule } from '../runtime/module.js';
import type { Interpreter } from '../runtime/interpreter.js';
import { currentHandled } from '../runtime/exc-state.js';
import { stdStreamObjects, setSysStreamLookup, currentSysStream, writeToStream, writeSysStderr } from '../builtins/io.js';
import { newError } from '../objects/exception.js';
import { formatException } from '../runtime/traceback.js';
import { getStderr } from '../builtins/streams.js';
import { getsizeof } from './sys-getsizeof.js';
import { newSet } from '../objects/set.js';
import { isCallable } from '../builtins/attributes.js';
import { asyncGenHooks } from '../runtime/asyncgen-hooks.js';

/** sys functions that take no arguments check it as CPython's METH_NOARGS do; undefined. */
function noArgs(name: string, args: PyObject[], kw: string[] | null): undefined {
  checkPositional(name, args, kw, 0, 0);
  return undefined;
}

/** The default sys.excepthook (the traceback on stderr), made with the first sys module. */
export let defaultExcepthook: PyObject | null = null;

export const VERSION = '3.11.7 (main, Dyad) [TypeScript]';

const COPYRIGHT = 'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n'
  + 'Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n'
  + 'Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n'
  + 'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.';


/** Set by the -B option (src/cli.ts). */
let dontWrite = false;

export function dontWriteBytecode(): void {
  dontWrite = true;
}

/** sys.dont_write_bytecode's value at start-up (and sys.flags'): -B or PYTHONDONTWRITEBYTECODE.
 * (Dyad writes no .pyc files either way; its own compile cache is src/runtime/compile-cache.ts.) */
function bytecodeWritesOff(): boolean {
  return dontWrite || (process.env.PYTHONDONTWRITEBYTECODE ?? '') !== '';
}

export function makeSysModule(i: Interpreter): PyModule {
  const m = new PyModule('sys');
  const d = m.dict;
  d.setStr('__package__', '');
  const streams = stdStreamObjects();
  d.setStr('argv', new PyList(i.argv.slice()));
  d.setStr('path', i.path);
  d.setStr('modules', i.modules);
  d.setStr('stdin', streams.stdin);
  d.setStr('stdout', streams.stdout);
  d.setStr('stderr', streams.stderr);
  d.setStr('__stdin__', streams.stdin);
  d.setStr('__stdout__', streams.stdout);
  d.setStr('__stderr__', streams.stderr);
  setSysStreamLookup((name) => d.getStr(name));
  d.setStr('version', VERSION);
  const versionInfo = makeStructSeqType('sys', 'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'], false);
  d.setStr('version_info', structSeq(versionInfo, [3, 11, 7, 'final', 0]));
  const floatInfo = makeStructSeqType('sys', 'float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
  d.setStr('float_info', structSeq(floatInfo, [
    newFloat(Number.MAX_VALUE), 1024, 308, newFloat(2.2250738585072014e-308), -1021, -307, 15, 53, newFloat(Number.EPSILON), 2, 1,
  ]));
  const intInfo = makeStructSeqType('sys', 'int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
  d.setStr('int_info', structSeq(intInfo, [30, 4, 4300, 640]));
  d.setStr('hexversion', 0x030b07f0);
  d.setStr('maxsize', 2n ** 63n - 1n);
  d.setStr('maxunicode', 0x10ffff);
  d.setStr('byteorder', 'little');
  d.setStr('platform', 'linux');
  d.setStr('executable', process.execPath);
  d.setStr('implementation', implementationNamespace(d.getStr('version_info')!));
  const hashInfo = makeStructSeqType('sys', 'hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']);
  d.setStr('hash_info', structSeq(hashInfo, [64, 2n ** 61n - 1n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]));
  const flagNames = ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
    'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
    'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'];
  const flags = makeStructSeqType('sys', 'flags', flagNames, false);
  // str hashes here are always PYTHONHASHSEED=0's (siphash.ts); the flag reports what CPython
  // would under the same environment: 0 only for PYTHONHASHSEED=0.
  const hashRandomization = process.env.PYTHONHASHSEED === '0' ? 0 : 1;
  // Dyad writes no .pyc files (its own compile cache is src/runtime/compile-cache.ts); the flag
  // and sys.dont_write_bytecode say what CPython's would under the same options: -B or a
  // non-empty PYTHONDONTWRITEBYTECODE.
  const dontWriteBytecode = bytecodeWritesOff() ? 1 : 0;
  const flagValue = (n: string): PyObject => {
    switch (n) {
      case 'hash_randomization': return hashRandomization;
      case 'dont_write_bytecode': return dontWriteBytecode;
      case 'int_max_str_digits': return -1;
      case 'dev_mode': case 'safe_path': return false;
      default: return 0;
    }
  };
  d.setStr('flags', structSeq(flags, flagNames.map(flagValue)));
  d.setStr('dont_write_bytecode', dontWriteBytecode === 1);
  d.setStr('_getframe', nativeFunction('_getframe', (args, kw) => {
    const [depth] = checkPositional('_getframe', args, kw, 0, 1);
    let n = depth === undefined ? 0 : Number(indexOf(depth));
    let f = i.frame;
    while (f !== null && n > 0) {
      f = f.back;
      n--;
    }
    if (f === null) throw newError(E.ValueError, 'call stack is not deep enough');
    return frameObject(f);
  }));
  d.setStr('getrefcount', nativeFunction('getrefcount', (args, kw) => {
    checkPositional('sys.getrefcount', args, kw, 1, 1);
    return 2;
  }));
  // Tracing and profiling hooks are accepted and never called.
  let trace: PyObject = None, profile: PyObject = None;
  d.setStr('settrace', nativeFunction('settrace', (args, kw) => {
    trace = checkPositional('sys.settrace', args, kw, 1, 1)[0];
    return None;
  }));
  d.setStr('gettrace', nativeFunction('gettrace', (args, kw) => noArgs('sys.gettrace', args, kw) ?? trace));
  d.setStr('setprofile', nativeFunction('setprofile', (args, kw) => {
    profile = checkPositional('sys.setprofile', args, kw, 1, 1)[0];
    return None;
  }));
  d.setStr('getprofile', nativeFunction('getprofile', (args, kw) => noArgs('sys.getprofile', args, kw) ?? profile));
  d.setStr('builtin_module_names', new PyTuple(['builtins', 'sys', 'time']));
  d.setStr('float_repr_style', 'short');
  d.setStr('exit', nativeFunction('exit', (args, kw) => {
    checkPositional('exit', args, kw, 0, 1);
    // PyErr_SetObject(SystemExit, status) normalized: a SystemExit instance is raised itself and
    // None gives no arguments. (A tuple would give its items as the arguments once a handler
    // normalized it, but uncaught it stays the exit value, printed: SystemExit((1, 2)) keeps that.)
    const status = args.length === 0 ? None : args[0];
    if (status instanceof PyBaseException && typeOf(status).isSubtype(E.SystemExit)) throw status;
    throw newException(E.SystemExit, status === None ? [] : [status]);
  }));
  d.setStr('getrecursionlimit', nativeFunction('getrecursionlimit', (args, kw) => {
    checkPositional('sys.getrecursionlimit', args, kw, 0, 0);
    return i.recursionLimit;
  }));
  d.setStr('setrecursionlimit', nativeFunction('setrecursionlimit', (args, kw) => {
    checkPositional('sys.setrecursionlimit', args, kw, 1, 1);
    const n = asIntValue(args[0]);
    if (n === undefined) typeError(`'${typeName(args[0])}' object cannot be interpreted as an integer`);
    if (n > 2147483647 || n < -2147483648) throw newError(E.OverflowError, 'Python int too large to convert to C int');
    if (n < 1) throw newError(E.ValueError, 'recursion limit must be greater or equal than 1');
    // CPython's depth counts this builtin's own call (cfunction calls enter the recursion check).
    const depth = i.depth + 1;
    if (n <= depth) {
      throw newError(E.RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
    }
    i.recursionLimit = Number(n);
    return None;
  }));
  d.setStr('intern', nativeFunction('intern', (args, kw) => {
    checkPositional('sys.intern', args, kw, 1, 1);
    if (typeof args[0] !== 'string') {
      // CPython's sys_intern_impl: a str subclass is refused by its own message.
      if (typeOf(args[0]).isSubtype(T.str)) typeError(`can't intern ${typeOf(args[0]).name}`);
      typeError(`intern() argument must be str, not ${argTypeName(args[0])}`);
    }
    return args[0];
  }));
  d.setStr('exc_info', nativeFunction('exc_info', (args, kw) => {
    noArgs('sys.exc_info', args, kw);
    const e = currentHandled();
    return e === null ? new PyTuple([None, None, None]) : new PyTuple([e.cls, e, tracebackOf(e)]);
  }));
  d.setStr('exception', nativeFunction('exception', (args, kw) => noArgs('sys.exception', args, kw) ?? currentHandled() ?? None));
  // sys.displayhook: what 'single' mode (the REPL) calls on each expression statement's value.
  const displayhook = nativeFunction('displayhook', (args, kw) => {
    checkPositional('sys.displayhook', args, kw, 1, 1);
    const v = args[0];
    if (v === None) return None;
    i.builtins.setStr('_', None);
    const out = currentSysStream('stdout');
    if (out === undefined || out === None) throw newError(E.RuntimeError, 'lost sys.stdout');
    writeToStream(out, repr(v));
    writeToStream(out, '\n');
    i.builtins.setStr('_', v);
    return None;
  });
  // sys.excepthook: src/run.ts calls a replacement for an exception that ends the program.
  defaultExcepthook ??= nativeFunction('excepthook', (args, kw) => {
    checkPositional('excepthook', args, kw, 3, 3);
    // (PyErr_Display reports a value that is no exception on stderr instead of raising.)
    if (!(args[1] instanceof PyBaseException)) {
      writeSysStderr(`TypeError: print_exception(): Exception expected for value, ${typeName(args[1])} found\n`);
      return None;
    }
    writeSysStderr(formatException(args[1]));
    return None;
  });
  d.setStr('excepthook', defaultExcepthook);
  d.setStr('__excepthook__', defaultExcepthook);
  d.setStr('displayhook', displayhook);
  d.setStr('__displayhook__', displayhook);
  d.setStr('getsizeof', nativeFunction('getsizeof', (args, kw) => {
    const [obj, dflt] = bindNative('getsizeof', ['object', 'default'], args, kw, 0, 1);
    return getsizeof(obj!, dflt);
  }));
  d.setStr('get_int_max_str_digits', nativeFunction('get_int_max_str_digits', (args, kw) => noArgs('sys.get_int_max_str_digits', args, kw) ?? intMaxStrDigits.value));
  d.setStr('set_int_max_str_digits', nativeFunction('set_int_max_str_digits', (args) => {
    const n = Number(indexOf(args[0]));
    if (n !== 0 && n < 640) throw newError(E.ValueError, 'maxdigits must be 0 or larger than 640');
    intMaxStrDigits.value = n;
    return None;
  }));
  d.setStr('is_finalizing', nativeFunction('is_finalizing', (args, kw) => {
    checkPositional('sys.is_finalizing', args, kw, 0, 0);
    return false;
  }));
  d.setStr('api_version', 1013);
  d.setStr('getdefaultencoding', nativeFunction('getdefaultencoding', (args, kw) => noArgs('sys.getdefaultencoding', args, kw) ?? 'utf-8'));
  d.setStr('getfilesystemencoding', nativeFunction('getfilesystemencoding', (args, kw) => noArgs('sys.getfilesystemencoding', args, kw) ?? 'utf-8'));
  d.setStr('warnoptions', new PyList([]));
  d.setStr('_xoptions', new PyDict());
  d.setStr('orig_argv', new PyList(['python3', ...i.argv]));
  d.setStr('abiflags', '');
  for (const name of ['prefix', 'exec_prefix', 'base_prefix', 'base_exec_prefix']) d.setStr(name, '/usr');
  d.setStr('platlibdir', 'lib');
  d.setStr('copyright', COPYRIGHT);
  let switchInterval = 0.005;
  d.setStr('getswitchinterval', nativeFunction('getswitchinterval', (args, kw) => {
    checkPositional('sys.getswitchinterval', args, kw, 0, 0);
    return newFloat(switchInterval);
  }));
  d.setStr('setswitchinterval', nativeFunction('setswitchinterval', (args, kw) => {
    const [v] = checkPositional('sys.setswitchinterval', args, kw, 1, 1);
    const x = v instanceof PyFloat ? v.value : typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' ? Number(v) : NaN;
    if (Number.isNaN(x)) typeError(`must be real number, not ${argTypeName(v)}`);
    if (x <= 0) throw newError(E.ValueError, 'switch interval must be strictly positive');
    switchInterval = x;
    return None;
  }));
  d.setStr('call_tracing', nativeFunction('call_tracing', (args, kw) => {
    const [fn, fargs] = checkPositional('call_tracing', args, kw, 2, 2);
    if (!(fargs instanceof PyTuple)) typeError(`call_tracing() argument 2 must be tuple, not ${argTypeName(fargs)}`);
    return call(fn, fargs.items.slice());
  }));
  addRareHooks(d);
  void T;
  return m;
}

/** CPython 3.11's sys.stdlib_module_names (on Linux). */
const STDLIB_MODULE_NAMES = (
  '__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs _codecs_cn ' +
  '_codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc ' +
  '_compat_pickle _compression _contextvars _crypt _csv _ctypes _curses _curses_panel _datetime _dbm ' +
  '_decimal _elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq ' +
  '_imp _io _json _locale _lsprof _lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode ' +
  '_operator _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydecimal _pyio ' +
  '_queue _random _scproxy _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3 _sre ' +
  '_ssl _stat _statistics _string _strptime _struct _symtable _thread _threading_local _tkinter ' +
  '_tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _zoneinfo abc aifc ' +
  'antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect ' +
  'builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys ' +
  'compileall concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses ' +
  'dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno ' +
  'faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt ' +
  'getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp ' +
  'importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox ' +
  'mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ' +
  'ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools ' +
  'pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile ' +
  'pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy ' +
  'sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket ' +
  'socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep ' +
  'struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios ' +
  'textwrap this threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty ' +
  'turtle turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref ' +
  'webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo').trim();

/** The sys attributes programs rarely use but look for: import-system lists, audit and
 *  asyncgen hooks, thread_info, stdlib_module_names, dlopen flags. */
function addRareHooks(d: PyDict): void {
  d.setStr('meta_path', new PyList([]));
  d.setStr('path_hooks', new PyList([]));
  d.setStr('path_importer_cache', new PyDict());
  d.setStr('pycache_prefix', None);
  d.setStr('stdlib_module_names', newSet(STDLIB_MODULE_NAMES.split(/ +/), T.frozenset));
  const threadInfo = makeStructSeqType('sys', 'thread_info', ['name', 'lock', 'version']);
  d.setStr('thread_info', structSeq(threadInfo, ['pthread', 'semaphore', 'NPTL 2.36']));
  const auditHooks: PyObject[] = [];
  d.setStr('addaudithook', nativeFunction('addaudithook', (args, kw) => {
    const [hook] = bindNative('addaudithook', ['hook'], args, kw, 1, 1);
    auditHooks.push(hook!);
    return None;
  }));
  d.setStr('audit', nativeFunction('audit', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('audit() takes no keyword arguments');
    if (args.length < 1) typeError('audit() missing 1 required positional argument: \'event\'');
    if (auditHooks.length === 0) return None; // (nothing is checked without a hook)
    if (typeof args[0] !== 'string') typeError(`expected str for argument 'event', not ${argTypeName(args[0])}`);
    const rest = new PyTuple(args.slice(1));
    for (const h of auditHooks) call(h, [args[0], rest]);
    return None;
  }));
  const breakpointhook = nativeFunction('breakpointhook', () => None);
  d.setStr('breakpointhook', breakpointhook);
  d.setStr('__breakpointhook__', breakpointhook);
  const unraisablehook = nativeFunction('unraisablehook', (args, kw) => {
    checkPositional('sys.unraisablehook', args, kw, 1, 1);
    return None;
  });
  d.setStr('unraisablehook', unraisablehook);
  d.setStr('__unraisablehook__', unraisablehook);
  const asyncgenHooks = makeStructSeqType('sys', 'asyncgen_hooks', ['firstiter', 'finalizer']);
  // (Its tp_name has no module: the repr is asyncgen_hooks(...).)
  asyncgenHooks.slots.repr = (v) => `asyncgen_hooks(firstiter=${repr((v as PyTuple).items[0])}, finalizer=${repr((v as PyTuple).items[1])})`;
  d.setStr('get_asyncgen_hooks', nativeFunction('get_asyncgen_hooks', (args, kw) =>
    noArgs('sys.get_asyncgen_hooks', args, kw) ?? structSeq(asyncgenHooks, [asyncGenHooks.firstiter ?? None, asyncGenHooks.finalizer ?? None])));
  d.setStr('set_asyncgen_hooks', nativeFunction('set_asyncgen_hooks', (args, kw) => {
    const [fi, fin] = bindNative('set_asyncgen_hooks', ['firstiter', 'finalizer'], args, kw, 0, 0);
    if (fi !== undefined && fi !== None && !isCallable(fi)) typeError(`callable firstiter expected, got ${typeName(fi)}`);
    if (fin !== undefined && fin !== None && !isCallable(fin)) typeError(`callable finalizer expected, got ${typeName(fin)}`);
    if (fi !== undefined) asyncGenHooks.firstiter = fi;
    if (fin !== undefined) asyncGenHooks.finalizer = fin;
    return None;
  }));
  let originDepth = 0;
  d.setStr('get_coroutine_origin_tracking_depth', nativeFunction('get_coroutine_origin_tracking_depth', (args, kw) =>
    noArgs('sys.get_coroutine_origin_tracking_depth', args, kw) ?? originDepth));
  d.setStr('set_coroutine_origin_tracking_depth', nativeFunction('set_coroutine_origin_tracking_depth', (args, kw) => {
    const [v] = bindNative('set_coroutine_origin_tracking_depth', ['depth'], args, kw, 1, 1);
    const n = asIntValue(v!);
    if (n === undefined) typeError(`'${typeName(v!)}' object cannot be interpreted as an integer`);
    if (n < 0) throw newError(E.ValueError, 'depth must be >= 0');
    originDepth = Number(n);
    return None;
  }));
  d.setStr('getallocatedblocks', nativeFunction('getallocatedblocks', (args, kw) => noArgs('sys.getallocatedblocks', args, kw) ?? 0));
  let dlopenFlags = 2;
  d.setStr('getdlopenflags', nativeFunction('getdlopenflags', (args, kw) => noArgs('sys.getdlopenflags', args, kw) ?? dlopenFlags));
  d.setStr('setdlopenflags', nativeFunction('setdlopenflags', (args, kw) => {
    const [v] = checkPositional('sys.setdlopenflags', args, kw, 1, 1);
    const n = asIntValue(v);
    if (n === undefined) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
    dlopenFlags = Number(n);
    return None;
  }));
  d.setStr('getfilesystemencodeerrors', nativeFunction('getfilesystemencodeerrors', (args, kw) =>
    noArgs('sys.getfilesystemencodeerrors', args, kw) ?? 'surrogateescape'));
}

let namespaceType: PyType | undefined;

/** A native types.SimpleNamespace-like object with these attributes, in order (sys.implementation,
 * time.get_clock_info()). */
export function namespaceObject(entries: [string, PyObject][]): PyObject {
  if (namespaceType === undefined) {
    const t = makeNativeType('types.SimpleNamespace');
    t.hasInstanceDict = true;
    t.slots.repr = (v) => {
      const parts: string[] = [];
      for (const [k, x] of (v as PyObj).dict!.entries()) parts.push(`${String(k)}=${repr(x)}`);
      return `namespace(${parts.join(', ')})`;
    };
    namespaceType = t;
  }
  const ns = new PyDict();
  for (const [k, v] of entries) ns.setStr(k, v);
  return new PyObj(namespaceType, ns);
}

/** sys.implementation: a namespace(name='cpython', cache_tag=..., version=..., hexversion=...). */
function implementationNamespace(versionInfo: PyObject): PyObject {
  return namespaceObject([
    ['name', 'cpython'],
    ['cache_tag', 'cpython-311'],
    ['version', versionInfo],
    ['hexversion', 0x030b07f0],
    ['_multiarch', 'x86_64-linux-gnu'],
  ]);
}
