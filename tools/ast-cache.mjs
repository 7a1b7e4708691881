#!/usr/bin/env node
// Parses every file of the shipped standard library (lib/**/*.py) and writes its syntax tree
// as JSON to dist/lib-ast/ (src/runtime/ast-cache.ts reads them at import time), after tsc has
// compiled dist/. Run by `npm run build`, `npm test` and `prepare`. A file that does not parse
// gets no entry (its import parses it and reports the error as usual).

import { readFileSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { libFiles } from './lib-files.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(join(ROOT, 'dist', p)).href;
const { parse } = await import(dist('grammar/index.js'));
const { encodeAst, astCachePath } = await import(dist('src/runtime/ast-cache.js'));

rmSync(join(ROOT, 'dist', 'lib-ast'), { recursive: true, force: true });
let n = 0;
let failed = 0;
for (const p of libFiles(join(ROOT, 'lib'))) {
  const text = readFileSync(p, 'utf8');
  let tree;
  try {
    tree = parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, p, 'exec');
  } catch {
    failed++;
    continue;
  }
  const out = astCachePath(p);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, encodeAst(tree));
  n++;
}
if (failed > 0) process.stderr.write(`tools/ast-cache.mjs: ${failed} library file(s) did not parse (no cached tree)\n`);
process.stdout.write(`tools/ast-cache.mjs: ${n} syntax trees in dist/lib-ast\n`);
