#!/bin/sh
':' //; case " $DYAD_BACKEND $* " in *" tree "*|*" both "*|*=tree\ *|*=both\ *) exec node "$0" "$@";; esac; exec node --stack-size=7000 "$0" "$@"
// The `dyad` command. Deep Python recursion must be limited by sys.getrecursionlimit()
// (RecursionError), not by V8's stack, so the interpreter needs a JS stack far larger than V8's
// default (~1 MB): the VM's Python-to-Python calls do not use the JS stack, but recursion that
// passes through native code does (repr(), map(), sorted(key=), eval(), ...), and the
// tree-walker recurses on it for every call (npm ci builds dist/ via `prepare`).
//
// Where the interpreter runs (docs/startup.md):
// - on this thread, when the command was started by its first two lines (`dyad`,
//   `./bin/dyad.js`, `npx dyad`: sh runs the second line, which starts node with
//   --stack-size=7000, a 7 MB stack; to JavaScript that line is a string and a comment; any POSIX
//   sh does this, where `env -S` is not everywhere. A word `tree` or `both` among the arguments
//   or in DYAD_BACKEND, the tree-walker's, starts node without the flag: the worker it needs
//   then boots as from `node bin/dyad.js`; a program argument that happens to be such a word
//   only costs that run the worker), the OS gives the main thread at least 8 MB
//   (the soft stack limit in /proc/self/limits: V8 trusts --stack-size, so a smaller OS stack
//   would crash instead of raising RecursionError) and the program runs on the VM. This saves
//   the worker's boot, ~25 ms of every run;
// - else in a worker thread with a 1 GiB stack (`resourceLimits`): `node bin/dyad.js`, whose
//   main thread has V8's default stack, the tree-walker (`--backend tree|both` or
//   DYAD_BACKEND), or DYAD_WORKER=1.
//
// Start-up (issue 5): the interpreter runs the single-script bundle dist/bundle/dyad.cjs with V8's
// code cache (both made by tools/bundle.mjs) when the bundle is at least as new as every file it
// was made from; otherwise (no bundle, stale bundle, DYAD_NO_BUNDLE=1) the ES modules of dist/.
// V8 accepts a code cache (ours, and Node's for its own modules, which a worker compiles) only
// under the V8 flags it was made with: the first thing this file does is to set --stack-size back
// to V8's default. The main thread keeps the stack it started with (V8 sets an isolate's stack
// limit once), and the flags are again those of `node bin/dyad.js`: one code cache serves both,
// and a worker started from here boots as fast as from `node bin/dyad.js` (~7 ms more CPU, against
// ~25 ms more under a changed --stack-size).
// A worker is started first; while it boots, this thread checks and reads the bundle and posts
// it over. The interpreter's loader is `runner` below; a worker runs it as a plain script (no
// module loader). DYAD_STARTUP_INFO=1 says on stderr where the interpreter runs and whether the
// bundle and its code cache were used.
// DYAD_V8_FLAGS sets V8 flags (diagnostics: docs/native-loops.md).
'use strict';
// (CommonJS, bin/package.json: Node loads a CommonJS entry point a few ms sooner than an ES module.)
/** The flag of this file's second line (spec/startup.test.ts checks that they agree). */
const STACK_FLAG = '--stack-size=7000';
/** V8's own --stack-size (`node --v8-options`); set back at once, see above. */
const V8_DEFAULT_STACK_FLAG = '--stack-size=984';
const flagged = process.execArgv.includes(STACK_FLAG);
if (flagged) require('node:v8').setFlagsFromString(V8_DEFAULT_STACK_FLAG);
const { readFileSync, statSync } = require('node:fs');
const { pathToFileURL } = require('node:url');
const { resolve } = require('node:path');

const STACK_MB = 1024;
/** The least OS stack of the main thread that STACK_FLAG's 7000 KB fit in with a margin. */
const MIN_OS_STACK = 8 * 1024 * 1024;
const ROOT = resolve(__dirname, '..') + '/';
const BUNDLE = `${ROOT}dist/bundle/dyad.cjs`;
const EXIT_BY_SIGINT = 0x102; // src/run.ts

const argv = process.argv.slice(2);
const data = {
  argv,
  cli: pathToFileURL(`${ROOT}dist/src/cli.js`).href,
  info: process.env.DYAD_STARTUP_INFO === '1',
  writeCodeCache: process.env.DYAD_WRITE_CODE_CACHE === '1',
  v8Flags: process.env.DYAD_V8_FLAGS || '',
};

if (flagged && process.env.DYAD_WORKER !== '1' && runsOnVM(argv) && osStackSuffices()) {
  const bundle = process.env.DYAD_NO_BUNDLE === '1' ? null : readBundle();
  runner()
    .run(data, bundle, { ttys: stdioTtys() })
    .then(exit, (e) => {
      process.stderr.write(`dyad: internal error: ${e && e.stack ? e.stack : e}\n`);
      process.exit(1);
    });
} else {
  startWorker();
}

/** Ends the process with the interpreter's status (an uncaught KeyboardInterrupt dies by SIGINT, like CPython). */
function exit(status) {
  if (status === EXIT_BY_SIGINT) process.kill(process.pid, 'SIGINT');
  else process.exit(status);
}

/** Whether the command runs a program on the VM (the backend cli.ts's runCommand picks). */
function runsOnVM(args) {
  let backend = null;
  let stats = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--backend') backend = args[++i] ?? '';
    else if (a.startsWith('--backend=')) backend = a.slice('--backend='.length);
    else if (a === '--stats') stats = true;
    else break;
  }
  return (backend ?? (stats ? 'vm' : process.env.DYAD_BACKEND ?? 'vm')) === 'vm';
}

