#!/usr/bin/env node
// The `dyad` command. The interpreter runs in a worker thread with a large JS stack, so that deep
// Python recursion is limited by sys.getrecursionlimit() (RecursionError), not by V8's default
// stack (npm ci builds dist/ via `prepare`).
//
// Start-up (issue 5): the worker runs the single-script bundle dist/bundle/dyad.cjs with V8's
// code cache (both made by tools/bundle.mjs) when the bundle is at least as new as every file it
// was made from; otherwise (no bundle, stale bundle, DYAD_NO_BUNDLE=1) the ES modules of dist/.
// The worker is started first; while it boots, this thread checks and reads the bundle and posts
// it over. The worker's code is workerMain below, run as a plain script (no module loader).
// DYAD_STARTUP_INFO=1 says on stderr whether the bundle and its code cache were used.
// DYAD_V8_FLAGS sets V8 flags in the worker (diagnostics: docs/native-loops.md).
'use strict';
// (CommonJS, bin/package.json: Node loads a CommonJS entry point a few ms sooner than an ES module.)
const { Worker } = require('node:worker_threads');
const { readFileSync, statSync } = require('node:fs');
const { pathToFileURL } = require('node:url');
const { resolve } = require('node:path');

const STACK_MB = 1024;
const ROOT = resolve(__dirname, '..') + '/';
const BUNDLE = `${ROOT}dist/bundle/dyad.cjs`;

const worker = new Worker(`(${workerMain})()`, {
  eval: true,
  workerData: {
    argv: process.argv.slice(2),
    cli: pathToFileURL(`${ROOT}dist/src/cli.js`).href,
    info: process.env.DYAD_STARTUP_INFO === '1',
    writeCodeCache: process.env.DYAD_WRITE_CODE_CACHE === '1',
    v8Flags: process.env.DYAD_V8_FLAGS || '',
  },
  resourceLimits: { stackSizeMb: STACK_MB },
  stdin: false,
});
worker.on('error', (e) => {
  process.stderr.write(`dyad: internal error: ${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 1;
});
worker.on('exit', (code) => {
  // An uncaught KeyboardInterrupt (EXIT_BY_SIGINT in src/run.ts): die by SIGINT like CPython.
  if (code === 0x102) process.kill(process.pid, 'SIGINT');
  else if (process.exitCode === undefined) process.exitCode = code;
});
// (The main thread also asks whether fds 0-2 are terminals: loading node:tty cost the worker
// ~2 ms of start-up; here it overlaps the worker's boot. src/runtime/tty.ts.)
const bundle = process.env.DYAD_NO_BUNDLE === '1' ? null : readBundle();
// (The files' bytes are moved to the worker, not copied: ~2 ms less before it can start.)
worker.postMessage({ bundle, host: { ttys: stdioTtys() } }, bundle === null ? [] : bundle.cache === null ? [bundle.source.buffer] : [bundle.source.buffer, bundle.cache.buffer]);

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
    let cache = null;
    try {
      cache = ownBytes(readFileSync(`${BUNDLE}.cache`));
    } catch {
      // no code cache: V8 compiles the bundle
    }
    return { file: BUNDLE, url: pathToFileURL(BUNDLE).href, source, cache };
  } catch {
    return null;
  }
}

/** `b`'s bytes in an ArrayBuffer of their own (a Buffer may be a slice of a shared pool). */
function ownBytes(b) {
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? new Uint8Array(b.buffer) : new Uint8Array(b);
}

/** The worker thread (a script: `require`, no import.meta). */
function workerMain() {
  const { workerData, parentPort } = require('node:worker_threads');
  parentPort.once('message', async ({ bundle, host }) => {
    const loaded = bundle === null ? null : runBundle(bundle);
    // DYAD_V8_FLAGS: V8 flags for diagnostics (--trace-deopt, ...), set after the bundle is
    // loaded so that its code cache still matches (docs/native-loops.md).
    if (workerData.v8Flags) require('node:v8').setFlagsFromString(workerData.v8Flags);
    const main = loaded !== null ? loaded.main : (await import(workerData.cli)).main;
    const status = await main(workerData.argv, host);
    if (loaded !== null && workerData.writeCodeCache) {
      // The cache holds what has been compiled so far: run the same program on the tree-walker
      // too (the first run used the default backend, the VM), so both backends start cached.
      await main(['--backend', 'tree', ...workerData.argv], host);
      loaded.writeCodeCache();
    }
    process.exit(status);
  });

  /** Runs the bundle's top level (with its code cache); returns its exports. */
  function runBundle({ file, url, source: bytes, cache }) {
    // (A one-byte string: the bundle is ASCII.)
    const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    const vm = require('node:vm');
    const { dirname } = require('node:path');
    const cachedData = cache === null ? undefined : cache;
    const wrapper = `(function (exports, require, module, __filename, __dirname, __dyadImportMetaUrl) {${source}\n})`;
    const script = new vm.Script(wrapper, { filename: file, cachedData });
    if (workerData.info) {
      const state = cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'accepted';
      process.stderr.write(`dyad: bundle ${file}, code cache ${state}\n`);
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
        const tmp = `${file}.cache.${process.pid}`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, `${file}.cache`);
      },
    };
  }
}
