// Running a program the way `python3 FILE` does: sys.argv and sys.path set up, __main__
// executed, an uncaught exception printed as a CPython traceback with exit status 1,
// SystemExit honoured, and buffered output flushed in order.

import { dirname, resolve, join, sep } from 'node:path';
import type { PyObject } from './objects/object.js';
import { PyBaseException, E } from './objects/exception.js';
import { None } from './objects/singletons.js';
import { typeOf, str, getAttr, call } from './objects/protocol.js';
import { asIntValue } from './objects/int-type.js';
import { getExcField } from './objects/exception-types.js';
import { PySyntaxError } from '../grammar/errors.js';
import { createInterpreter, createMainModule } from './runtime/setup.js';
import type { Backend } from './runtime/backend.js';
import { remember } from './runtime/linecache.js';
import { formatException } from './runtime/traceback.js';
import { toPythonError } from './runtime/syntax-errors.js';
import { importFullName } from './runtime/import.js';
import { flushAllOutput, getStderr, getStdout } from './builtins/streams.js';
import { writeSysStderr } from './builtins/io.js';
import { formatSyntaxError } from './syntax-error-report.js';
import { packagePath } from './paths.js';
import { defaultExcepthook } from './modules/sys.js';
import { tracebackOf } from './runtime/frame-object.js';
import { finalizeModulesAtExit } from './runtime/finalize-at-exit.js';

export interface RunTarget {
  kind: 'file' | 'code' | 'module';
  /** File path, source text, or module name. */
  value: string;
  /** Source text for 'file' (already read). */
  source?: string;
  /** A directory run as a script (its __main__.py is `value`): sys.argv[0] and sys.path[0]. */
  argv0?: string;
  pathFirst?: string;
}

/** Exit status for an uncaught SystemExit, printing its message when it is not an int. */
function systemExitStatus(e: PyBaseException): number {
  const code = getExcField(e, 'code') ?? (e.args.items.length ? e.args.items[0] : None);
  if (code === None) return 0;
  const n = asIntValue(code);
  if (n !== undefined) {
    // PyLong_AsLong: a value outside a C long is -1 (status 255); else its low byte.
    const b = BigInt(n);
    return b < -(2n ** 63n) || b >= 2n ** 63n ? 255 : Number(b & 0xffn);
  }
  // CPython flushes the standard streams before it prints the exception (flush_io).
  getStdout().flush();
  // (A str() that raises writes nothing but the newline: CPython's handle_system_exit
  // ignores the failed PyFile_WriteObject.)
  let text = '';
  try {
    text = str(code);
  } catch (err) {
    if (!(toPythonError(err) instanceof PyBaseException)) throw err;
  }
  writeSysStderr(text + '\n');
  return 1;
}

/** Exit status meaning "KeyboardInterrupt ended the program": bin/dyad.js then kills itself
 *  with SIGINT, as CPython does (a shell sees 130, a parent process signal 2). */
export const EXIT_BY_SIGINT = 0x102;

/** Reports an exception that ended the program; returns the exit status. */
export function reportUncaught(e: unknown): number {
  if (e instanceof PySyntaxError) {
    getStdout().flush();
    getStderr().write(formatSyntaxError(e));
    return 1;
  }
  const pe = toPythonError(e);
  if (pe instanceof PyBaseException) {
    if (typeOf(pe).isSubtype(E.SystemExit)) return systemExitStatus(pe);
    getStdout().flush();
    reportThroughHook(pe);
    return typeOf(pe).isSubtype(E.KeyboardInterrupt) ? EXIT_BY_SIGINT : 1;
  }
  const err = e as Error;
  getStdout().flush();
  getStderr().write(`SystemError: internal error in Dyad: ${err?.message ?? String(e)}\n`);
  if (process.env.DYAD_DEBUG) getStderr().write(String(err?.stack) + '\n');
  return 1;
}

/** The traceback of an uncaught exception, through sys.excepthook when a program replaced it. */
function reportThroughHook(pe: PyBaseException): void {
  const sys = interp().modules.getStr('sys');
  const hook = sys instanceof PyModule ? sys.dict.getStr('excepthook') : undefined;
  if (hook === defaultExcepthook) {
    writeSysStderr(formatException(pe as PyObject));
    return;
  }
  if (hook === undefined) {
    getStderr().write('sys.excepthook is missing\n' + formatException(pe as PyObject));
    return;
  }
  try {
    call(hook, [typeOf(pe), pe, tracebackOf(pe)]);
  } catch (e) {
    const he = toPythonError(e);
    getStdout().flush();
    getStderr().write('Error in sys.excepthook:\n' + formatException(he as PyObject) +
      '\nOriginal exception was:\n' + formatException(pe as PyObject));
  }
}

function searchPath(first: string): string[] {
  const extra = (process.env.PYTHONPATH ?? '').split(':').filter((p) => p !== '');
  const lib = packagePath('lib');
  return [first, ...extra, lib];
}