/** Whether the OS lets the main thread's stack grow to MIN_OS_STACK (Linux; elsewhere, no). */
function osStackSuffices() {
  try {
    const line = /^Max stack size\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'latin1'));
    return line !== null && (line[1] === 'unlimited' || Number(line[1]) >= MIN_OS_STACK);
  } catch {
    return false;
  }
}

function startWorker() {
  const { Worker } = require('node:worker_threads');
  const worker = new Worker(`(${workerMain})(${runner})`, {
    eval: true,
    workerData: data,
    resourceLimits: { stackSizeMb: STACK_MB },
    stdin: false,
  });
  worker.on('error', (e) => {
    process.stderr.write(`dyad: internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  });
  worker.on('exit', (code) => {
    if (code === EXIT_BY_SIGINT) process.kill(process.pid, 'SIGINT');
    else if (process.exitCode === undefined) process.exitCode = code;
  });
  // (The main thread also asks whether fds 0-2 are terminals: loading node:tty cost the worker
  // ~2 ms of start-up; here it overlaps the worker's boot. src/runtime/tty.ts.)
  const bundle = process.env.DYAD_NO_BUNDLE === '1' ? null : readBundle();
  // (The files' bytes are moved to the worker, not copied: ~2 ms less before it can start.)
  worker.postMessage({ bundle, host: { ttys: stdioTtys() } }, bundle === null ? [] : bundle.cache === null ? [bundle.source.buffer] : [bundle.source.buffer, bundle.cache.buffer]);
}
function stdioTtys() {
  const { isatty } = require('node:tty');
  return [isatty(0), isatty(1), isatty(2)];
}

/** The bundle's file, source text and code cache, or null when there is no fresh bundle. */
function readBundle() {
  try {
    const built = statSync(BUNDLE).mtimeMs;
    const inputs = JSON.parse(readFileSync(`${ROOT}dist/bundle/inputs.json`, 'utf8'));
    for (const input of inputs) if (statSync(ROOT + input).mtimeMs > built) return null;
    const source = ownBytes(readFileSync(BUNDLE)); // ASCII (tools/bundle.mjs)
    const cacheFile = `${BUNDLE}.cache`;
    let cache = null;
    try {
      cache = ownBytes(readFileSync(cacheFile));
    } catch {
      // no code cache: V8 compiles the bundle
    }
    return { file: BUNDLE, url: pathToFileURL(BUNDLE).href, source, cache, cacheFile };
  } catch {
    return null;
  }
}

/** `b`'s bytes in an ArrayBuffer of their own (a Buffer may be a slice of a shared pool). */
function ownBytes(b) {
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? new Uint8Array(b.buffer) : new Uint8Array(b);
}

/** The worker thread (a script: `require`, no import.meta); `makeRunner` is `runner`. */
function workerMain(makeRunner) {
  const { workerData, parentPort } = require('node:worker_threads');
  parentPort.once('message', async ({ bundle, host }) => process.exit(await makeRunner().run(workerData, bundle, host)));
}

/**
 * The interpreter's loader, on this thread or a worker's (there as the source text of this
 * function: it uses only its own code, `require` and `process`).
 */
function runner() {
  /** Loads the interpreter, runs the command; returns its exit status. */
  async function run(data, bundle, host) {
    const thread = data.info && (require('node:worker_threads').isMainThread ? 'main thread' : 'worker thread');
    const loaded = bundle === null ? null : runBundle(bundle, thread);
    if (thread && loaded === null) process.stderr.write(`dyad: ${thread}, ES modules of dist/\n`);
    // DYAD_V8_FLAGS: V8 flags for diagnostics (--trace-deopt, ...), set after the bundle is
    // loaded so that its code cache still matches (docs/native-loops.md).
    if (data.v8Flags) require('node:v8').setFlagsFromString(data.v8Flags);
    const main = loaded !== null ? loaded.main : (await import(data.cli)).main;
    const status = await main(data.argv, host);
    if (loaded !== null && data.writeCodeCache) {
      // The cache holds what has been compiled so far: run the same program on the tree-walker
      // too (the first run used the default backend, the VM), so both backends start cached.
      await main(['--backend', 'tree', ...data.argv], host);
      loaded.writeCodeCache();
    }
    return status;
  }

  /** Runs the bundle's top level (with its code cache); returns its exports. */
  function runBundle({ file, url, source: bytes, cache, cacheFile }, thread) {
    // (A one-byte string: the bundle is ASCII.)
    const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    const vm = require('node:vm');
    const { dirname } = require('node:path');
    const cachedData = cache === null ? undefined : cache;
    const wrapper = `(function (exports, require, module, __filename, __dirname, __dyadImportMetaUrl) {${source}\n})`;
    const script = new vm.Script(wrapper, { filename: file, cachedData });
    if (thread) {
      const state = cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'accepted';
      process.stderr.write(`dyad: ${thread}, bundle ${file}, code cache ${state}\n`);
    }
    const req = require('node:module').createRequire(file);
    // (module.require: lodash inside Chevrotain looks for it, else it calls process.binding.)
    const module = { exports: {}, require: req };
    script.runInThisContext()(module.exports, req, module, file, dirname(file), url);
    return {
      main: module.exports.main,
      /** Writes the code cache of everything compiled so far (tools/bundle.mjs asks for it). */
      writeCodeCache() {
        const { writeFileSync, renameSync } = require('node:fs');
        const tmp = `${cacheFile}.${process.pid}`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
      },
    };
  }

  return { run };
}
