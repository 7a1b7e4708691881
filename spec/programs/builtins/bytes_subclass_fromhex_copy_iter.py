# bytes/bytearray details: fromhex on a subclass calls the subclass; a bytearray subclass keeps
# its contents through copy/deepcopy (__reduce_ex__); an exhausted bytearray iterator stays
# exhausted; bytes(list) follows a list changed by an item's __index__; bytearray item
# assignment converts the value before checking the index.
import copy

class Tagged(bytearray):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = 'init ran'

class Frozen(bytes):
    def __new__(cls, value):
        self = super().__new__(cls, value)
        self.extra = len(value)
        return self

t = Tagged.fromhex('61 62 63')
print(type(t).__name__, t, t.tag)
f = Frozen.fromhex('0a0B')
print(type(f).__name__, f, f.extra)
print(type(bytes.fromhex('ff')).__name__, type(bytearray.fromhex('ff')).__name__)

class Buf(bytearray):
    pass

b = Buf(b'data')
b.note = [1, 2]
for fn in (copy.copy, copy.deepcopy):
    c = fn(b)
    print(fn.__name__, type(c).__name__, c, c == b, c.note, c.note is b.note)
print(bytearray(b'xy').__reduce__())
print(bytearray(b'xy').__reduce_ex__(2), bytearray(b'xy').__reduce_ex__(4))
print(b.__reduce_ex__(3))

class Slotted(bytearray):
    __slots__ = ('s',)
s = Slotted(b'q')
s.s = 5
s2 = copy.copy(s)
print(s2, s2.s)

a = bytearray(b'\x01\x02')
done = iter(a)
half = iter(a)
for _ in done:
    next(half)
a.append(9)
print(list(done), list(half))

class Shrink:
    def __index__(self):
        items.clear()
        return 65
items = [Shrink(), Shrink(), Shrink()]
print(bytes(items))
class Grow:
    def __index__(self):
        if len(items) < 4:
            items.append(self)
        return 66
items = [7, Grow()]
print(bytes(items), bytearray([Grow()]))

# bytearray item assignment converts the value before checking the index: a value whose
# __index__ empties the bytearray makes the index out of range
class Emptier:
    def __index__(self):
        target.clear()
        return 1
target = bytearray(b'abc')
try:
    target[0] = Emptier()
    print('assigned', target)
except IndexError as e:
    print('IndexError', e, target)
target = bytearray(b'abc')
target[-1] = 0x21
print(target)
