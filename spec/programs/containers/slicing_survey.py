a = list(range(10))
print(a[::-1], a[-3:], a[:-3], a[2:8:3], a[8:2:-2], a[-1:-5:-1], a[100:], a[-100:2], a[::0] if False else "")
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [7, 8, 9]
print(b)
b[::2] = range(len(b[::2]))
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del b[::3]
print(b)
del b[-2:]
print(b)
b[len(b):] = "ab"
print(b)
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4), a[s])
print(repr(slice(3)), slice(1, 2) == slice(1, 2), "hello"[slice(1, 4)])
t = tuple(range(6))
print(t[1::2], t[::-2], "abcdef"[::-1], "abcdef"[-2::-2], b"abcdef"[1:5:2], bytearray(b"xyz")[::-1])
class Seq:
    def __getitem__(self, k):
        return k
sq = Seq()
print(sq[1:2], sq[::], sq[1:2, 3], sq[...], sq[:, 1])
c = [1, 2, 3]
c[5:] = [9]
print(c)
c[-10:1] = [0]
print(c)
ba = bytearray(b"0123456789")
ba[::3] = b"abcd"
print(ba)
del ba[1::2]
print(ba)
l = [0] * 5
l[1:4] = l
print(l)
x = list(range(5))
x[3:1] = ["ins"]
print(x)
try:
    x[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
print(a[True:], a[slice(None, None, -3)], list(reversed(a))[1:3])
import sys
print(a[-sys.maxsize:sys.maxsize:3], (1, 2, 3)[5:], "abc"[10:20] == "")
try:
    a["x":]
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[1.5]
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __index__(self): return 2
print(a[Idx():5], a[Idx()], "hello"[Idx():])
