// The bytecode backend: compilation and `dis` shape, the variable-access families, LOAD_GLOBAL
// specialisation (hit, deopt on a keys-version change, immediate visibility of rebinding,
// builtins shadowing), other inline caches, and calls between the two backends in one process
// (closures and generators both ways).

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from '../grammar/index.js';
import { createInterpreter, createMainModule, prepareRuntime } from '../src/runtime/setup.js';
import { setStdStreams, resetStdStreams, flushAllOutput } from '../src/builtins/streams.js';
import { formatException } from '../src/runtime/traceback.js';
import type { Backend } from '../src/runtime/backend.js';
import type { PyObject } from '../src/objects/object.js';
import { TreeWalkBackend } from '../backends/treewalk/index.js';
import { VMBackend } from '../backends/vm/index.js';
import { VMCode } from '../backends/vm/code.js';
import { Op, OPS } from '../backends/vm/opcodes.js';
import { disSource } from '../backends/vm/cli.js';
import { disassembleRecursive } from '../backends/vm/dis.js';
import { PyFunction } from '../src/objects/function.js';

prepareRuntime();
const tree = new TreeWalkBackend();
const vm = new VMBackend();

interface RunResult {
  out: string;
  globals: Map<string, PyObject>;
  main: { dict: { getStr(k: string): PyObject | undefined } };
  interp: ReturnType<typeof createInterpreter>;
}

/**
 * Runs `src` as __main__ on `backend` in this process; `modules` are helper files importable
 * from it, run by the backend `moduleBackends` names for them (else by `backend`).
 */
function run(src: string, backend: Backend, modules: Record<string, string> = {}, moduleBackends: Record<string, Backend> = {}): RunResult {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-vm-test-'));
  for (const [name, text] of Object.entries(modules)) writeFileSync(join(dir, `${name}.py`), text);
  let out = '';
  setStdStreams({ stdout: { write: (t) => (out += t) }, stderr: { write: (t) => (out += t) } });
  const i = createInterpreter({ backend, argv: ['test'], path: [dir] });
  i.backends.set('tree', tree);
  i.backends.set('vm', vm);
  i.backendForModule = (name) => moduleBackends[name];
  const main = createMainModule(i, null);
  try {
    const code = backend.compile(parse(src, '<test>', 'exec'), '<test>', 'exec', src);
    backend.run(code, main.dict, main.dict);
  } catch (e) {
    flushAllOutput();
    out += formatException(e as PyObject);
  }
  flushAllOutput();
  resetStdStreams();
  rmSync(dir, { recursive: true, force: true });
  const globals = new Map<string, PyObject>();
  for (const [k, v] of main.dict.entries()) globals.set(k as string, v);
  return { out, globals, main, interp: i };
}

function compile(src: string): VMCode {
  return vm.compile(parse(src, '<test>', 'exec'), '<test>', 'exec', src) as VMCode;
}

function codeOf(r: RunResult, fname: string): VMCode {
  const f = r.globals.get(fname);
  assert.ok(f instanceof PyFunction, `${fname} is a function`);
  return (f as PyFunction).code as VMCode;
}

/** Opcode names of a code object's instructions (as currently specialised). */
function opnames(c: VMCode, current = true): string[] {
  return Array.from(current ? c.code : c.original, (w) => OPS[w & 0xff].name);
}

// ---- compilation and dis ------------------------------------------------------------------------------

test('print(1 + 2) end to end', () => {
  assert.is(run('print(1 + 2)', vm).out, '3\n');
});

test('dis output in the style of python -m dis', () => {
  const text = disSource('def f(a):\n    return a + 1\n', 'm.py', false);
  assert.match(text, /^  1 {11}0 LOAD_CONST {15}0 \(<code object f at 0x[0-9a-f]+, file "m\.py", line 1>\)$/m);
  assert.match(text, /MAKE_FUNCTION {12}0$/m);
  assert.match(text, /STORE_NAME {15}0 \(f\)$/m);
  assert.match(text, /Disassembly of <code object f at 0x[0-9a-f]+, file "m\.py", line 1>:/);
  assert.match(text, /^  2 {11}0 LOAD_FAST {16}0 \(a\)$/m);
  assert.match(text, /BINARY_OP {16}0 \(\+\)$/m);
  assert.match(text, /RETURN_VALUE$/m);
});

