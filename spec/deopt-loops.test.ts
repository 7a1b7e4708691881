// Loop kernels (docs/native-loops.md): a helper first run on a large input, then many times on
// small ones, must not deoptimize again and again. Each case of spec/deopt/loops.py runs in a
// process of its own (the state being tested is V8's, per process) with V8's --trace-deopt set
// in the worker (DYAD_V8_FLAGS), and no JS function may be deoptimized more than LIMIT times.
// Before the kernels, the cases gave 95 to 3869 deoptimizations of one function; after, at
// most 5. Native helpers are checked on the VM, the tree-walker's own loops on the tree-walker.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, SPEC } from './helpers/paths.js';

const DYAD = join(ROOT, 'bin', 'dyad.js');
const PROGRAM = join(SPEC, 'deopt', 'loops.py');
const SMALL_CALLS = '10000';
const LIMIT = 25;
const TREE_CASES = new Set(['listcomp', 'for range', 'for with', 'for items', 'for str']);

function run(args: string[], backend: string, flags = ''): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [DYAD, '--backend', backend, PROGRAM, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DYAD_V8_FLAGS: flags },
    timeout: 60000,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** Deoptimizations per JS function name in a --trace-deopt log. */
export function deoptCounts(log: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of log.matchAll(/deoptimizing [^<]*<JSFunction ([^ >]+)/g)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  return counts;
}

test('deoptCounts reads a --trace-deopt log', () => {
  const log = '[bailout (kind: deopt-eager, reason: x): begin. deoptimizing 0x1 <JSFunction f (sfi = 0x2)>, 0x3 <Code TURBOFAN>]\n'.repeat(3) +
    '[bailout (kind: deopt-soft, reason: y): begin. deoptimizing 0x4 <JSFunction g (sfi = 0x5)>, 0x6 <Code TURBOFAN>]\n';
  assert.equal([...deoptCounts(log)], [['f', 3], ['g', 1]]);
});

const listed = run(['--list'], 'vm');
assert.is(listed.status, 0, listed.stderr);
const cases = listed.stdout.trim().split('\n');

test('the cases are listed', () => {
  assert.ok(cases.length >= 20, cases.join(', '));
  for (const c of TREE_CASES) assert.ok(cases.includes(c), c);
});

for (const name of cases) {
  const backend = TREE_CASES.has(name) ? 'tree' : 'vm';
  test(`${name} (${backend}): no deoptimization loop`, () => {
    const r = run([name, SMALL_CALLS], backend, '--trace-deopt');
    assert.is(r.status, 0, r.stderr.slice(-2000));
    // The trace goes to stdout (V8's own printing); the program prints nothing.
    const counts = deoptCounts(r.stdout + r.stderr);
    const worst = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (worst !== undefined) assert.ok(worst[1] <= LIMIT, `${worst[0]} deoptimized ${worst[1]} times`);
  });
}

test.run();
