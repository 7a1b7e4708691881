// The command line: run a program, or inspect the front end's output.
//
//   dyad [--backend vm|tree|both] FILE [args...]   run a program (also -c CODE, -m MODULE, - for stdin;
//                                                  the VM unless --backend or DYAD_BACKEND names another)
//   dyad ast [--positions] FILE                    print ast.dump(ast.parse(...)) as CPython does
//   dyad symtable FILE                             print the symbol table (cpython_ref.py format)

import { readFileSync, statSync } from 'node:fs';
import { parse } from '../grammar/index.js';
import { PySyntaxError } from '../grammar/errors.js';
import { dumpAst } from './ast/dump.js';
import { buildSymtable, formatSymtable } from './symtable/index.js';
import { formatSyntaxError } from './syntax-error-report.js';
import { resolve, isAbsolute } from 'node:path';
import { runProgram, type RunTarget } from './run.js';
import { prepareRuntime } from './runtime/setup.js';
import { dontWriteBytecode } from './modules/sys.js';
import { setStartTtys } from './runtime/tty.js';
import { registerNativeModule } from './runtime/import.js';
import { decodeScript } from './text/source-decode.js';
import { setUnbufferedStdout } from './builtins/streams.js';
import type { Backend } from './runtime/backend.js';
import { TreeWalkBackend } from '../backends/treewalk/index.js';
import { VMBackend, makeDisModule } from '../backends/vm/index.js';
import { disMain, enableVMStats, vmStatsReport, runBoth } from '../backends/vm/cli.js';

const USAGE = `usage: dyad [--backend vm|tree|both] [-c CODE | -m MODULE | FILE | -] [args...]
       dyad ast [--positions] FILE
       dyad symtable FILE
       dyad dis [--scopes] FILE`;

function readSource(path: string): string {
  return readFileSync(path === '-' ? 0 : path, 'utf8');
}

