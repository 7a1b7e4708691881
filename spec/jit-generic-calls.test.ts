// A generic CALL the interpreter ran without specialising it (a generator function, a callable
// instance, next() with a default...) is compiled as it is: compiled code that reached a call
// never run by the interpreter leaves and is compiled again (jit.ts unrun/stale), and such calls
// used to count as never run, so every loop holding one was compiled twice. DYAD_JIT_DUMP
// prints one header per compile.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, SPEC } from './helpers/paths.js';

const DYAD = join(ROOT, 'bin', 'dyad.js');
const PROGRAM = join(SPEC, 'deopt', 'generic_calls.py');

function run(arg: string, dump: boolean): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [DYAD, '--backend', 'vm', PROGRAM, arg], {
    encoding: 'utf8',
    env: { ...process.env, DYAD_JIT_DUMP: dump ? '1' : '' },
    timeout: 60000,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const cases = run('--list', false).stdout.trim().split('\n');

test('the cases are listed', () => {
  assert.is(cases.length, 4);
});

for (const name of cases) {
  test(`${name}: the loop is compiled once`, () => {
    const r = run(name, true);
    assert.is(r.status, 0, r.stderr.slice(-2000));
    assert.ok(Number(r.stdout.trim()) > 0, r.stdout);
    const compiles = r.stderr.split('\n').filter((l) => l.startsWith('---- run loop')).length;
    assert.is(compiles, 1);
  });
}

test.run();