export function runProgram(target: RunTarget, backend: Backend, args: string[]): number {
  let argv0: string;
  let first: string;
  if (target.kind === 'file') {
    argv0 = target.argv0 ?? target.value;
    first = target.pathFirst ?? (target.value === '-' ? '' : dirname(resolve(target.value)));
  } else if (target.kind === 'code') {
    argv0 = '-c';
    first = '';
  } else {
    argv0 = target.value;
    first = process.cwd();
  }
  const i = createInterpreter({ backend, argv: [argv0, ...args], path: searchPath(first) });
  let status = 0;
  try {
    if (target.kind === 'module') {
      // python -m: the module runs as __main__.
      const m = createMainModule(i, null);
      i.modules.delete('__main__');
      void m;
      runModuleAsMain(target.value);
    } else {
      // CPython 3.9+: the main script's __file__ (and its traceback lines) use the absolute path.
      const filename = target.kind === 'code' ? '<string>' : target.value === '-' ? '<stdin>' : target.argv0 !== undefined ? target.value : resolve(target.value);
      const source = target.source ?? target.value;
      // (`python3 - < FILE` runs stdin as a file named <stdin>: __file__ is '<stdin>'.)
      const main = createMainModule(i, target.kind === 'file' ? filename : null);
      // (-c and stdin code shows no source lines in tracebacks, as CPython's.)
      if (target.kind === 'file' && target.value !== '-') remember(filename, source);
      if (target.kind === 'file') checkNullBytes(source, filename);
      // (The code is kept for later runs of the same text: compile-cache.ts.)
      const code = compileSourceFile(backend, source, filename);
      backend.run(code, main.dict, main.dict);
    }
  } catch (e) {
    if (e instanceof RunModuleError) {
      getStderr().write(`dyad: ${e.message}\n`);
      status = 1;
    } else {
      status = reportUncaught(e);
    }
  }
  runExitFunctions();
  finalizeModulesAtExit();
  flushAllOutput();
  return status;
}

/** A script file is read by CPython's file tokenizer, whose message (and location) for a NUL
 * differ from those of compiled strings (imports and compile() say "source code string"). */
function checkNullBytes(source: string, filename: string): void {
  const at = source.indexOf('\0');
  if (at < 0) return;
  const lineStart = source.lastIndexOf('\n', at) + 1;
  const lineno = source.slice(0, lineStart).split('\n').length;
  throw new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', filename, lineno, 0,
    source.slice(lineStart, at) + '\n');
}

/** Interpreter shutdown: the atexit module's registered functions (when it was imported). */
function runExitFunctions(): void {
  const atexit = interp().modules.getStr('atexit');
  if (atexit === undefined) return;
  try {
    call(getAttr(atexit, '_run_exitfuncs'), []);
  } catch (e) {
    reportUncaught(e);
  }
}

function runModuleAsMain(name: string): void {
  // Import the package part normally, then execute the module's file as __main__ (a package:
  // its __main__ submodule, after the package itself is imported, as runpy does).
  const dot = name.lastIndexOf('.');
  if (dot > 0) importFullName(name.slice(0, dot));
  const { findModuleFile, execAsMain } = moduleRunner;
  const file = findModuleFile(name);
  if (file.endsWith(`${sep}__init__.py`)) {
    const main = join(dirname(file), '__main__.py');
    if (!existsSync(main)) throw new RunModuleError(`No module named ${name}.__main__; '${name}' is a package and cannot be directly executed`);
    importFullName(name);
    execAsMain(`${name}.__main__`, main);
    return;
  }
  execAsMain(name, file);
}

/** `-m NAME` that names nothing runnable: CPython prints `python3: message`, exit status 1. */
class RunModuleError extends Error {}
import { interp } from './runtime/interpreter.js';
import { readSourceFile, execModuleSource, moduleSpec } from './runtime/import.js';
import { PyModule } from './runtime/module.js';
import { existsSync } from 'node:fs';
import { PyList } from './objects/tuple.js';
import { compileSourceFile } from './runtime/compile-cache.js';

const moduleRunner = {
  findModuleFile(name: string): string {
    const parts = name.split('.');
    for (const dir of interp().path.items) {
      if (typeof dir !== 'string') continue;
      const base = join(dir || '.', ...parts);
      if (existsSync(join(base, '__init__.py'))) return join(base, '__init__.py');
      if (existsSync(base + '.py')) return base + '.py';
    }
    throw new RunModuleError(`No module named ${name}`);
  },
  execAsMain(name: string, file: string): void {
    const i = interp();
    const m = new PyModule('__main__');
    m.dict.setStr('__builtins__', i.builtinsModule);
    m.dict.setStr('__file__', file);
    const dot = name.lastIndexOf('.');
    m.dict.setStr('__package__', dot < 0 ? '' : name.slice(0, dot));
    m.dict.setStr('__spec__', moduleSpec(name, file, null));
    i.modules.setStr('__main__', m);
    (i.sysModule.dict.getStr('argv') as PyList).items[0] = file;
    execModuleSource(m, readSourceFile(file), file);
  },
};
