# Slicing of user sequences: __getitem__/__setitem__/__delitem__ with slice objects, slice.indices.
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self.data))
            return Seq(self.data[i] for i in range(start, stop, step))
        if isinstance(key, tuple):
            return [self[k] for k in key]
        if not isinstance(key, int):
            raise TypeError(f'Seq indices must be integers or slices, not {type(key).__name__}')
        if key < 0:
            key += len(self.data)
        if not 0 <= key < len(self.data):
            raise IndexError('Seq index out of range')
        return self.data[key]
    def __setitem__(self, key, value):
        if isinstance(key, slice):
            self.data[key] = value
        else:
            self.data[key] = value
    def __delitem__(self, key):
        del self.data[key]
    def __repr__(self):
        return f'Seq({self.data})'
    def __eq__(self, other):
        return isinstance(other, Seq) and self.data == other.data

s = Seq(range(10))
print(s[2:5], s[::3], s[::-1], s[-3:], s[100:], s[-100:2], s[5:2], s[5:2:-1])
print(s[1, 3, -1], s[slice(2, None)], s[slice(None, None, -4)])
for bad in ['a', 1.5, None]:
    try:
        s[bad]
    except TypeError as e:
        print('TypeError', e)
try:
    s[10]
except IndexError as e:
    print('IndexError', e)
try:
    s[::0]
except ValueError as e:
    print('ValueError', e)
print(list(s)[:3], 3 in s, 42 in s, list(reversed(s))[:2])

s[1:3] = ['a', 'b', 'c']
print(s)
s[::4] = ['X'] * len(range(*slice(None, None, 4).indices(len(s))))
print(s)
try:
    s[::2] = [1]
except ValueError as e:
    print('ValueError', e)
del s[::3]
print(s)
del s[-1]
print(s, len(s))

for sl in [slice(None), slice(2, 8, 2), slice(-1, -8, -3), slice(None, None, -1), slice(10, -10, -1),
           slice(-20, 20), slice(3, 3), slice(0, 5, 10), slice(None, 3, -1), slice(5, None, -2)]:
    print(sl, sl.indices(6), sl.indices(0), list(range(6))[sl])

for args in [(None, None, 0), ('a', 1, 1), (1, 2, 1.5)]:
    try:
        print(slice(*args).indices(5))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print('ValueError', e)

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(list(range(10))[Idx(2):Idx(8):Idx(3)], 'abcdef'[Idx(-2):], slice(Idx(1), Idx(4)).indices(10))

class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[:], r[::], r[1:2:3], r[:, 1], r[..., 1:], r[1:2, ::-1], r['a':'b'])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
except TypeError as e:
    print('TypeError', e)
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step)
try:
    sl.start = 3
except AttributeError as e:
    print('AttributeError', e)

class Tup(tuple):
    def __getitem__(self, key):
        res = super().__getitem__(key)
        return Tup(res) if isinstance(key, slice) else res
t = Tup((1, 2, 3, 4))
print(type(t[1:]).__name__, t[1:], t[0], type(t + t).__name__)

text = 'hello world'
print(text[::-1], text[-5:], text[:-6], text[1:10:2], text[100:], text[-100:3])
b = bytearray(b'abcdef')
b[1:3] = b'XYZ'; print(b)
b[::2] = b'1234'; print(b)
del b[1::2]; print(b)
m = memoryview(b'abcdef')
print(m[1:4].tobytes(), m[::-1].tobytes(), m[::2].tolist())
lst = list(range(8))
lst[2:6] = []; print(lst)
lst[:0] = [-1]; print(lst)
lst[len(lst):] = [99]; print(lst)
lst[::-2] = [0] * len(lst[::-2]); print(lst)
