# Item assignment/deletion on types without a mapping slot: CPython's PyObject_DelItem says
# "does not support item deletion" unless the type has sequence slots and the key is an index
# (then PySequence_DelItem: "doesn't", and a huge index is IndexError "cannot fit").
class C: pass
class D:
    def __getitem__(self, i): return 1
class E:
    def __len__(self): return 1
for x in ['abc', (1,), b'a', range(3), 1, None, {1}, frozenset(), 1.5, C(), D(), E(), C, len, 2j]:
    for k in [0, 'a', slice(1), 10**30, True, None, 1.5]:
        try:
            del x[k]
        except Exception as e:
            print(type(x).__name__, repr(k), 'del', type(e).__name__, e)
        try:
            x[k] = 1
        except Exception as e:
            print(type(x).__name__, repr(k), 'set', type(e).__name__, e)

# bytearray: assigning an empty value to an extended slice deletes it.
for v in [(), b'', [], bytearray(), iter([])]:
    x = bytearray(b'abcdef'); x[::2] = v; print(x)
    x = bytearray(b'abcdef'); x[::-3] = v; print(x)
for v in [b'z', [1, 2, 3, 4], (7,)]:
    try:
        x = bytearray(b'abcdef'); x[::2] = v; print(x)
    except ValueError as e:
        print('ValueError', e)

# A builtin function's __module__ is writable.
import math
f = math.floor
print(f.__module__)
f.__module__ = 'elsewhere'; print(f.__module__)
del f.__module__; print(f.__module__)
