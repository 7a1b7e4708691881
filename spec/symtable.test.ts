// The symbol table against CPython: every spec/symtable/NAME.py is run through buildSymtable and
// formatSymtable and compared with NAME.expected, which tools/gen-symtable-expected.py produced
// from CPython's own `symtable` module (the dump, or the SyntaxError's message and position).
// The ASTs come from Dyad's parser (grammar/index.ts) when it is built, else from CPython through
// tools/ast_json.py; DYAD_SYMTABLE_PARSER=cpython|dyad forces one.
// Then unit tests of the API the backends rely on.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, SPEC } from './helpers/paths.js';
import type { mod, Module, FunctionDef, ClassDef, Lambda, stmt } from '../src/ast/nodes.js';
import { PySyntaxError } from '../grammar/errors.js';
import {
  buildSymtable, formatSymtable, mangle, CELL, FREE, LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, DEF_FREE_CLASS,
  CO_FUTURE_ANNOTATIONS, type Scope,
} from '../src/symtable/index.js';
import { reviveAst, formatError } from '../tools/symtable-corpus.js';

const DIR = resolve(SPEC, 'symtable');
const names = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();

type Parse = (source: string, filename: string, mode: string) => mod;
let dyadParse: Parse | null = null;
if (process.env.DYAD_SYMTABLE_PARSER !== 'cpython') {
  try {
    const parse = ((await import('../grammar/index.js' as string)) as { parse: Parse }).parse;
    // Use Dyad's parser once it works at all (forced with DYAD_SYMTABLE_PARSER=dyad).
    if (process.env.DYAD_SYMTABLE_PARSER === 'dyad' || parse('def f(a):\n    return [a for b in c]\n', 'smoke.py', 'exec')._type === 'Module') {
      dyadParse = parse;
    }
  } catch (e) {
    if (process.env.DYAD_SYMTABLE_PARSER === 'dyad') throw e;
    dyadParse = null;
  }
}

