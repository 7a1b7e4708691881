// The builtin functions (src/builtins/) and the time module (src/modules/time.ts) against
// CPython 3.11. spec/fixtures/builtins.json (tools/gen-builtins-fixtures.py) holds sessions of
// steps in a small expression language with CPython's repr() of each result or its exception;
// this test parses the same steps, evaluates them with the JS builtins on JS-built arguments
// (the generator's PRELUDE objects are rebuilt here natively), and compares.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installObjectModel } from '../src/objects/install.js';
import { T } from '../src/objects/types.js';
import { E, newException, isPyException } from '../src/objects/exception.js';
import { PyObj } from '../src/objects/object.js';
import { PyDict } from '../src/objects/dict.js';
import { PyTuple, PyList } from '../src/objects/tuple.js';
import { PyFloat } from '../src/objects/float.js';
import { None } from '../src/objects/singletons.js';
import { PyMethodDescriptor, nativeFunction } from '../src/objects/native.js';
import { PyProperty } from '../src/objects/descriptors.js';
import { typeNew } from '../src/objects/class-create.js';
import { exposeNativeSlots } from '../src/objects/slot-wrappers.js';
import { typeOf, repr, str, call, getAttr, setAttr, richCompare, isTrue, binaryOp, contains, } from '../src/objects/protocol.js';
import { asIntValue } from '../src/objects/int-type.js';
import { newBytes } from '../src/objects/bytes.js';
import { installList } from '../src/objects/list.js';
import { installTuple } from '../src/objects/tuple-type.js';
import { installDict } from '../src/objects/dict-type.js';
import { installSet } from '../src/objects/set.js';
import { installRange } from '../src/objects/range.js';
import { installSlice } from '../src/objects/slice.js';
import { installStr } from '../src/objects/str.js';
import { installBytes } from '../src/objects/bytes.js';
import { makeBuiltinFunctions, ioTypeObjects, stdStreamObjects, setStdStreams, resetStdStreams, stringLineSource, getStdout, flushAllOutput, powerOp, } from '../src/builtins/index.js';
import { BufferedOutput } from '../src/builtins/streams.js';
import { makeTimeModule } from '../src/modules/time.js';
import { readFixture } from './helpers/paths.js';
// ------------------------------------------------------------------------- object model
process.env.TZ = 'UTC'; // the fixture was made in UTC (ctime, localtime)
installObjectModel();
for (const [t, install] of [
    [T.list, installList], [T.tuple, installTuple], [T.dict, installDict], [T.set, installSet],
    [T.range, installRange], [T.slice, installSlice], [T.str, installStr], [T.bytes, installBytes],
]) {
    if (t.slots.len === undefined) {
        install();
        exposeNativeSlots(t);
    }
}
function mkclass(name, methods, bases = [], meta = T.type) {
    const ns = new PyDict();
    ns.setStr('__module__', '__main__');
    for (const m in methods) {
        const f = methods[m];
        ns.setStr(m, typeof f === 'function' ? new PyMethodDescriptor(T.object, m, (self, args) => f(self, ...args)) : f);
    }
    return typeNew(meta, name, bases, ns);
}
const num = (v) => Number(asIntValue(v));
function prelude() {
    const Meta = mkclass('Meta', {
        __instancecheck__: (_cls, inst) => isTrue(richCompare(inst, 42, 2 /* CmpOp.EQ */)),
        __subclasscheck__: (_cls, sub) => sub === T.int,
    }, [T.type]);
    const A = mkclass('A', {});
    const Fake = mkclass('Fake', { __bases__: new PyTuple([]) });
    const env = {
        nan: new PyFloat(NaN),
        inf: new PyFloat(Infinity),
        Meta,
        WithMeta: mkclass('WithMeta', {}, [], Meta),
        R: mkclass('R', { __round__: (_s, ...args) => new PyTuple(['round', ...args]) }),
        L: mkclass('L', { __len__: () => 7 }),
        BadLen: mkclass('BadLen', { __len__: () => -1 }),
        D: mkclass('D', { __dir__: () => new PyList(['b', 'a', 'c']) }),
        Idx: mkclass('Idx', { __index__: () => 10 }),
        A,
        B: mkclass('B', {}, [A]),
        Abs: mkclass('Abs', { __abs__: () => 'abs!' }),
        Fmt: mkclass('Fmt', { __format__: (_s, spec) => 'F:' + str(spec) }),
        BadFmt: mkclass('BadFmt', { __format__: () => 1 }),
        Claims: mkclass('Claims', {
            __class__: new PyProperty(T.property, nativeFunction('__class__', () => T.int), None, None, None),
        }),
        Fake,
        It: mkclass('It', {
            __init__: (self) => {
                setAttr(self, 'n', 3);
                return None;
            },
            __iter__: (self) => self,
            __next__: (self) => {
                const n = num(getAttr(self, 'n'));
                if (n === 0)
                    throw newException(E.StopIteration, []);
                setAttr(self, 'n', n - 1);
                return n - 1;
            },
        }),
        StopVal: mkclass('StopVal', { __next__: () => { throw newException(E.StopIteration, [5]); } }),
        GetItem: mkclass('GetItem', {
            __getitem__: (_s, i) => {
                if (num(i) >= 3)
                    throw newException(E.IndexError, [i]);
                return num(i) * 10;
            },
        }),
        Cmp: mkclass('Cmp', {
            __init__: (self, v) => {
                setAttr(self, 'v', v);
                return None;
            },
            __lt__: (self, o) => richCompare(getAttr(self, 'v'), getAttr(o, 'v'), 0 /* CmpOp.LT */),
            __gt__: (self, o) => richCompare(getAttr(self, 'v'), getAttr(o, 'v'), 4 /* CmpOp.GT */),
            __repr__: (self) => `Cmp(${repr(getAttr(self, 'v'))})`,
        }),
        Pw: mkclass('Pw', {
            __pow__: (_s, o, m = None) => new PyTuple(['pow', o, m]),
            __rpow__: (_s, o, m = None) => new PyTuple(['rpow', o, m]),
        }),
        mkcount: nativeFunction('mkcount', () => {
            let i = 0;
            return nativeFunction('__next__', () => {
                if (i >= 5)
                    throw newException(E.StopIteration, []);
                return ++i;
            });
        }),
        neg: nativeFunction('neg', (args) => binaryOp(0, args[0], 'sub')),
        first: nativeFunction('first', (args) => call(getAttr(args[0], '__getitem__'), [0])),
        boom: nativeFunction('boom', () => { throw newException(E.ValueError, ['boom']); }),
    };
    env.fake = call(Fake, []);
    env.a = call(A, []);
    setAttr(env.a, 'x', 1);
    env.obj = call(T.object, []);
    const io = ioTypeObjects();
    env.StringIO = io.StringIO;
    env.BytesIO = io.BytesIO;
    env.time = makeTimeModule();
    return env;
}
function baseEnv() {
    const env = { ...makeBuiltinFunctions() };
    for (const n of ['int', 'float', 'str', 'bool', 'list', 'tuple', 'dict', 'set', 'frozenset', 'object', 'type',
        'range', 'bytes', 'bytearray', 'slice', 'complex']) {
        if (T[n] !== undefined)
            env[n] = T[n];
    }
    return env;
}
function tokenize(src) {
    const out = [];
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        if (c === ' ') {
            i++;
            continue;
        }
        const numM = /^(0x[0-9a-fA-F]+|\d+\.?\d*(e[+-]?\d+)?|\.\d+)/.exec(src.slice(i));
        if (numM !== null) {
            out.push({ k: 'num', v: numM[0] });
            i += numM[0].length;
            continue;
        }
        if (c === "'" || c === '"' || (c === 'b' && (src[i + 1] === "'" || src[i + 1] === '"'))) {
            const isBytes = c === 'b';
            if (isBytes)
                i++;
            const q = src[i++];
            let s = '';
            while (src[i] !== q) {
                if (src[i] === '\\') {
                    const e = src[i + 1];
                    i += 2;
                    const simple = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
                    if (e in simple)
                        s += simple[e];
                    else if (e === 'x') {
                        s += String.fromCharCode(parseInt(src.slice(i, i + 2), 16));
                        i += 2;
                    }
                    else if (e === 'u') {
                        s += String.fromCharCode(parseInt(src.slice(i, i + 4), 16));
                        i += 4;
                    }
                    else if (e === 'U') {
                        s += String.fromCodePoint(parseInt(src.slice(i, i + 8), 16));
                        i += 8;
                    }
                    else
                        throw new Error(`escape \\${e}`);
                }
                else
                    s += src[i++];
            }
            i++;
            out.push({ k: isBytes ? 'bytes' : 'str', v: s });
            continue;
        }
        const nameM = /^[A-Za-z_][A-Za-z_0-9]*/.exec(src.slice(i));
        if (nameM !== null) {
            out.push({ k: 'name', v: nameM[0] });
            i += nameM[0].length;
            continue;
        }
        const op = ['**', '==', '!=', '<=', '>=', '(', ')', '[', ']', '{', '}', ',', ':', '.', '=', '<', '>', '-', '+', '*']
            .find((o) => src.startsWith(o, i));
        if (op === undefined)
            throw new Error(`cannot tokenize ${JSON.stringify(src.slice(i))}`);
        out.push({ k: 'op', v: op });
        i += op.length;
    }
    return out;
}
function literalInt(text) {
    const b = BigInt(text);
    return b >= -BigInt(Number.MAX_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}
/** Evaluates one expression of the step language in `env`. */
function evaluate(src, env) {
    const toks = tokenize(src);
    let p = 0;
    const peek = (v) => p < toks.length && toks[p].k === 'op' && toks[p].v === v;
    const peekName = (v) => p < toks.length && toks[p].k === 'name' && toks[p].v === v;
    const expect = (v) => {
        if (!peek(v))
            throw new Error(`expected ${v} in ${src}`);
        p++;
    };
    function comparison() {
        let left = additive();
        for (;;) {
            if (peek('==') || peek('!=') || peek('<') || peek('>') || peek('<=') || peek('>=')) {
                const op = toks[p++].v;
                const ops = { '==': 2 /* CmpOp.EQ */, '!=': 3 /* CmpOp.NE */, '<': 0 /* CmpOp.LT */, '>': 4 /* CmpOp.GT */, '<=': 1 /* CmpOp.LE */, '>=': 5 /* CmpOp.GE */ };
                left = richCompare(left, additive(), ops[op]);
            }
            else if (peekName('is')) {
                p++;
                const right = additive();
                left = left === right;
            }
            else if (peekName('in')) {
                p++;
                left = contains(additive(), left);
            }
            else
                return left;
        }
    }
    function additive() {
        let left = multiplicative();
        while (peek('+') || peek('-')) {
            const op = toks[p++].v;
            left = binaryOp(left, multiplicative(), op === '+' ? 'add' : 'sub');
        }
        return left;
    }
    function multiplicative() {
        let left = unary();
        while (peek('*')) {
            p++;
            left = binaryOp(left, unary(), 'mul');
        }
        return left;
    }
    function unary() {
        if (peek('-')) {
            p++;
            const v = unary();
            return typeOf(v).slots.neg(v);
        }
        return power();
    }
    function power() {
        const base = postfix();
        if (peek('**')) {
            p++;
            return powerOp(base, unary());
        }
        return base;
    }
    function postfix() {
        let v = atom();
        for (;;) {
            if (peek('(')) {
                p++;
                const args = [];
                const kwnames = [];
                const kwvalues = [];
                while (!peek(')')) {
                    if (toks[p].k === 'name' && toks[p + 1]?.k === 'op' && toks[p + 1].v === '=') {
                        kwnames.push(toks[p].v);
                        p += 2;
                        kwvalues.push(comparison());
                    }
                    else
                        args.push(comparison());
                    if (!peek(')'))
                        expect(',');
                }
                p++;
                v = call(v, [...args, ...kwvalues], kwnames.length ? kwnames : null);
            }
            else if (peek('.')) {
                p++;
                v = getAttr(v, toks[p++].v);
            }
            else if (peek('[')) {
                p++;
                let key;
                if (peek(':')) {
                    p++;
                    key = call(T.slice, [None, peek(']') ? None : comparison()]);
                }
                else
                    key = comparison();
                expect(']');
                v = typeOf(v).slots.getitem(v, key);
            }
            else
                return v;
        }
    }
    function sequence(close) {
        const items = [];
        while (!peek(close)) {
            items.push(comparison());
            if (!peek(close))
                expect(',');
        }
        p++;
        return items;
    }
    function atom() {
        const t = toks[p++];
        switch (t.k) {
            case 'num':
                return /[.e]/.test(t.v) && !t.v.startsWith('0x') ? new PyFloat(Number(t.v)) : literalInt(t.v);
            case 'str':
                return t.v;
            case 'bytes':
                return newBytes(Uint8Array.from(t.v, (c) => c.charCodeAt(0)));
            case 'name':
                if (t.v === 'None')
                    return None;
                if (t.v === 'True')
                    return true;
                if (t.v === 'False')
                    return false;
                if (!(t.v in env))
                    throw new Error(`unknown name ${t.v} in ${src}`);
                return env[t.v];
            case 'op':
                if (t.v === '(') {
                    if (peek(')')) {
                        p++;
                        return new PyTuple([]);
                    }
                    const first = comparison();
                    if (peek(')')) {
                        p++;
                        return first;
                    }
                    expect(',');
                    return new PyTuple([first, ...sequence(')')]);
                }
                if (t.v === '[')
                    return new PyList(sequence(']'));
                if (t.v === '{') {
                    const d = new PyDict();
                    while (!peek('}')) {
                        const k = comparison();
                        expect(':');
                        d.set(k, comparison());
                        if (!peek('}'))
                            expect(',');
                    }
                    p++;
                    return d;
                }
        }
        throw new Error(`unexpected ${t.v} in ${src}`);
    }
    const r = comparison();
    if (p !== toks.length)
        throw new Error(`trailing tokens in ${src}`);
    return r;
}
const fixture = readFixture('builtins.json');
function describe(e) {
    if (isPyException(e)) {
        const n = typeOf(e).name;
        return [n.slice(n.lastIndexOf('.') + 1), str(e)];
    }
    throw e;
}
function runSession(s) {
    const env = { ...baseEnv(), ...prelude() };
    const failures = [];
    let captured = '';
    let capturedErr = '';
    const cwd = process.cwd();
    let dir = null;
    if (s.options.capture) {
        setStdStreams({ stdout: { write: (t) => { captured += t; } }, stderr: { write: (t) => { capturedErr += t; } } });
        env.out = nativeFunction('out', () => {
            getStdout().flush();
            const v = captured;
            captured = '';
            return v;
        });
        env.err = nativeFunction('err', () => {
            const v = capturedErr;
            capturedErr = '';
            return v;
        });
    }
    if (s.options.stdin !== undefined)
        setStdStreams({ stdin: stringLineSource(s.options.stdin) });
    const std = stdStreamObjects();
    env.stdout = std.stdout;
    env.stderr = std.stderr;
    env.stdin = std.stdin;
    if (s.options.tmp) {
        dir = mkdtempSync(join(tmpdir(), 'dyad-builtins-'));
        process.chdir(dir);
    }
    try {
        for (const step of s.steps) {
            let got;
            const m = /^([A-Za-z_]\w*) = (.*)$/.exec(step.src);
            try {
                if (m !== null) {
                    env[m[1]] = evaluate(m[2], env);
                    got = 'assign';
                }
                else
                    got = 'ok ' + repr(evaluate(step.src, env));
            }
            catch (e) {
                got = 'error ' + JSON.stringify(describe(e));
            }
            const want = step.assign ? 'assign' : step.error ? 'error ' + JSON.stringify(step.error) : 'ok ' + step.ok;
            if (got !== want)
                failures.push(`[${s.name}] ${step.src}\n    want ${want}\n    got  ${got}`);
        }
    }
    finally {
        if (dir !== null) {
            process.chdir(cwd);
            rmSync(dir, { recursive: true, force: true });
        }
        resetStdStreams();
    }
    return failures;
}
for (const s of fixture.sessions) {
    test(`builtins: ${s.name} (${s.steps.length} steps) match CPython`, () => {
        const failures = runSession(s);
        assert.is(failures.length, 0, `${failures.length} mismatches:\n${failures.slice(0, 12).join('\n')}`);
    });
}
// ------------------------------------------------------------------------- output buffering
test('buffered output: one sink write per block, flush on demand, line buffering', () => {
    const writes = [];
    const out = new BufferedOutput({ write: (t) => writes.push(t) }, false, 16);
    out.write('hello ');
    out.write('world');
    assert.equal(writes, []);
    out.write(' and more');
    assert.equal(writes, ['hello world and more']);
    out.write('tail');
    out.flush();
    out.flush();
    assert.equal(writes, ['hello world and more', 'tail']);
    const lines = [];
    const lb = new BufferedOutput({ write: (t) => lines.push(t) }, true);
    lb.write('a');
    lb.write('b\nc');
    assert.equal(lines, ['ab\nc']);
});
test('print to the default stdout: many prints, few sink writes; partial line kept on error', () => {
    const writes = [];
    setStdStreams({ stdout: { write: (t) => writes.push(t) } });
    try {
        const b = makeBuiltinFunctions();
        for (let i = 0; i < 1000; i++)
            call(b.print, [i, 'x']);
        assert.is(writes.length, 0, 'nothing written before a flush or a full block');
        const Bad = mkclass('Bad', { __str__: () => { throw newException(E.ValueError, ['no str']); } });
        let raised = false;
        try {
            call(b.print, [1, 2, call(Bad, [])]);
        }
        catch (e) {
            raised = isPyException(e) && typeOf(e) === E.ValueError;
        }
        assert.ok(raised);
        getStdout().flush();
        const text = writes.join('');
        assert.ok(text.startsWith('0 x\n1 x\n'));
        assert.ok(text.endsWith('999 x\n1 2 '), 'CPython writes the pieces before the failing one');
    }
    finally {
        resetStdStreams();
    }
});
test('open files are flushed by flushAllOutput (exit) and written in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-flush-'));
    try {
        const b = makeBuiltinFunctions();
        const path = join(dir, 'out.txt');
        const f = call(b.open, [path, 'w']);
        const write = getAttr(f, 'write');
        for (let i = 0; i < 3; i++)
            call(write, [`line ${i}\n`]);
        assert.is(readFileSync(path, 'utf8'), '', 'buffered until flushed');
        flushAllOutput();
        assert.is(readFileSync(path, 'utf8'), 'line 0\nline 1\nline 2\n');
        call(getAttr(f, 'close'), []);
        writeFileSync(join(dir, 'in.txt'), 'x\r\ny');
        const g = call(b.open, [join(dir, 'in.txt')]);
        assert.equal(call(getAttr(g, 'readlines'), []).items, ['x\n', 'y']);
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
test('the fixture covers every builtin function this module provides', () => {
    const names = Object.keys(makeBuiltinFunctions());
    const text = JSON.stringify(fixture);
    const missing = names.filter((n) => !text.includes(`${n}(`));
    assert.equal(missing, []);
    assert.ok(PyObj !== undefined);
});
test.run();
//# sourceMappingURL=builtins.test.js.map