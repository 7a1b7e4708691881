#!/usr/bin/env node
// The `dyad` command. The interpreter runs in a worker thread with a large JS stack, so that deep
// Python recursion is limited by sys.getrecursionlimit() (RecursionError), not by V8's default
// stack (npm ci builds dist/ via `prepare`).
//
// Start-up (issue 5): the worker runs the single-script bundle dist/bundle/dyad.cjs with V8's
// code cache (both made by tools/bundle.mjs) when the bundle is at least as new as every file it
// was made from; otherwise (no bundle, stale bundle, DYAD_NO_BUNDLE=1) the ES modules of dist/.
// DYAD_STARTUP_INFO=1 says on stderr whether the bundle and its code cache were used.
import { Worker, isMainThread, workerData } from 'node:worker_threads';

const STACK_MB = 1024;

if (isMainThread) {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { argv: process.argv.slice(2) },
    resourceLimits: { stackSizeMb: STACK_MB },
    stdin: false,
  });
  worker.on('error', (e) => {
    process.stderr.write(`dyad: internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  });
  worker.on('exit', (code) => {
    if (process.exitCode === undefined) process.exitCode = code;
  });
} else {
  const bundle = process.env.DYAD_NO_BUNDLE === '1' ? null : await loadBundle();
  const main = bundle !== null ? bundle.main : (await import('../dist/src/cli.js')).main;
  const status = await main(workerData.argv);
  if (bundle !== null && process.env.DYAD_WRITE_CODE_CACHE === '1') bundle.writeCodeCache();
  process.exit(status);
}

/** The bundle's exports (null when there is no usable bundle) and a way to save its code cache. */
async function loadBundle() {
  const { readFileSync, statSync, writeFileSync, renameSync } = await import('node:fs');
  const { fileURLToPath, pathToFileURL } = await import('node:url');
  const { join, dirname } = await import('node:path');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const file = join(root, 'dist', 'bundle', 'dyad.cjs');
  const cacheFile = file + '.cache';
  let source, cachedData;
  try {
    const built = statSync(file).mtimeMs;
    const inputs = JSON.parse(readFileSync(join(root, 'dist', 'bundle', 'inputs.json'), 'utf8'));
    for (const input of inputs) if (statSync(join(root, input)).mtimeMs > built) return null;
    source = readFileSync(file, 'latin1'); // ASCII (tools/bundle.mjs): a one-byte string
  } catch {
    return null;
  }
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const vm = await import('node:vm');
  const { createRequire } = await import('node:module');
  const wrapper = `(function (exports, require, module, __filename, __dirname, __dyadImportMetaUrl) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: file, cachedData });
  if (process.env.DYAD_STARTUP_INFO === '1') {
    process.stderr.write(`dyad: bundle ${file}, code cache ${cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'accepted'}\n`);
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), pathToFileURL(file).href);
  return {
    main: module.exports.main,
    /** Writes the code cache of everything compiled so far (tools/bundle.mjs asks for it). */
    writeCodeCache() {
      const tmp = `${cacheFile}.${process.pid}`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    },
  };
}
