// Interpreter options a harness may pass before the program (`python3 -u FILE`, `-B`, `-E`, ...)
// and running a program read from stdin. os._exit ends the process without flushing Python's
// buffers, so the output that survives it shows whether stdout was unbuffered.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ROOT } from './helpers/paths.js';

const DYAD = join(ROOT, 'bin', 'dyad.js');
const EXIT = 'import os\nprint("kept")\nos._exit(4)\n';

function run(args: string[], env: Record<string, string | undefined> = {}, input?: string, cwd?: string) {
  const e = { ...process.env, ...env };
  for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
  return spawnSync(process.execPath, [DYAD, ...args], { encoding: 'utf8', env: e as NodeJS.ProcessEnv, input, cwd });
}

// A package with a __main__, a package without one, and a directory with a __main__.py.
const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
mkdirSync(join(dir, 'pkg', 'sub'), { recursive: true });
writeFileSync(join(dir, 'pkg', '__init__.py'), 'print("pkg init", __name__)\n');
writeFileSync(join(dir, 'pkg', '__main__.py'), 'import sys\nprint("pkg main", __name__, __package__, __spec__.name, sys.argv[1:])\n');
writeFileSync(join(dir, 'pkg', 'sub', '__init__.py'), '');
mkdirSync(join(dir, 'app'));
writeFileSync(join(dir, 'app', '__main__.py'), 'import sys\nprint("app main", __name__, sys.argv, sys.path[0] == __file__[:-12])\n');
mkdirSync(join(dir, 'empty'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

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
  test(`${backend}: -B and PYTHONDONTWRITEBYTECODE set sys.dont_write_bytecode and its flag, as python3's`, () => {
    const prog = 'import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)';
    assert.is(run([...b, '-c', prog], { PYTHONDONTWRITEBYTECODE: undefined }).stdout, 'False 0\n');
    assert.is(run([...b, '-B', '-c', prog], { PYTHONDONTWRITEBYTECODE: undefined }).stdout, 'True 1\n');
    assert.is(run([...b, '-c', prog], { PYTHONDONTWRITEBYTECODE: '1' }).stdout, 'True 1\n');
    assert.is(run([...b, '-E', '-c', prog], { PYTHONDONTWRITEBYTECODE: '1' }).stdout, 'False 0\n');
  });
  test(`${backend}: a program read from stdin has __file__ '<stdin>'`, () => {
    const r = run([...b, '-', 'a'], {}, 'import sys\nprint(__file__, sys.argv, __name__)\n');
    assert.is(r.stdout, "<stdin> ['-', 'a'] __main__\n");
  });
  test(`${backend}: sys.stdin splits lines at \\n and keeps \\r (newline='\\n' on POSIX)`, () => {
    const prog = 'import sys\nprint(repr(input()), repr(sys.stdin.readline()), repr(sys.stdin.read(2)), sys.stdin.readlines())';
    const r = run([...b, '-c', prog], {}, 'a\r\nb\rc\nd\re\r\nf\r');
    assert.is(r.stdout, "'a\\r' 'b\\rc\\n' 'd\\r' ['e\\r\\n', 'f\\r']\n");
  });
  test(`${backend}: -m PACKAGE imports the package, then runs its __main__ as __main__`, () => {
    const r = run([...b, '-m', 'pkg', 'x'], {}, undefined, dir);
    assert.is(r.stdout, "pkg init pkg\npkg main __main__ pkg pkg.__main__ ['x']\n");
    assert.is(r.status, 0);
  });
  test(`${backend}: -m of a package without __main__, or of nothing, is an error with status 1`, () => {
    const r = run([...b, '-m', 'pkg.sub'], {}, undefined, dir);
    assert.is(r.stderr, "dyad: No module named pkg.sub.__main__; 'pkg.sub' is a package and cannot be directly executed\n");
    assert.is(r.status, 1);
    const r2 = run([...b, '-m', 'no_such_module_here'], {}, undefined, dir);
    assert.is(r2.stderr, 'dyad: No module named no_such_module_here\n');
    assert.is(r2.status, 1);
  });
  test(`${backend}: a directory runs its __main__.py`, () => {
    const r = run([...b, 'app', 'y'], {}, undefined, dir);
    assert.is(r.stdout, "app main __main__ ['app', 'y'] True\n");
    const r2 = run([...b, 'empty'], {}, undefined, dir);
    assert.is(r2.stderr, `dyad: can't find '__main__' module in '${join(dir, 'empty')}'\n`);
    assert.is(r2.status, 1);
  });
}


// The VM is the default backend; DYAD_BACKEND or --backend names another. A function whose loop
// runs long enough is compiled by the VM's JIT, which DYAD_JIT_DUMP reports on stderr (the
// tree-walker has no JIT and reports nothing).
const HOT = 'def f():\n    t = 0\n    for i in range(5000):\n        t += i\n    return t\nprint(f())\n';
test('the default backend is the VM', () => {
  const r = run(['-c', HOT], { DYAD_JIT_DUMP: '1', DYAD_BACKEND: undefined });
  assert.is(r.stdout, '12497500\n');
  assert.ok(r.stderr.includes('---- f '), r.stderr.slice(0, 200));
});
test('DYAD_BACKEND=tree and --backend tree choose the tree-walker', () => {
  for (const r of [run(['-c', HOT], { DYAD_JIT_DUMP: '1', DYAD_BACKEND: 'tree' }), run(['--backend', 'tree', '-c', HOT], { DYAD_JIT_DUMP: '1', DYAD_BACKEND: undefined })]) {
    assert.is(r.stdout, '12497500\n');
    assert.is(r.stderr, '');
  }
});

test.run();
