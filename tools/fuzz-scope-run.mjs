#!/usr/bin/env node
// Differential driver for tools/fuzz-scope.py.
//
//   node tools/fuzz-scope-run.mjs A B [--out DIR] [--no-dumps] [--dumps-every N] [--backends tree,vm] [--gen GENERATOR]
//
// For every seed A..B it generates a program (with tools/fuzz-scope.py, or GENERATOR, e.g.
// tools/fuzz-jit.py, called as `python3 GENERATOR SEED FILE`), runs it under python3 and under
// `node bin/dyad.js --backend tree|vm`, and compares stdout, the last non-empty stderr line and
// the exit status. It also compares `dyad dis --scopes` with `cpython_ref.py scopes` and
// `dyad symtable` with `cpython_ref.py symtable` (for every N-th seed with --dumps-every N). Each failing seed's program is kept as
// DIR/s<SEED>.py (default /tmp/fuzzscope) with the differences in DIR/s<SEED>.diff; one line per
// failing seed is printed, and a summary at the end. Runs one process at a time.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const refTool = resolve(root, '../shared/tools/cpython_ref.py');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const noDumps = args.includes('--no-dumps');
if (noDumps) args.splice(args.indexOf('--no-dumps'), 1);
const outDir = opt('--out', '/tmp/fuzzscope');
const backends = opt('--backends', 'tree,vm').split(',');
const dumpsEvery = Number(opt('--dumps-every', '1'));
const generator = resolve(opt('--gen', join(root, 'tools/fuzz-scope.py')));
const [from, to] = args.map(Number);
if (!Number.isInteger(from) || !Number.isInteger(to)) {
  console.error('usage: fuzz-scope-run.mjs A B [--out DIR] [--no-dumps] [--dumps-every N] [--backends tree,vm] [--gen GENERATOR]');
  process.exit(2);
}
const work = join(outDir, 'work');
mkdirSync(work, { recursive: true });

const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PYTHON')));
Object.assign(env, { PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8' });

function run(cmd, argv, cwd) {
  const p = spawnSync(cmd, argv, { cwd, env, encoding: 'utf-8', timeout: 20000, maxBuffer: 64 << 20 });
  const errLines = (p.stderr || '').split('\n').filter((l) => l.trim());
  const timedOut = p.error && p.error.code === 'ETIMEDOUT';
  return { out: p.stdout || '', last: errLines.length ? errLines[errLines.length - 1] : '',
    status: timedOut ? 'timeout' : p.status, stderr: p.stderr || '' };
}

function firstDiff(a, b) {
  const al = a.split('\n'), bl = b.split('\n');
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i]) return `line ${i + 1}:\n  cpython: ${al[i]}\n  dyad:    ${bl[i]}`;
  }
  return '';
}

let failed = 0;
const kinds = new Map();
const started = Date.now();
for (let seed = from; seed <= to; seed++) {
  const file = join(work, `s${seed}.py`);
  const g = spawnSync('python3', [generator, String(seed), file], { encoding: 'utf-8' });
  if (g.status !== 0) {
    console.log(`seed ${seed}: generator failed: ${g.stderr.trim().split('\n').pop()}`);
    continue;
  }
  const diffs = [];
  const ref = run('python3', [file], work);
  for (const b of backends) {
    const got = run('node', ['--stack-size=4000', join(root, 'bin/dyad.js'), '--backend', b, file], work);
    if (got.out !== ref.out) diffs.push([`stdout ${b}`, firstDiff(ref.out, got.out)]);
    if (String(got.status) !== String(ref.status)) diffs.push([`status ${b}`, `cpython ${ref.status}, dyad ${got.status}\n  ${got.last}`]);
    else if (ref.status !== 0 && got.last !== ref.last) diffs.push([`stderr ${b}`, `cpython: ${ref.last}\n  dyad:    ${got.last}`]);
  }
  if (!noDumps && seed % dumpsEvery === 0) {
    for (const [mode, dyadArgs] of [['scopes', ['dis', '--scopes']], ['symtable', ['symtable']]]) {
      const a = run('python3', [refTool, mode, file], work);
      const d = run('node', [join(root, 'bin/dyad.js'), ...dyadArgs, file], work);
      if (a.out !== d.out || d.status !== 0) diffs.push([mode, firstDiff(a.out, d.out) || d.last]);
    }
  }
  if (diffs.length) {
    failed++;
    const keep = join(outDir, `s${seed}.py`);
    writeFileSync(keep, readFileSync(file, 'utf-8'));
    writeFileSync(join(outDir, `s${seed}.diff`), diffs.map(([k, v]) => `== ${k}\n  ${v}\n`).join(''));
    for (const [k] of diffs) kinds.set(k, (kinds.get(k) || 0) + 1);
    console.log(`seed ${seed}: ${diffs.map(([k]) => k).join(', ')} -> ${keep}`);
  }
  rmSync(file, { force: true });
}
const secs = ((Date.now() - started) / 1000).toFixed(0);
console.log(`${to - from + 1} seeds, ${failed} failing (${secs} s)` +
  (kinds.size ? ': ' + [...kinds].map(([k, n]) => `${k} ${n}`).join(', ') : ''));
process.exit(failed ? 1 : 0);