test('dis shows jump targets and the exception table', () => {
  const text = disSource('try:\n    x = 1\nexcept ValueError as e:\n    pass\n', 'm.py', false);
  assert.match(text, />> +\d+ PUSH_EXC_INFO/);
  assert.match(text, /ExceptionTable:\n  \d+ to \d+ -> \d+ \[0\]\n/);
  assert.match(text, /CHECK_EXC_MATCH/);
});

test('variable families follow the symbol table (semantics.md §3)', () => {
  const c = compile(`
x = 1
def f(a):
    global g
    b = a
    def inner():
        return b + x
    g = inner
    del a
    return b
class C:
    y = x
    def m(self):
        return y
`);
  const text = disassembleRecursive(c);
  for (const s of ['STORE_NAME               0 (x)', 'LOAD_DEREF', 'STORE_DEREF', 'LOAD_CLOSURE', 'MAKE_CELL', 'COPY_FREE_VARS',
    'STORE_GLOBAL', 'DELETE_FAST', 'LOAD_GLOBAL', 'LOAD_NAME']) {
    assert.ok(text.includes(s), `dis contains ${s}`);
  }
  assert.match(text, /LOAD_GLOBAL +\d+ \(y\)/, 'a method reads a class-level name as a global');
});

test('LOAD_CLASSDEREF in a class body inside a function', () => {
  const text = disassembleRecursive(compile('def f():\n    v = 1\n    class C:\n        w = v\n    return C\n'));
  assert.match(text, /LOAD_CLASSDEREF +\d+ \(v\)/);
});

test('--scopes matches cpython_ref.py format', () => {
  const text = disSource('def f(a, *, k):\n    b = a\n    return lambda: b\n', 'm.py', true);
  assert.is(text, [
    'code <module> line 1', '  argcount 0 kwonly 0', '  varnames ', '  cellvars ', '  freevars ', '  STORE_NAME f',
    'code f line 1', '  argcount 1 kwonly 1', '  varnames a k', '  cellvars b', '  freevars ', '  LOAD_CLOSURE b', '  LOAD_FAST a', '  STORE_DEREF b',
    'code f.<locals>.<lambda> line 3', '  argcount 0 kwonly 0', '  varnames ', '  cellvars ', '  freevars b', '  LOAD_DEREF b', '',
  ].join('\n'));
});

test('unreachable code is removed as in CPython', () => {
  const text = disSource('def f():\n    return 1\n    y = 2\nwhile True:\n    pass\nz = 3\n', 'm.py', true);
  assert.not.match(text, /STORE_FAST y/);
  assert.not.match(text, /STORE_NAME z/);
});

test('code objects expose co_* attributes to Python', () => {
  const r = run(`
def f(a, b=1, *c, d, **e):
    x = a
    def g():
        return x
    return g
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
print(f.__code__.co_cellvars, f(1, d=2).__code__.co_freevars, f.__code__.co_flags & 0x0c)
`, vm);
  assert.is(r.out, "f 2 1 ('a', 'b', 'd', 'c', 'e', 'g')\n('x',) ('x',) 12\n");
});

// ---- LOAD_GLOBAL specialisation --------------------------------------------------------------------------

test('LOAD_GLOBAL specialises to LOAD_GLOBAL_MODULE; rebinding is seen at once', () => {
  const r = run(`
g = 10
def read():
    return g
a = read()
b = read()
g = 20
c = read()
`, vm);
  assert.is(r.globals.get('a'), 10);
  assert.is(r.globals.get('b'), 10);
  assert.is(r.globals.get('c'), 20, 'a value rebinding does not change the keys-version: the cache reads the live value');
  assert.ok(opnames(codeOf(r, 'read')).includes('LOAD_GLOBAL_MODULE'));
});

test('LOAD_GLOBAL_BUILTIN; shadowing deoptimises and un-shadowing restores the builtin', () => {
  const r = run(`
def size(x):
    return len(x)
a = size([1, 2, 3])
spec1 = 1
def len(x):
    return 'shadowed'
b = size([1])
del len
c = size([1, 2])
`, vm);
  assert.is(r.globals.get('a'), 3);
  assert.is(r.globals.get('b'), 'shadowed');
  assert.is(r.globals.get('c'), 2);
  const ops = opnames(codeOf(r, 'size'));
  assert.ok(ops.includes('LOAD_GLOBAL_BUILTIN'), `respecialised to the builtin: ${ops.join(' ')}`);
});

