// String literals and f-strings (grammar/strings.ts, grammar/fstrings.ts) against CPython 3.11.
// Expected results come from tools/gen-string-fixtures.py (spec/fixtures/strings.json).
//
// The unit suite feeds the fixture's STRING tokens to parseStrings with a stub expression
// parser (names, ints, +, commas, parentheses: enough to check where field expressions are
// placed). The end-to-end suite runs whole snippets through grammar/index.ts parse() when
// that exists.
import { test, suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { parseStrings } from '../grammar/strings.js';
import { lookupUnicodeName } from '../grammar/unicode-names.js';
import { PySyntaxError } from '../grammar/errors.js';
import { dumpAst } from '../src/ast/dump.js';
import { readFixture } from './helpers/paths.js';
const fixture = readFixture('strings.json');
function mkTok(f) {
    return { ...f, startOffset: 0, endOffset: 0, tokenType: undefined, tokenTypeIdx: 0 };
}
function utf8(s) {
    return Buffer.byteLength(s, 'utf8');
}
/** Tokens of '(' + text + ')' placed as CPython places f-string expression tokens. */
function stubTokens(text, lineno, colOffset) {
    const src = '(' + text + ')';
    const out = [];
    const lines = src.split('\n');
    for (let k = 0; k < lines.length; k++) {
        const line = lines[k];
        const shift = k === 0 ? colOffset : 0;
        const re = /\s*([A-Za-z_][A-Za-z_0-9]*|[0-9]+|[()+,])/y;
        let m;
        let at = 0;
        while ((m = re.exec(line)) !== null) {
            at = re.lastIndex;
            const start = m.index + m[0].length - m[1].length;
            const col = utf8(line.slice(0, start)) + shift;
            const kind = /^[A-Za-z_]/.test(m[1]) ? 'name' : /^[0-9]/.test(m[1]) ? 'num' : 'op';
            out.push({ kind, text: m[1], line: lineno + k, col, endCol: col + utf8(m[1]) });
        }
        if (/\S/.test(line.slice(at)))
            throw new Error(`stub tokenizer: cannot read ${JSON.stringify(line)}`);
    }
    return out;
}
function stubParse(text, lineno, colOffset) {
    const toks = stubTokens(text, lineno, colOffset);
    let i = 0;
    const peek = (s) => i < toks.length && toks[i].text === s;
    const pos = (a, b) => ({ lineno: a.line, col_offset: a.col, end_lineno: b.line, end_col_offset: b.endCol });
    const npos = (a, b) => ({ lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset });
    function atom() {
        const t = toks[i++];
        if (t.kind === 'name')
            return { _type: 'Name', id: t.text, ctx: 'Load', ...pos(t, t) };
        if (t.kind === 'num')
            return { _type: 'Constant', value: BigInt(t.text), kind: null, ...pos(t, t) };
        if (t.text === '(') {
            if (peek(')'))
                return { _type: 'Tuple', elts: [], ctx: 'Load', ...pos(t, toks[i++]) };
            const first = sum();
            if (peek(')')) {
                i++;
                return first;
            }
            const elts = [first];
            while (peek(',')) {
                i++;
                if (peek(')'))
                    break;
                elts.push(sum());
            }
            if (!peek(')'))
                throw new Error('stub parser: expected )');
            return { _type: 'Tuple', elts, ctx: 'Load', ...pos(t, toks[i++]) };
        }
        throw new Error(`stub parser: unexpected ${t.text}`);
    }
    function sum() {
        let left = atom();
        while (peek('+')) {
            i++;
            const right = atom();
            left = { _type: 'BinOp', left, op: 'Add', right, ...npos(left, right) };
        }
        return left;
    }
    const e = atom();
    if (i !== toks.length)
        throw new Error('stub parser: trailing tokens');
    return e;
}
function stubEnv(toks, rec) {
    return {
        filename: '<s>',
        parseFStringExpr: stubParse,
        syntaxError(msg, at) {
            rec.at = at === null ? 'next' : toks.indexOf(at);
            return new PySyntaxError('SyntaxError', msg, '<s>', 0, 0, null);
        },
        warn(msg, tok) {
            rec.warnings.push({ msg, lineno: tok.startLine });
        },
    };
}
// ---------------------------------------------------------------- unit suite
const unit = suite('strings: tokens → AST (stub expression parser)');
for (const c of fixture.cases) {
    if (c.full)
        continue;
    unit(JSON.stringify(c.src).slice(0, 70), () => {
        const toks = c.toks.map(mkTok);
        const rec = { at: null, warnings: [] };
        const env = stubEnv(toks, rec);
        if (c.error) {
            let err = null;
            try {
                parseStrings(toks, env);
            }
            catch (e) {
                err = e;
            }
            assert.ok(err instanceof PySyntaxError, `expected SyntaxError ${c.error.msg}, got ${String(err)}`);
            assert.is(err.msg, c.error.msg);
            assert.is(rec.at, c.error.at, 'blamed token');
        }
        else {
            const node = parseStrings(toks, env);
            assert.is(dumpAst(node, { includeAttributes: true }), c.dump);
        }
        assert.equal(rec.warnings, c.warnings, 'warnings');
    });
}
unit('without syntaxError/warn hooks', () => {
    const toks = [mkTok({ image: "b'\\d'", startLine: 1, startColumn: 4, endLine: 1, endColumn: 9 }), mkTok({ image: "'x'", startLine: 1, startColumn: 10, endLine: 1, endColumn: 13 })];
    try {
        parseStrings(toks, { filename: 'f.py', parseFStringExpr: stubParse });
        assert.unreachable();
    }
    catch (e) {
        assert.ok(e instanceof PySyntaxError);
        assert.is(e.msg, 'cannot mix bytes and nonbytes literals');
        assert.is(e.filename, 'f.py');
        assert.is(e.lineno, 1);
    }
});
unit('node shapes: one hidden class per kind', () => {
    const a = parseStrings([mkTok({ image: "'a'", startLine: 1, startColumn: 0, endLine: 1, endColumn: 3 })], stubEnv([], { at: null, warnings: [] }));
    const b = parseStrings([mkTok({ image: "u'\\n'", startLine: 1, startColumn: 0, endLine: 1, endColumn: 5 })], stubEnv([], { at: null, warnings: [] }));
    assert.equal(Object.keys(a), ['_type', 'value', 'kind', 'lineno', 'col_offset', 'end_lineno', 'end_col_offset']);
    assert.equal(Object.keys(b), Object.keys(a));
    const f = parseStrings([mkTok({ image: "f'{x:y}'", startLine: 1, startColumn: 0, endLine: 1, endColumn: 8 })], stubEnv([], { at: null, warnings: [] }));
    assert.equal(Object.keys(f), ['_type', 'values', 'lineno', 'col_offset', 'end_lineno', 'end_col_offset']);
    assert.equal(Object.keys(f.values[0]), ['_type', 'value', 'conversion', 'format_spec', 'lineno', 'col_offset', 'end_lineno', 'end_col_offset']);
});
unit.run();
// ---------------------------------------------------------------- \N{NAME}
test('\\N{NAME}: lookups agree with CPython', () => {
    const bad = [];
    for (const [name, cp] of fixture.names) {
        const got = lookupUnicodeName(name);
        if (got !== cp)
            bad.push(`${JSON.stringify(name)}: ${got} != ${cp}`);
    }
    assert.equal(bad, []);
});
test.run();
// ---------------------------------------------------------------- with the real tokenizer
const tokenizerJs = new URL('../grammar/tokenizer.js', import.meta.url);
if (existsSync(tokenizerJs)) {
    const { tokenize } = (await import(tokenizerJs.href));
    const withTok = suite('strings: tokens from grammar/tokenizer.ts (stub expression parser)');
    for (const c of fixture.cases) {
        if (c.full || c.error)
            continue;
        withTok(JSON.stringify(c.src).slice(0, 70), () => {
            const all = tokenize(c.src);
            const first = all.findIndex((t) => t.tokenType.name === 'String');
            let end = first;
            while (end < all.length && all[end].tokenType.name === 'String')
                end++;
            const toks = all.slice(first, end);
            assert.is(toks.length, c.toks.length, 'string tokens');
            const node = parseStrings(toks, stubEnv(toks, { at: null, warnings: [] }));
            assert.is(dumpAst(node, { includeAttributes: true }), c.dump);
        });
    }
    withTok.run();
}
// ---------------------------------------------------------------- end to end
const indexJs = new URL('../grammar/index.js', import.meta.url);
if (existsSync(indexJs)) {
    const mod = (await import(indexJs.href));
    if (typeof mod.parse === 'function') {
        const parse = mod.parse;
        const e2e = suite('strings: end to end through parse()');
        for (const c of fixture.cases) {
            e2e(JSON.stringify(c.src).slice(0, 70), () => {
                if (c.error) {
                    try {
                        parse(c.src, '<s>', 'exec');
                    }
                    catch (e) {
                        assert.ok(e instanceof PySyntaxError, String(e));
                        assert.is(e.msg, c.error.msg);
                        assert.equal([e.lineno, e.offset], [c.error.lineno, c.error.offset], 'error position');
                        return;
                    }
                    assert.unreachable(`expected SyntaxError ${c.error.msg}`);
                }
                else {
                    assert.is(dumpAst(parse(c.src, '<s>', 'exec'), { includeAttributes: true }), c.module);
                }
            });
        }
        e2e.run();
    }
}
//# sourceMappingURL=strings.test.js.map