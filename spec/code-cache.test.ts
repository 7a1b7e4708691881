// The shipped library's VM code objects cached as JSON at build time (backends/vm/code-cache.ts,
// tools/code-cache.mjs) must be the code objects the compiler makes: every lib/ file's cached
// code equals a fresh compile of it (every field the encoder writes, the disassembly, and
// co_consts as Python sees it), the build wrote a fresh entry for each, constants survive with
// the sharing the compiler made, and a stale or foreign file is not served from the cache.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, libFiles } from './helpers/paths.js';
import { parse } from '../grammar/index.js';
import { prepareRuntime, createInterpreter, createMainModule } from '../src/runtime/setup.js';
import { cachedAst } from '../src/runtime/ast-cache.js';
import { setStdStreams, resetStdStreams, flushAllOutput } from '../src/builtins/streams.js';
import { formatException } from '../src/runtime/traceback.js';
import type { PyObject } from '../src/objects/object.js';
import { repr } from '../src/objects/protocol.js';
import { VMBackend } from '../backends/vm/index.js';
import { VMCode } from '../backends/vm/code.js';
import { compileTree } from '../backends/vm/compiler.js';
import { disassembleRecursive } from '../backends/vm/dis.js';
import { encodeCode, decodeCode, cachedCode, codeCachePath } from '../backends/vm/code-cache.js';

prepareRuntime();
const vm = new VMBackend();

/** The disassembly without code objects' addresses (ids differ between two compiles). */
const dis = (c: VMCode) => disassembleRecursive(c).replace(/ at 0x[0-9a-f]+/g, '');

/** co_consts as Python sees it, recursively (code objects by name). */
function pyConstsDump(c: VMCode): string {
  return c.pyConsts().map((x) => (x instanceof VMCode ? `<${x.co_qualname}: ${pyConstsDump(x)}>` : repr(x))).join(', ');
}

test('every library file: the cached code is the compiled code', () => {
  const files = libFiles();
  assert.ok(files.length > 40, `library files found: ${files.length}`);
  for (const f of files) {
    const fresh = compileTree(cachedAst(f)!, vm, f, 'exec', '');
    const cached = cachedCode(vm, f);
    assert.ok(cached !== null, `no fresh cache entry for ${f}`);
    assert.is(encodeCode(cached!), encodeCode(fresh), f);
    assert.is(dis(cached!), dis(fresh), f);
    assert.ok(statSync(codeCachePath(f)!).mtimeMs >= statSync(f).mtimeMs);
  }
  // co_consts in CPython's layout comes from the twin compiled from the tree.
  for (const name of ['random.py', 'functools.py', 'base64.py']) {
    const f = join(ROOT, 'lib', name);
    assert.is(pyConstsDump(cachedCode(vm, f)!), pyConstsDump(compileTree(cachedAst(f)!, vm, f, 'exec', '')), name);
  }
});

/** Runs module code as __main__ and returns what it printed. */
function runCode(code: VMCode): string {
  let out = '';
  setStdStreams({ stdout: { write: (t) => (out += t) }, stderr: { write: (t) => (out += t) } });
  const i = createInterpreter({ backend: vm, argv: ['test'], path: [] });
  const main = createMainModule(i, null);
  try {
    vm.run(code, main.dict, main.dict);
  } catch (e) {
    flushAllOutput();
    out += formatException(e as PyObject);
  }
  flushAllOutput();
  resetStdStreams();
  return out;
}

test('constants, nested code and shared constant objects round-trip', () => {
  const src = [
    'big = 12345678901234567890123456789',
    'fl = (1e999, -1e999, 0.1, -0.0, 2.5j, -0j, 1e999j)',
    "by = (b'\\x00\\xff\\x80abc', ..., None, True, False, 'caf\\u00e9 \\U0001F600')",
    'def f(): return (1, 2, (3.5, "x"))',
    'def g(): return (1, 2, (3.5, "x"))',
    'class C:',
    '    def m(self, *a, k=1, **kw):',
    '        return [x * k for x in a if x in {7, 3, 1, 9, 5}], {v for v in {"b", "a", "c", "d"}}',
    'def gen(n):',
    '    x = 0',
    '    def inner(): return x',
    '    for i in range(n):',
    '        x = i',
    '        yield inner()',
    'try:',
    '    1 / 0',
    'except ZeroDivisionError as e:',
    '    print("caught", e)',
    'print(big, fl, by, f() is g(), f()[2] is g()[2])',
    'print(C().m(1, 3, 5, 6, k=2), list(gen(3)), {x for x in {"p", "q", "r", "s", "t"}})',
    'print(list({10, 3, 7, 100, -1, 33}), 5 in {1, 5, 9})',
    'print(f.__code__.co_consts, [type(x).__name__ for x in C.m.__code__.co_consts], C.m.__code__.co_consts[-1])',
  ].join('\n');
  const compile = () => compileTree(parse(src, '/x/t.py', 'exec'), vm, '/x/t.py', 'exec', src);
  const fresh = compile();
  const text = encodeCode(fresh);
  const back = decodeCode(text, vm, '/x/t.py', compile);
  assert.is(encodeCode(back), text);
  assert.is(dis(back), dis(fresh));
  const want = runCode(compile());
  assert.match(want, /caught division by zero\n/);
  assert.match(want, /True True\n/);
  assert.is(runCode(back), want);
});

test('files outside lib/ and stale entries are not served', () => {
  assert.is(codeCachePath('/tmp/re.py'), null);
  assert.is(cachedCode(vm, '/tmp/re.py'), null);
  assert.is(codeCachePath(join(ROOT, 'lib', '..', 'bench', 'x.py')), null);
  // A library file newer than its entry (edited after the build) is compiled instead; so is
  // every file after a compiler newer than the cache (rebuilt by tsc without tools/code-cache.mjs).
  const lib = join(ROOT, 'lib', 'heapq.py');
  const entry = codeCachePath(lib)!;
  const saved = statSync(entry);
  try {
    utimesSync(entry, new Date(0), new Date(0));
    assert.is(cachedCode(vm, lib), null);
    utimesSync(entry, new Date(statSync(lib).mtimeMs + 1000), new Date(statSync(lib).mtimeMs + 1000));
    const compiler = statSync(join(ROOT, 'dist', 'backends', 'vm', 'compiler.js')).mtimeMs;
    if (compiler > statSync(lib).mtimeMs + 1000) assert.is(cachedCode(vm, lib), null);
  } finally {
    utimesSync(entry, saved.atime, saved.mtime);
  }
  assert.ok(cachedCode(vm, lib) !== null);
});

test.run();