/** CPython's ASTs for many sources at once (one python3 process). */
function cpythonAsts(paths: string[]): Map<string, mod | { error: unknown }> {
  const r = spawnSync('python3', [resolve(ROOT, 'tools/ast_json.py'), '--lines'], { input: paths.join('\n') + '\n', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error('ast_json.py failed: ' + r.stderr.toString());
  const lines = r.stdout.toString().split('\n');
  const out = new Map<string, mod | { error: unknown }>();
  paths.forEach((p, i) => out.set(p, reviveAst(lines[i]) as mod | { error: unknown }));
  return out;
}

const cpythonTrees = dyadParse ? null : cpythonAsts(names.map((n) => resolve(DIR, n)));

function parseSource(source: string, filename: string, path?: string): mod {
  if (dyadParse) return dyadParse(source, filename, 'exec');
  const tree = path ? cpythonTrees!.get(path) : cpythonAsts([writeTemp(source)]).values().next().value;
  if (!tree || 'error' in tree) throw new Error(`CPython could not parse ${filename}`);
  return tree as mod;
}

let tmpDir: string | null = null;
let tempCount = 0;
function writeTemp(source: string): string {
  if (tmpDir === null) {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-symtable-'));
    tmpDir = dir;
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  const p = join(tmpDir, `t${tempCount++}.py`);
  writeFileSync(p, source);
  return p;
}

function run(source: string, filename: string, path?: string): string {
  try {
    return formatSymtable(buildSymtable(parseSource(source, filename, path), filename));
  } catch (e) {
    if (e instanceof PySyntaxError) return formatError(e) + '\n';
    throw e;
  }
}

for (const name of names) {
  test(`symtable ${name}`, () => {
    const path = resolve(DIR, name);
    const expected = readFileSync(path.replace(/\.py$/, '.expected'), 'utf8');
    const source = readFileSync(path, 'utf8');
    assert.fixture(run(source, name, path), expected);
  });
}

// ---- API ------------------------------------------------------------------------------------

const API_SRC = `class C:
    x = 1
    def m(self, a, /, b, *args, k, **kw):
        def inner():
            return a, super()
        local = 1
        return inner
def gen(p):
    q = yield p
    return lambda: q
async def co():
    await x
`;

function apiTable(): Scope {
  return buildSymtable(parseSource(API_SRC, 'api.py'), 'api.py');
}

test('scopeOf maps nodes to scopes; varnames in CPython order', () => {
  const top = apiTable();
  const tree = top.node as Module;
  assert.is(top.table.scopeOf(tree), top);
  const cls = tree.body[0] as ClassDef;
  const C = top.table.scopeOf(cls);
  assert.is(C.type, 'class');
  assert.is(C.name, 'C');
  assert.is(C.parent, top);
  const m = top.table.scopeOf(cls.body[1] as FunctionDef);
  assert.equal(m.varnames, ['self', 'a', 'b', 'k', 'args', 'kw']);
  assert.ok(m.hasVarargs && m.hasVarkeywords);
  assert.is(m.privateName, 'C');
  const gen = top.table.scopeOf(tree.body[1] as FunctionDef);
  const lam = top.table.scopeOf(((gen.node as FunctionDef).body[1] as stmt & { _type: 'Return' }).value as Lambda);
  assert.is(lam.name, 'lambda');
  assert.is(lam.scopeOf('q'), FREE);
  assert.is(gen.scopeOf('q'), CELL);
});

test('cells, frees, __class__ closure, flags', () => {
  const top = apiTable();
  const [C] = top.children;
  const m = C.children[0];
  const inner = m.children[0];
  assert.is(C.needsClassClosure, true);
  assert.equal(C.cellvars(), ['__class__']);
  assert.equal(m.cellvars(), ['a']);
  assert.equal(m.freevars(), ['__class__']);
  assert.equal(inner.freevars(), ['__class__', 'a']);
  assert.is(m.scopeOf('local'), LOCAL);
  assert.is(inner.scopeOf('super'), GLOBAL_IMPLICIT);
  assert.is(m.childHasFree, true);
  assert.is(inner.hasFree, true);
  const gen = top.children[1];
  assert.is(gen.isGenerator, true);
  assert.is(gen.returnsValue, true);
  const co = top.children[2];
  assert.is(co.isCoroutine, true);
  assert.is(co.isGenerator, false);
  assert.equal([...top.symbols.keys()], ['C', 'gen', 'co']);
});

test('class-level names free in methods get DEF_FREE_CLASS', () => {
  const src = 'def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n';
  const top = buildSymtable(parseSource(src, 'fc.py'), 'fc.py');
  const C = top.children[0].children[0];
  const x = C.symbols.get('x')!;
  assert.is(x.scope, LOCAL);
  assert.ok(x.flags & DEF_FREE_CLASS);
  assert.equal(C.freevars(), ['x']);
  assert.is(top.children[0].scopeOf('x'), CELL);
});

test('lookup mangles with the block\'s class name', () => {
  const src = 'class C:\n    __x = 1\n    def m(self):\n        return __y\n';
  const top = buildSymtable(parseSource(src, 'm.py'), 'm.py');
  const C = top.children[0];
  assert.is(C.privateName, 'C');
  assert.is(C.lookup('__x')!.name, '_C__x');
  assert.is(C.children[0].lookup('__y')!.name, '_C__y');
  assert.is(top.privateName, null);
});

test('mangling', () => {
  assert.is(mangle('Foo', '__x'), '_Foo__x');
  assert.is(mangle('_Foo', '__x'), '_Foo__x');
  assert.is(mangle('__', '__x'), '__x');
  assert.is(mangle('Foo', '__x__'), '__x__');
  assert.is(mangle('Foo', '__a.b'), '__a.b');
  assert.is(mangle('Foo', '_x'), '_x');
  assert.is(mangle(null, '__x'), '__x');
  assert.is(mangle('Foo', '__'), '__');
});

test('errors carry CPython position and the line of the file named filename', () => {
  const src = 'def f():\n    x = 1\n    global x\n';
  const missing = join(tmpdir(), 'dyad-symtable-no-such-file.py');
  try {
    buildSymtable(parseSource(src, missing), missing);
    assert.unreachable('no error');
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    assert.is(e.text, null);
    assert.ok(e.locationAsAttributes);
  }
  const file = writeTemp(src);
  try {
    buildSymtable(parseSource(src, file), file);
    assert.unreachable('no error');
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    assert.is(e.type, 'SyntaxError');
    assert.is(e.msg, "name 'x' is assigned to before global declaration");
    assert.is(e.filename, file);
    assert.is(e.lineno, 3);
    assert.is(e.offset, 5);
    assert.is(e.end_lineno, 3);
    assert.is(e.end_offset, 13);
    assert.is(e.text, '    global x\n');
  }
});

test('inherited future flags: annotations not evaluated', () => {
  const src = 'x: int = 1\ndef f(a: T) -> R: pass\n';
  const plain = buildSymtable(parseSource(src, 'f.py'), 'f.py');
  assert.ok(plain.lookup('int'));
  const fut = buildSymtable(parseSource(src, 'f.py'), 'f.py', { futureFlags: CO_FUTURE_ANNOTATIONS });
  assert.is(fut.lookup('int'), undefined);
  assert.is(fut.lookup('T'), undefined);
  assert.ok(fut.table.futureFlags & CO_FUTURE_ANNOTATIONS);
  assert.is(fut.lookup('x')!.isAnnotated(), true);
});

test('global in a function marks the module symbol', () => {
  const src = 'def f():\n    global g\n';
  const top = buildSymtable(parseSource(src, 'g.py'), 'g.py');
  assert.is(top.scopeOf('g'), GLOBAL_EXPLICIT);
});

test.run();
