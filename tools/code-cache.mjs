#!/usr/bin/env node
// Compiles every file of the shipped standard library (lib/**/*.py) with the VM's compiler and
// writes its module code object as JSON to dist/lib-code/ (backends/vm/code-cache.ts reads them
// at import time), after tools/ast-cache.mjs has written the syntax trees. Run by
// `npm run build`, `npm test` and `prepare`. A file that does not compile gets no entry (its
// import compiles it and reports the error as usual).

import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { libFiles } from './lib-files.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(join(ROOT, 'dist', p)).href;
const { prepareRuntime } = await import(dist('src/runtime/setup.js'));
const { cachedAst } = await import(dist('src/runtime/ast-cache.js'));
const { VMBackend } = await import(dist('backends/vm/index.js'));
const { compileTree } = await import(dist('backends/vm/compiler.js'));
const { encodeCode, codeCachePath } = await import(dist('backends/vm/code-cache.js'));

prepareRuntime();
const backend = new VMBackend();
rmSync(join(ROOT, 'dist', 'lib-code'), { recursive: true, force: true });
let n = 0;
const failed = [];
for (const p of libFiles(join(ROOT, 'lib'))) {
  const tree = cachedAst(p);
  if (tree === null) continue;
  let text;
  try {
    text = encodeCode(compileTree(tree, backend, p, 'exec', ''));
  } catch (err) {
    failed.push(`${p}: ${err instanceof Error ? err.message : String(err)}`);
    continue;
  }
  const out = codeCachePath(p);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  n++;
}
if (failed.length > 0) process.stderr.write(`tools/code-cache.mjs: no cached code for\n  ${failed.join('\n  ')}\n`);
process.stdout.write(`tools/code-cache.mjs: ${n} module code objects in dist/lib-code\n`);
