class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(4)), sorted(Countdown(3)), tuple(Countdown(2)), 2 in Countdown(5))
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(OnlyGetitem()), 20 in OnlyGetitem(), list(reversed([1, 2])), [*OnlyGetitem()])
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "def"))
def sentinel_src():
    vals = iter([1, 2, 0, 3])
    return lambda: next(vals)
print(list(iter(sentinel_src(), 0)))
e = enumerate("abc", 1)
print(next(e), list(e), list(enumerate([])), list(zip([1, 2, 3], "ab")), list(zip()))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as err:
    print("ValueError:", err)
print(list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])), list(filter(lambda v: v > 1, [1, 2, 3])))
r = range(10, 0, -3)
print(list(r), r[1], r[-1], r[1:3], len(r), 4 in r, r.index(7), r.count(4), range(5) == range(0, 5), repr(range(1, 5, 2)))
print(list(range(0)), range(3)[::-1], list(range(3)[::-1]), bool(range(0)), hash(range(3)) == hash(range(0, 3)))
try:
    range(1, 2, 0)
except ValueError as err:
    print("ValueError:", err)
try:
    range(5)[10]
except IndexError as err:
    print("IndexError:", err)
try:
    range(5).index(9)
except ValueError as err:
    print("ValueError:", err)
a, *b = range(4)
*c, d = "xyz"
(e1, (f1, g1)), h1 = (1, (2, 3)), 4
print(a, b, c, d, e1, f1, g1, h1)
print([x * y for x in range(3) for y in range(3) if x != y], {k: v for k, v in zip("ab", "cd")})
print(list(x for x in range(5) if x % 2), any(x > 3 for x in range(5)), all([]), any([]))
li = [1, 2, 3]
for x in li:
    if x == 1:
        li.remove(x)
print(li)
class Iterable:
    def __iter__(self):
        yield from range(3)
print(list(Iterable()), max(Iterable()), dict.fromkeys(Iterable()))
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as err:
    print("TypeError:", err)
class NotIterable: pass
try:
    for _ in NotIterable(): pass
except TypeError as err:
    print("TypeError:", err)
try:
    a, b = 5
except TypeError as err:
    print("TypeError:", err)
ri = reversed(range(3))
print(type(ri).__name__, list(ri), type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(set())).__name__)
class Rev:
    def __reversed__(self): return iter("zyx")
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())))
try:
    reversed({1, 2})
except TypeError as err:
    print("TypeError:", err)
for i, (k, v) in enumerate({"a": 1}.items()):
    print(i, k, v)
else:
    print("else ran")
while False:
    pass
else:
    print("while else")
for x in range(3):
    if x == 1: break
else:
    print("not printed")
it = iter(range(3))
for x in it:
    print(x, next(it, None))
import sys
print(len(list(zip(range(3), range(3), range(3)))), list(zip(*[(1, 2), (3, 4)])))
