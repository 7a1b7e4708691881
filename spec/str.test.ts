// str against CPython: methods, slots, constructor and errors (spec/fixtures/str.json, from
// tools/gen-str-fixtures.py), plus code-point handling and the iterator types.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { setup, runFixture } from './helpers/str-cases.js';
import { T } from '../src/objects/types.js';
import { typeOf, getIter, hashOf } from '../src/objects/protocol.js';
import { cpLength, strCompare } from '../src/objects/str.js';

setup();

function check(filter: (op: string) => boolean, label: string): void {
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

test.run();
