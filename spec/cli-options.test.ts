// Interpreter options a harness may pass before the program (`python3 -u FILE`, `-B`, `-E`, ...)
// and running a program read from stdin. os._exit ends the process without flushing Python's
// buffers, so the output that survives it shows whether stdout was unbuffered.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers/paths.js';

const DYAD = join(ROOT, 'bin', 'dyad.js');
const EXIT = 'import os\nprint("kept")\nos._exit(4)\n';

function run(args: string[], env: Record<string, string | undefined> = {}, input?: string) {
  const e = { ...process.env, ...env };
  for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
  return spawnSync(process.execPath, [DYAD, ...args], { encoding: 'utf8', env: e as NodeJS.ProcessEnv, input });
}

for (const backend of ['tree', 'vm']) {
  const b = ['--backend', backend];
  test(`${backend}: buffered stdout is lost at os._exit`, () => {
    const r = run([...b, '-c', EXIT], { PYTHONUNBUFFERED: undefined });
    assert.is(r.stdout, '');
    assert.is(r.status, 4);
  });
  test(`${backend}: -u makes stdout unbuffered`, () => {
    assert.is(run([...b, '-u', '-c', EXIT], { PYTHONUNBUFFERED: undefined }).stdout, 'kept\n');
    assert.is(run([...b, '-Bu', '-c', EXIT], { PYTHONUNBUFFERED: undefined }).stdout, 'kept\n');
  });
  test(`${backend}: PYTHONUNBUFFERED makes stdout unbuffered, unless -E or -I`, () => {
    assert.is(run([...b, '-c', EXIT], { PYTHONUNBUFFERED: '1' }).stdout, 'kept\n');
    assert.is(run([...b, '-E', '-c', EXIT], { PYTHONUNBUFFERED: '1' }).stdout, '');
    assert.is(run([...b, '-I', '-c', EXIT], { PYTHONUNBUFFERED: '1' }).stdout, '');
  });
  test(`${backend}: options before the program leave sys.argv alone`, () => {
    const r = run([...b, '-u', '-B', '-s', '-c', 'import sys; print(sys.argv)', 'x']);
    assert.is(r.stdout, "['-c', 'x']\n");
  });
  test(`${backend}: a program read from stdin has __file__ '<stdin>'`, () => {
    const r = run([...b, '-', 'a'], {}, 'import sys\nprint(__file__, sys.argv, __name__)\n');
    assert.is(r.stdout, "<stdin> ['-', 'a'] __main__\n");
  });
}

test.run();
