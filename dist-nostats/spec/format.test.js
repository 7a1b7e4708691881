// Formatting against CPython (spec/fixtures/format.json, from tools/gen-str-fixtures.py):
// printf-style % for str and bytes, str.format / format_map, format(str, spec), and the
// format-spec helpers (parseFormatSpec, formatNumber, groupDigits, formatFloat).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { setup, runFixture } from './helpers/str-cases.js';
import { groupDigits, parseFormatSpec } from '../src/objects/format-spec.js';
setup();
function check(filter, label) {
    const { total, failures } = runFixture('format.json', (c) => filter(c[0], c[1]));
    assert.ok(total > 0, `no ${label} cases`);
    assert.equal(failures.slice(0, 25), [], `${failures.length} of ${total} ${label} cases differ from CPython`);
}
const isBytes = (v) => typeof v === 'object' && v !== null && ('bytes' in v || 'bytearray' in v);
test('str % args', () => check((op, a) => op === 'mod' && !isBytes(a[0]) && !JSON.stringify(a).includes('"obj"'), 'str %'));
test('bytes % args', () => check((op, a) => op === 'mod' && isBytes(a[0]), 'bytes %'));
test('str.format and format_map', () => check((op) => op === 'm:format' || op === 'm:format_map' || op === 'm:__format__', 'str.format'));
test('format(str, spec)', () => check((op) => op === 'format', 'format()'));
test('format-spec helpers on ints and floats', () => check((op) => op === 'intfmt' || op === 'floatfmt', 'number spec'));
test('formatFloat against %-formatting', () => check((op) => op === 'fmtfloat', 'formatFloat'));
test('objects with __index__, __int__, __float__, __bytes__', () => check((_op, a) => JSON.stringify(a).includes('"obj"'), 'protocol'));
test('groupDigits and parseFormatSpec fields', () => {
    assert.is(groupDigits('1234', ',', 3, 12), '0,000,001,234');
    assert.is(groupDigits('1234567', '_', 4), '123_4567');
    const s = parseFormatSpec('*^+#012,.3f', 'float');
    assert.equal([s.fill, s.align, s.sign, s.alternate, s.width, s.grouping, s.precision, s.type], ['*', '^', '+', true, 12, ',', 3, 'f']);
});
test.run();
//# sourceMappingURL=format.test.js.map