test('LOAD_GLOBAL cache stays honest under every way of mutating globals', () => {
  const r = run(`
import sys
x = 1
def get():
    return x
out = [get()]
globals()['x'] = 2
out.append(get())
setattr(sys.modules[__name__], 'x', 3)
out.append(get())
sys.modules[__name__].x = 4
out.append(get())
exec('x = 5', globals())
out.append(get())
del x
try:
    get()
except NameError as e:
    out.append(str(e))
import builtins
builtins.x = 'from builtins'
out.append(get())
x = 6
out.append(get())
print(out)
`, vm);
  assert.is(r.out, "[1, 2, 3, 4, 5, \"name 'x' is not defined\", 'from builtins', 6]\n");
});

test('a module-level global defined after the function is found', () => {
  assert.is(run('def f():\n    return later\nlater = 42\nprint(f())\n', vm).out, '42\n');
});

test('instance attribute, method and arithmetic caches', () => {
  const r = run(`
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
def total(ps):
    t = 0
    for p in ps:
        t = t + p.get() + p.x
    return t
ps = [P(i) for i in range(10)]
a = total(ps)
P.get = lambda self: 100
b = total(ps)
`, vm);
  assert.is(r.globals.get('a'), 90);
  assert.is(r.globals.get('b'), 1045, 'a class attribute change bumps the type version');
  const ops = opnames(codeOf(r, 'total'));
  for (const op of ['LOAD_ATTR_INSTANCE_VALUE', 'FOR_ITER_LIST_STORE', 'BINARY_OP_ADD_INT']) assert.ok(ops.includes(op), `${op} in ${ops.join(' ')}`);
});

test('an instruction whose operation raises is specialised all the same', () => {
  const r = run(`
def misses(d, n):
    c = 0
    for i in range(n):
        try:
            d[i]
        except KeyError:
            c += 1
        try:
            c += 1 // (i - i)
        except ZeroDivisionError:
            c += 1
    return c
a = misses({}, 200)
`, vm);
  assert.is(r.globals.get('a'), 400);
  const ops = opnames(codeOf(r, 'misses'));
  for (const op of ['BINARY_SUBSCR_DICT', 'BINARY_OP_INT']) assert.ok(ops.includes(op), `${op} in ${ops.join(' ')}`);
});

test('--stats counts executed instructions and cache hits', async () => {
  const { enableStats, formatStats, stats } = await import('../backends/vm/specialize.js');
  enableStats();
  run('def f(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\nfor k in range(3):\n    f(1000)\n', vm);
  const text = formatStats();
  stats.counts = null;
  assert.match(text, /FOR_ITER_RANGE +\d+/);
  assert.match(text, /LOAD_GLOBAL +[1-9]\d* +\d+ +[1-9]\d* +\d+ +\d+/);
});

// ---- semantics the VM must share with the tree-walker ---------------------------------------------------------

const PROGRAMS: Record<string, string> = {
  finally: `
def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return 'ret'
        finally:
            print('finally', i)
print(f())
def g():
    try:
        return 1
    finally:
        return 2
print(g())
`,
  generators: `
def gen():
    x = yield 1
    print('got', x)
    try:
        yield 2
    finally:
        print('closing')
g = gen()
print(next(g), g.send('hi'))
g.close()
def outer():
    r = yield from gen()
    return r
print(list(outer()))
`,
  exceptions: `
try:
    try:
        raise ValueError('a')
    except ValueError:
        raise KeyError('b')
except KeyError as e:
    print(repr(e), repr(e.__context__))
try:
    raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
except* ValueError as e:
    print('V', e.exceptions)
except* TypeError as e:
    print('T', e.exceptions)
`,
  classes: `
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B' + super().who()
print(B().who(), B.__qualname__, B.who.__qualname__)
`,
};

for (const [name, src] of Object.entries(PROGRAMS)) {
  test(`same output on both backends: ${name}`, () => {
    assert.is(run(src, vm).out, run(src, tree).out);
  });
}

// ---- calls between the backends -------------------------------------------------------------------------------

const HELPER = `
def make_adder(n):
    def add(x):
        return x + n
    return add

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def squares(n):
    for i in range(n):
        yield i * i

def apply(f, x):
    return f(x)

def drain(g):
    return [v for v in g]
`;

