// Dyad's compile cache of user source (src/runtime/compile-cache.ts): a second run of a file
// reads the code the first compiled, and must behave exactly as a fresh compile — output,
// tracebacks with their lines and carets, constants of every kind, imported modules. Entries are
// keyed by build, backend, file name and text; warnings are never cached away; a damaged entry
// is compiled over. Each test uses its own cache directory (DYAD_CACHE_DIR).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, basename } from 'node:path';
import { ROOT } from './helpers/paths.js';
import { listPrograms } from './helpers/run-programs.js';

const DYAD = join(ROOT, 'bin', 'dyad.js');
// The cache is on only when Dyad runs from a fresh start-up bundle (bin/dyad.js's test), as
// after `npm test`'s build; a plain tsc leaves the bundle stale and the tests that need an
// entry written have nothing to check.
const BUNDLED = bundleFresh();

function bundleFresh(): boolean {
  try {
    const built = statSync(join(ROOT, 'dist', 'bundle', 'dyad.cjs')).mtimeMs;
    const inputs = JSON.parse(readFileSync(join(ROOT, 'dist', 'bundle', 'inputs.json'), 'utf8')) as string[];
    return inputs.every((f) => statSync(join(ROOT, f)).mtimeMs <= built);
  } catch {
    return false;
  }
}
const dir = mkdtempSync(join(tmpdir(), 'dyad-cc-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function freshCache(): string {
  return join(dir, `cache${n++}`);
}

function run(backend: string, file: string, cache: string, extra: Record<string, string> = {}) {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('PYTHON') || k === 'DYAD_NO_CACHE') delete env[k];
  Object.assign(env, { DYAD_CACHE_DIR: cache }, extra);
  const r = spawnSync(process.execPath, [DYAD, '--backend', backend, basename(file)], { encoding: 'utf8', env: env as NodeJS.ProcessEnv, cwd: dirname(file) });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

function entries(cache: string): string[] {
  return existsSync(cache) ? readdirSync(cache).filter((f) => f.endsWith('.json')) : [];
}

// Constants of every kind the encoders tag, nested code objects, and a traceback through them.
const CONSTANTS = String.raw`
import sys
def f(x=(1, 2.5, -0.0, float('inf'), 10**30, -7, 3j, b'\x00\xff', 'é\U0001f600\ud800', ..., None, True)):
    big = 123456789012345678901234567890
    return x, big, 2**64, 1e300 * 10, -(0.0), x[0] in {1, 2, 3}, 'a' in frozenset({'a', 'b', 'c'})
print(f())
print((lambda *a, k=b'', **kw: (a, k, kw))(1, k=b'z', q=2))
def gen():
    yield from (i * 0.5 for i in range(3))
class C:
    """doc"""
    def m(self):
        return [c for c in 'xyz' if c != 'y']
print(list(gen()), C().m(), C.__doc__, f.__code__.co_consts[:2], ascii(f.__defaults__[0][8]))
async def co(): return 1
print(co.__code__.co_flags & 0x80 != 0, co.__code__.co_varnames, f.__code__.co_firstlineno)
def fail(d):
    return d['missing'] + 1
fail({})
`;

test('a cached run gives a fresh run\'s output, traceback and exit status, on both backends', () => {
  const file = join(dir, 'consts.py');
  writeFileSync(file, CONSTANTS);
  for (const backend of ['tree', 'vm']) {
    const fresh = run(backend, file, freshCache(), { DYAD_NO_CACHE: '1' });
    assert.is(fresh.status, 1, fresh.err);
    assert.match(fresh.err, /KeyError: 'missing'/);
    const cache = freshCache();
    const first = run(backend, file, cache);
    if (!BUNDLED) return;
    assert.is(entries(cache).length, 1, `${backend}: one entry after the first run`);
    const second = run(backend, file, cache);
    for (const r of [first, second]) {
      assert.is(r.out, fresh.out, backend);
      assert.is(r.err, fresh.err, backend);
      assert.is(r.status, fresh.status, backend);
    }
  }
});

test('the programs a module imports are cached too; an edited file gets its own entry', () => {
  if (!BUNDLED) return;
  const sub = join(dir, 'withmod');
  const cache = freshCache();
  rmSync(sub, { recursive: true, force: true });
  const main = join(sub, 'main.py');
  mkdirSync(sub, { recursive: true });
  writeFileSync(join(sub, 'helper_mod.py'), 'def g(n):\n    return [i * i for i in range(n)]\n');
  writeFileSync(main, 'import helper_mod\nprint(helper_mod.g(4))\n');
  for (const backend of ['tree', 'vm']) {
    assert.is(run(backend, main, cache).out, '[0, 1, 4, 9]\n');
    assert.is(run(backend, main, cache).out, '[0, 1, 4, 9]\n');
  }
  assert.is(entries(cache).length, 4, 'main and helper_mod, per backend');
  writeFileSync(join(sub, 'helper_mod.py'), 'def g(n):\n    return [i + 1 for i in range(n)]\n');
  for (const backend of ['tree', 'vm']) assert.is(run(backend, main, cache).out, '[1, 2, 3, 4]\n');
  assert.is(entries(cache).length, 6);
});

test('-c code is cached as a file is', () => {
  if (!BUNDLED) return;
  const cache = freshCache();
  for (const backend of ['tree', 'vm']) {
    for (let i = 0; i < 2; i++) {
      const r = spawnSync(process.execPath, [DYAD, '--backend', backend, '-c', 'import sys\nprint(sys.argv, [x * 2 for x in range(3)])', 'a'],
        { encoding: 'utf8', env: { ...process.env, DYAD_CACHE_DIR: cache, DYAD_NO_CACHE: '' } });
      assert.is(r.stdout, "['-c', 'a'] [0, 2, 4]\n");
    }
  }
  assert.is(entries(cache).length, 2, 'one per backend');
});

test('source that warns is compiled on every run, so every run warns', () => {
  if (!BUNDLED) return;
  const file = join(dir, 'warns.py');
  writeFileSync(file, 'x = 5\nprint(x is 5)\n');
  const cache = freshCache();
  for (const backend of ['tree', 'vm']) {
    for (let i = 0; i < 2; i++) {
      const r = run(backend, file, cache);
      assert.is(r.out, 'True\n');
      assert.match(r.err, /SyntaxWarning: "is" with a literal/);
    }
  }
  assert.is(entries(cache).length, 0);
});

test('a damaged entry is compiled over; DYAD_NO_CACHE=1 writes nothing', () => {
  if (!BUNDLED) return;
  const file = join(dir, 'damaged.py');
  writeFileSync(file, 'def h(a, b):\n    return a * b\nprint(h(6, 7))\n');
  for (const backend of ['tree', 'vm']) {
    const cache = freshCache();
    assert.is(run(backend, file, cache, { DYAD_NO_CACHE: '1' }).out, '42\n');
    assert.is(entries(cache).length, 0);
    assert.is(run(backend, file, cache).out, '42\n');
    const [entry] = entries(cache);
    const text = readFileSync(join(cache, entry), 'latin1');
    writeFileSync(join(cache, entry), text.slice(0, text.length >> 1));
    assert.is(run(backend, file, cache).out, '42\n');
    assert.is(readFileSync(join(cache, entry), 'latin1'), text, 'rewritten whole');
    // An entry whose first line (build, backend, file name, source) is not this file's, as on
    // a collision of the names' hashes, is not used.
    const nl = text.indexOf('\n');
    writeFileSync(join(cache, entry), text.slice(0, nl).replace('a * b', 'a + b') + text.slice(nl));
    assert.is(run(backend, file, cache).out, '42\n');
    assert.is(readFileSync(join(cache, entry), 'latin1'), text, 'rewritten after a foreign first line');
  }
});

// A sample of the corpus (every 80th program) run twice from one cache: the second run, from
// the cache, must still give CPython's output.
test('corpus sample: runs from the cache match CPython', () => {
  if (!BUNDLED) return;
  const programs = listPrograms().filter((_, i) => i % 80 === 0);
  for (const backend of ['tree', 'vm']) {
    const cache = freshCache();
    for (const p of programs) {
      const expected = readFileSync(p.slice(0, -3) + '.out', 'utf8');
      run(backend, p, cache);
      const second = run(backend, p, cache);
      assert.is(second.out, expected, `${backend} ${p}`);
    }
    assert.ok(entries(cache).length >= programs.length / 2, `${backend}: entries written`);
  }
});

test.run();
