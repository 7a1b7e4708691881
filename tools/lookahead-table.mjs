#!/usr/bin/env node
// Writes the grammar's lookahead paths, every decision's, to dist/grammar/lookahead.json
// (grammar/lookahead-table.ts reads them when the parser first needs a decision), after tsc has
// compiled dist/. Run by `npm run build`, `npm test` and `prepare`.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(join(ROOT, 'dist', p)).href;
const { PythonParser } = await import(dist('grammar/statements.js'));
const { allDecisions } = await import(dist('grammar/lazy-lookahead.js'));

const decisions = allDecisions(new PythonParser());
const out = {};
for (const [key, entry] of decisions) out[key] = entry;
writeFileSync(join(ROOT, 'dist', 'grammar', 'lookahead.json'), JSON.stringify(out));
process.stdout.write(`tools/lookahead-table.mjs: ${decisions.size} grammar decisions in dist/grammar/lookahead.json\n`);
