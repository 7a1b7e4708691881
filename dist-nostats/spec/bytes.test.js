// bytes and bytearray against CPython (spec/fixtures/bytes.json, from tools/gen-str-fixtures.py).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { setup, runFixture } from './helpers/str-cases.js';
setup();
function check(filter, label) {
    const { total, failures } = runFixture('bytes.json', (c) => filter(c[0], c[1]));
    assert.ok(total > 0, `no ${label} cases`);
    assert.equal(failures.slice(0, 25), [], `${failures.length} of ${total} ${label} cases differ from CPython`);
}
const isDecode = (op) => op === 'm:decode';
test('bytes/bytearray methods', () => check((op) => (op.startsWith('m:') || op.startsWith('static:')) && !isDecode(op), 'method'));
test('decoding (utf-8, ascii, latin-1, utf-16, utf-32, error handlers)', () => check(isDecode, 'decode'));
test('slots: indexing, comparisons, +, *, in, iteration', () => check((op) => !op.includes(':') || op.startsWith('cmp:'), 'slot'));
test('constructors', () => check((op) => op.startsWith('new:'), 'constructor'));
test('bytearray mutation', () => check((op) => op.startsWith('mut:') || ['setitem', 'delitem', 'iadd', 'imul'].includes(op), 'mutation'));
test.run();
//# sourceMappingURL=bytes.test.js.map