const CALLER = `
import helper
add5 = helper.make_adder(5)
inc = helper.counter()
inc(); inc()
print(add5(1), inc(), list(helper.squares(4)))
def double(x):
    return 2 * x
def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i
print(helper.apply(double, 21), helper.drain(evens(7)), helper.apply(lambda v: v + add5(0), 1))
print(sorted([3, 1, 2], key=helper.make_adder(-10)))
print(type(add5.__code__).__name__, add5.__code__.co_freevars)
`;

const EXPECTED = "6 3 [0, 1, 4, 9]\n42 [0, 2, 4, 6] 6\n[1, 2, 3]\ncode ('n',)\n";

test('VM code calls tree-walker closures and generators (and passes its own back)', () => {
  const r = run(CALLER, vm, { helper: HELPER }, { helper: tree });
  assert.is(r.out, EXPECTED);
});

test('tree-walker code calls VM closures and generators (and passes its own back)', () => {
  const r = run(CALLER, tree, { helper: HELPER }, { helper: vm });
  assert.is(r.out, EXPECTED);
  const helper = (r.interp.modules.getStr('helper') as { dict: { getStr(k: string): PyObject | undefined } }).dict.getStr('make_adder');
  assert.ok(helper instanceof PyFunction && helper.code instanceof VMCode, 'helper ran on the VM');
});

// Frames are reused by both backends once a call returns, unless something can still reach them.
// A frame chain that crosses backends (sys._getframe, f_back, tracebacks) keeps every frame it
// reaches; the expected output is CPython's (python3 on the same two files).
const MIXED_HELPER = `import sys

def grab():
    return sys._getframe(1)

def through(f, x):
    t = x
    return f(t)
`;
const MIXED_MAIN = `import sys
import helper

def vm_f(a):
    b = a * 2
    return helper.grab()

frames = [vm_f(i) for i in range(3)]
for i in range(10):
    vm_f(100 + i)
print([(fr.f_locals['a'], fr.f_locals['b'], fr.f_code.co_name) for fr in frames])

def vm_leaf(x):
    return sys._getframe()

def vm_mid(y):
    k = y + 1
    return helper.through(vm_leaf, k)

fs = [vm_mid(i) for i in range(3)]
for i in range(10):
    vm_mid(50 + i)
print([(f.f_locals['x'], f.f_back.f_code.co_name, f.f_back.f_locals['t'], f.f_back.f_back.f_locals['k']) for f in fs])

def fails(v):
    w = v + 1
    raise KeyError(v)

def catcher(v):
    u = v * 3
    try:
        helper.through(fails, v)
    except KeyError as e:
        return e

errs = [catcher(i) for i in range(3)]
for i in range(10):
    catcher(90 + i)
def names(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, sorted(k for k in tb.tb_frame.f_locals if k != 'e')))
        tb = tb.tb_next
    return out
print([names(e) for e in errs], [e.__traceback__.tb_frame.f_locals['u'] for e in errs])
`;
const MIXED_EXPECTED = `[(0, 0, 'vm_f'), (1, 2, 'vm_f'), (2, 4, 'vm_f')]
[(1, 'through', 1, 1), (2, 'through', 2, 2), (3, 'through', 3, 3)]
[[('catcher', ['u', 'v']), ('through', ['f', 't', 'x']), ('fails', ['v', 'w'])], [('catcher', ['u', 'v']), ('through', ['f', 't', 'x']), ('fails', ['v', 'w'])], [('catcher', ['u', 'v']), ('through', ['f', 't', 'x']), ('fails', ['v', 'w'])]] [0, 3, 6]
`;

test('frames reached across backends are not reused (main on either backend, helper on the other)', () => {
  assert.is(run(MIXED_MAIN, vm, { helper: MIXED_HELPER }, { helper: tree }).out, MIXED_EXPECTED, 'main on the VM, helper on the tree-walker');
  assert.is(run(MIXED_MAIN, tree, { helper: MIXED_HELPER }, { helper: vm }).out, MIXED_EXPECTED, 'main on the tree-walker, helper on the VM');
});

test('deep recursion is limited by sys.setrecursionlimit, not the JS stack', () => {
  const r = run(`
import sys
sys.setrecursionlimit(100000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50000))
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError as e:
    print('RecursionError', e)
`, vm);
  assert.is(r.out, '50000\nRecursionError maximum recursion depth exceeded\n');
});

test('opcode table: every instruction has a name and stack effect', () => {
  for (let op = 1; op < Op.COUNT; op++) {
    assert.type(OPS[op].name, 'string');
    assert.type(OPS[op].effect(1), 'number');
  }
});

test.run();