/** Runs a front-end command; a SyntaxError is reported as CPython reports it, exit status 1. */
function frontEnd(run: () => string): number {
  try {
    process.stdout.write(run());
    return 0;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
}

/** What bin/dyad.js learnt on the main thread while the worker booted. */
export interface HostFacts {
  /** Whether fds 0, 1, 2 are terminals (src/runtime/tty.ts). */
  ttys?: boolean[];
}

export async function main(argv: string[], host: HostFacts = {}): Promise<number> {
  // Run from a microtask, never synchronously inside a host callback (a worker's 'message'
  // event, a CJS module's top level): there, Node's verbose v8::TryCatch makes V8 build a
  // message object with a source location for every JS throw, which made raising a Python
  // exception ~10x slower (bench/programs/exceptions.py: vm 4.4 s -> 1.7 s CPU).
  await null;
  setStartTtys(host.ttys);
  const cmd = argv[0];
  if (cmd === 'ast') {
    const positions = argv.includes('--positions');
    const file = argv.filter((a) => a !== '--positions')[1];
    if (!file) return usage();
    return frontEnd(() => dumpAst(parse(readSource(file), file, 'exec'), { includeAttributes: positions }) + '\n');
  }
  if (cmd === 'symtable') {
    const file = argv[1];
    if (!file) return usage();
    return frontEnd(() => formatSymtable(buildSymtable(parse(readSource(file), file, 'exec'), file)));
  }
  if (cmd === 'dis') return disMain(argv.slice(1));
  if (cmd === '-h' || cmd === '--help') return usage(0);
  return runCommand(argv);
}

/** `dyad [--backend B] (FILE | -c CODE | -m MODULE | -) [args...]` */
function runCommand(argv: string[]): number {
  let backendName: string | null = null;
  let stats = false;
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--backend') backendName = argv[++i] ?? '';
    else if (a.startsWith('--backend=')) backendName = a.slice('--backend='.length);
    else if (a === '--stats') stats = true;
    else break;
  }
  // CPython's interpreter options before the program: -u (unbuffered stdout), -B
  // (sys.dont_write_bytecode), -E/-I (ignore PYTHON* variables, of which PYTHONUNBUFFERED,
  // PYTHONPATH and PYTHONDONTWRITEBYTECODE are read), and options that change nothing here
  // (-s, -S, -q); they can be combined as in `-uB`.
  let unbuffered = false;
  let ignoreEnv = false;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (!/^-[uBsSqEI]+$/.test(a)) break;
    if (a.includes('u')) unbuffered = true;
    if (a.includes('B')) dontWriteBytecode();
    if (a.includes('E') || a.includes('I')) ignoreEnv = true;
  }
  if (ignoreEnv) {
    for (const k of Object.keys(process.env)) if (k.startsWith('PYTHON')) delete process.env[k];
  }
  if (unbuffered || (process.env.PYTHONUNBUFFERED ?? '') !== '') setUnbufferedStdout();
  // The VM is the default backend (the faster; both agree with CPython). --stats reports the VM's
  // counts, so it runs the VM unless --backend names another.
  backendName ??= stats ? 'vm' : process.env.DYAD_BACKEND ?? 'vm';
  if (stats && backendName !== 'vm') {
    process.stderr.write(`dyad: --stats counts VM instructions; it needs --backend vm (got '${backendName}')\n`);
    return 2;
  }
  const rest = argv.slice(i);
  if (backendName === 'both') return runBoth(rest);
  let target: RunTarget;
  let args: string[];
  if (rest[0] === '-c') {
    if (rest[1] === undefined) return usage();
    target = { kind: 'code', value: rest[1] };
    args = rest.slice(2);
  } else if (rest[0] === '-m') {
    if (rest[1] === undefined) return usage();
    target = { kind: 'module', value: rest[1] };
    args = rest.slice(2);
  } else {
    const file = rest[0] ?? '-';
    let source: string;
    let dirTarget: { argv0: string; pathFirst: string } | null = null;
    let path = file;
    if (file !== '-' && isDirectory(file)) {
      // A directory with a __main__.py runs that file; sys.path[0] is the directory (absolute,
      // unnormalised, as CPython makes it).
      const abs = isAbsolute(file) ? file : `${process.cwd()}/${file}`;
      path = `${abs}${abs.endsWith('/') ? '' : '/'}__main__.py`;
      dirTarget = { argv0: file, pathFirst: abs };
    }
    // (Decoding with a cookie's codec needs the object model: the codecs and their errors.)
    prepareRuntime();
    try {
      if (file === '-') source = readFileSync(0, 'utf8');
      else {
        const script = decodeScript(readFileSync(path));
        if ('problem' in script) {
          process.stderr.write(`SyntaxError: ${script.problem}\n`);
          return 1;
        }
        source = script.text;
      }
    } catch {
      if (dirTarget !== null) {
        process.stderr.write(`dyad: can't find '__main__' module in '${dirTarget.pathFirst}'\n`);
        return 1;
      }
      process.stderr.write(`dyad: can't open file '${resolve(file)}': [Errno 2] No such file or directory\n`);
      return 2;
    }
    target = { kind: 'file', value: path, source, ...(dirTarget ?? {}) };
    args = rest.slice(1);
  }
  const backend = makeBackend(backendName);
  if (backend === null) {
    process.stderr.write(`dyad: unknown or unavailable backend '${backendName}' (available: tree, vm, both)\n`);
    return 2;
  }
  if (stats) enableVMStats();
  const status = runProgram(target, backend, args);
  if (stats) process.stderr.write(vmStatsReport());
  return status;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function makeBackend(name: string): Backend | null {
  prepareRuntime();
  // `import dis` works under either backend (it disassembles the VM's code objects).
  registerNativeModule('dis', makeDisModule);
  if (name === 'tree') return new TreeWalkBackend();
  if (name === 'vm') return new VMBackend();
  return null;
}

function usage(code = 2): number {
  (code ? process.stderr : process.stdout).write(USAGE + '\n');
  return code;
}
