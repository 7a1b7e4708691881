# bytes and bytearray have no nb_add in CPython: another buffer type's Python __radd__ answers
# before the concatenation; NotImplemented in a boolean context warns (DeprecationWarning).
import warnings


class MyBytes(bytes):
    def __radd__(self, other):
        return 'MyBytes.__radd__'


class MyArray(bytearray):
    def __radd__(self, other):
        return 'MyArray.__radd__'


class Declines(bytes):
    def __radd__(self, other):
        print('  Declines.__radd__ called')
        return NotImplemented


print(b'a' + MyBytes(b'b'))
print(bytearray(b'a') + MyBytes(b'b'))
print(b'a' + MyArray(b'b'))
print(bytearray(b'a') + MyArray(b'b'))
print(b'a' + Declines(b'b'))
print(bytearray(b'a') + Declines(b'b'))
print(MyBytes(b'x') + b'y', type(MyBytes(b'x') + b'y').__name__)
print(b'a' + memoryview(b'b'), bytearray(b'a') + b'b')

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(bool(NotImplemented), not NotImplemented)
    if NotImplemented:
        print('truthy')
for w in caught:
    print(w.category.__name__, w.message)
