// Order of a program's last stdout text and its exit message when both streams go to one file:
// CPython flushes stdout before it prints a SystemExit message or a traceback (pythonrun.c's
// flush_io before PyErr_Print), so the program's output comes first. The differential corpus
// compares the streams separately and cannot see this.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers/paths.js';

const DYAD = join(ROOT, 'bin', 'dyad.js');

function combined(backend: string, src: string): string {
  // Both streams into one pipe, as `2>&1` does.
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${DYAD}" --backend ${backend} -c "$0" 2>&1`, src], { encoding: 'utf8' });
  return r.stdout;
}

for (const backend of ['tree', 'vm']) {
  test(`${backend}: stdout is flushed before the exit message of sys.exit(str)`, () => {
    assert.is(combined(backend, 'import sys\nprint("before")\nsys.exit("exiting with message")\n'), 'before\nexiting with message\n');
  });
  test(`${backend}: stdout is flushed before the traceback of an uncaught exception`, () => {
    const out = combined(backend, 'print("before")\nraise ValueError("boom")\n');
    assert.ok(out.startsWith('before\nTraceback (most recent call last):\n'), out);
    assert.ok(out.endsWith('ValueError: boom\n'), out);
  });
}

test.run();
