// Object model core: bootstrap invariants, C3 MRO, dict key semantics and versions.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bootstrapTypes } from '../src/objects/bootstrap.js';
import { T } from '../src/objects/types.js';
import { E } from '../src/objects/exception.js';
import { PyType, c3Mro } from '../src/objects/type.js';
import { PyDict } from '../src/objects/dict.js';
import { PyFloat } from '../src/objects/float.js';
import { typeOf } from '../src/objects/protocol.js';
bootstrapTypes();
test('type(type) is type, type(object) is type, bool <: int', () => {
    assert.is(typeOf(T.type), T.type);
    assert.is(typeOf(T.object), T.type);
    assert.is(typeOf(T.dict.dict), T.dict);
    assert.ok(T.bool.isSubtype(T.int));
    assert.equal(E.ExceptionGroup.mro.map((t) => t.name), ['ExceptionGroup', 'BaseExceptionGroup', 'Exception', 'BaseException', 'object']);
    assert.equal(E.UnboundLocalError.mro.map((t) => t.name), ['UnboundLocalError', 'NameError', 'Exception', 'BaseException', 'object']);
});
test('C3 MRO: diamond, and an inconsistent order is refused', () => {
    const mk = (name, bases) => {
        const t = new PyType(null, name, bases.length ? bases : [T.object], new PyDict());
        t.mro = c3Mro(t);
        return t;
    };
    const A = mk('A', []);
    const B = mk('B', [A]);
    const C = mk('C', [A]);
    const D = mk('D', [B, C]);
    assert.equal(D.mro.map((t) => t.name), ['D', 'B', 'C', 'A', 'object']);
    const bad = new PyType(null, 'X', [A, B], new PyDict());
    assert.is(c3Mro(bad), null);
});
test('dict: 1, 1.0 and True are one key; insertion order; keys-version', () => {
    const d = new PyDict();
    d.set(1, 'a');
    const v0 = d.keysVersion;
    d.set(new PyFloat(1.0), 'b');
    d.set(true, 'c');
    assert.is(d.size, 1);
    assert.is(d.get(1), 'c');
    assert.is(d.keysVersion, v0, 'rebinding a value keeps the keys-version');
    d.set('x', 1);
    d.set('y', 2);
    assert.ok(d.keysVersion !== v0);
    d.delete('x');
    d.set('x', 3);
    assert.equal([...d.entries()].map(([k]) => k), [1, 'y', 'x']);
    assert.is(d.get('1'), undefined, "'1' and 1 are different keys");
    for (let i = 0; i < 100; i++)
        d.set(i, i);
    for (let i = 0; i < 90; i++)
        d.delete(i);
    assert.is(d.size, 12);
    assert.is(d.get(95), 95);
});
test.run();
//# sourceMappingURL=objects.test.js.map