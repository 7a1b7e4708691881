// Compiled code reaching an instruction the interpreter had never run when it was compiled
// (jit.ts unrun) is compiled again once the interpreter has specialised it (stale). Two things
// must not count: a generic CALL the interpreter ran without specialising it (a generator
// function, a callable instance, next() with a default, a class or builtin type whose call does
// not specialise...), which used to count as never run, so every loop holding one was compiled
// twice; and an attribute access, call or global load reached only a few times (reachedUnrun),
// which now runs its compiled generic form. DYAD_JIT_DUMP prints one header per compile: no code
// may be compiled twice.
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
  assert.is(cases.length, 7);
});

for (const name of cases) {
  test(`${name}: compiled once`, () => {
    const r = run(name, true);
    assert.is(r.status, 0, r.stderr.slice(-2000));
    assert.ok(Number(r.stdout.trim()) > 0, r.stdout);
    const headers = r.stderr.split('\n').filter((l) => l.startsWith('---- '));
    assert.ok(headers.some((h) => h.startsWith('---- run loop')), headers.join('; '));
    assert.equal(headers, [...new Set(headers)], 'compiled twice');
  });
}

test.run();
