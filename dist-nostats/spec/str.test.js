// str against CPython: methods, slots, constructor and errors (spec/fixtures/str.json, from
// tools/gen-str-fixtures.py), plus code-point handling and the iterator types.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { setup, runFixture } from './helpers/str-cases.js';
import { T } from '../src/objects/types.js';
import { typeOf, getIter, hashOf } from '../src/objects/protocol.js';
import { cpLength, strCompare, strNew, PyStr } from '../src/objects/str.js';
import { PyType } from '../src/objects/type.js';
import { PyDict } from '../src/objects/dict.js';
import { richCompare, binaryOp, repr } from '../src/objects/protocol.js';
import { formatValue } from '../src/objects/str-format.js';
import { percentFormat } from '../src/objects/percent-format.js';
setup();
function check(filter, label) {
    const { total, failures } = runFixture('str.json', (c) => filter(c[0]));
    assert.ok(total > 0, `no ${label} cases`);
    assert.equal(failures.slice(0, 25), [], `${failures.length} of ${total} ${label} cases differ from CPython`);
}
test('str methods', () => check((op) => op.startsWith('m:') || op.startsWith('static:'), 'method'));
test('str slots: indexing, slicing, len, iter, comparisons, +, *, in', () => check((op) => !op.startsWith('m:') && !op.startsWith('static:') && !op.startsWith('new:'), 'slot'));
test('str() constructor', () => check((op) => op.startsWith('new:'), 'constructor'));
test('code points: astral characters count once, lone surrogates too', () => {
    assert.is(cpLength('a\u{1F600}b'), 3);
    assert.is(cpLength('\ud800\u{1F600}\udc00'), 3);
    assert.ok(strCompare('\u{1F600}', '\uffff') > 0);
    assert.ok(strCompare('\ufffe', '\u{10000}') < 0);
});
test('iterator types and hash stability', () => {
    assert.is(typeOf(getIter('abc')).name, 'str_ascii_iterator');
    assert.is(typeOf(getIter('abé')).name, 'str_iterator');
    assert.is(hashOf('spam'), hashOf('sp' + 'am'));
    assert.ok(T.str.dict.getStr('__format__') !== undefined);
});
test('str subclass instances behave as their value; results are exact str', () => {
    const S = new PyType(T.type, 'S', [T.str], new PyDict());
    S.mro = [S, T.str, T.object];
    S.isHeapType = true;
    S.hasInstanceDict = true;
    S.slots = { ...T.str.slots };
    const v = strNew(S, ['Hello World'], null);
    assert.ok(v instanceof PyStr);
    assert.is(typeOf(v), S);
    const call = (self, name, ...args) => T.str.dict.getStr(name).fn(self, args, null);
    for (const [name, args] of [['upper', []], ['split', []], ['find', ['o']], ['replace', ['o', '0']], ['center', [15, '*']],
        ['__format__', ['>14']], ['encode', []], ['partition', [' ']]]) {
        assert.equal(call(v, name, ...args), call('Hello World', name, ...args), name);
    }
    assert.is(typeof call(v, 'lower'), 'string');
    assert.is(richCompare(v, 'Hello World', 2 /* CmpOp.EQ */), true);
    assert.is(hashOf(v), hashOf('Hello World'));
    assert.is(binaryOp(v, '!', 'add'), 'Hello World!');
    assert.is(repr(v), repr('Hello World'));
    assert.is(formatValue(v, '^15'), formatValue('Hello World', '^15'));
    assert.is(percentFormat('[%s]', v), '[Hello World]');
    assert.is(strNew(T.str, [v], null), 'Hello World');
});
test.run();
//# sourceMappingURL=str.test.js.map