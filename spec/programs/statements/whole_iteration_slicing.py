class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("  __iter__ called")
        return CountdownIter(self.n)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
    def __length_hint__(self):
        return self.n

c = Countdown(3)
print(list(c), list(c), sum(c), [x * 2 for x in c], 2 in c, sorted(c), tuple(c))
it = iter(c)
print(next(it), next(it), list(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
a, b, c2 = Countdown(3)
print(a, b, c2, *Countdown(2), dict.fromkeys(Countdown(2)), set(Countdown(3)) == {1, 2, 3})
print(list(zip(Countdown(3), "abc")), list(map(str, Countdown(2))), dict(enumerate(Countdown(2))))

class GetItemOnly:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        print(f"  getitem {i}")
        return self.data[i]
g = GetItemOnly("xyz")
print(list(g), "y" in g, list(reversed(GetItemOnly("ab"))) if hasattr(GetItemOnly, "__len__") else "no reversed")
it = iter(GetItemOnly([1]))
print(type(it).__name__, next(it))
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NextRaises:
    def __iter__(self): return self
    def __next__(self): raise ValueError("next failed")
try:
    list(NextRaises())
except ValueError as e:
    print("ValueError:", e)

class Range2:
    def __init__(self, *args):
        self.r = range(*args)
    def __len__(self):
        return len(self.r)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Range2(0) if not len(self.r[i]) else Range2(self.r[i].start, self.r[i].stop, self.r[i].step)
        return self.r[i]
    def __repr__(self):
        return f"Range2({self.r.start}, {self.r.stop}, {self.r.step})"
    def __contains__(self, x):
        print(f"  contains {x}")
        return x in self.r
    def __reversed__(self):
        return reversed(self.r)
r = Range2(0, 20, 3)
print(len(r), r[2], r[-1], r[1:4], r[::-1], r[100:], list(r), 9 in r, 10 in r, list(reversed(r))[:3])
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s.indices(5), [0, 1, 2, 3, 4, 5][s], "abcdefghijk"[s], slice(None).indices(3), slice(-2, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(None) == slice(None, None, None))
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][::0]
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2]["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][1.0]
except TypeError as e:
    print("TypeError:", e)
print([1, 2, 3][True], "ab"[False], (1, 2, 3)[-3], [1, 2, 3][-4:10])
import sys
it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di), list(iter(d.items())), list(reversed(d)), list(reversed(d.values())))
e = enumerate("ab", 5)
print(next(e), list(e), list(enumerate([])))
z = zip("ab", [1, 2, 3], strict=False)
print(list(z), list(zip()), list(zip("a")))
m = map(lambda a, b: a + b, [1, 2], [10, 20, 30])
print(list(m), list(filter(str.isdigit, "a1b2")), list(reversed(range(1, 10, 4))), list(iter(range(0))))
