# itertools.tee: argument errors, iterators sharing one buffer, tee of a tee iterator (it is
# copied, the first result is the argument itself), copy.copy, an exception from the source
from itertools import tee
import itertools, copy
for f in (lambda: tee(), lambda: tee(5), lambda: tee([1], 'a'), lambda: tee([1], 2, 3), lambda: tee([1], 2.0), lambda: type(tee([1])[0])(), lambda: list(type(tee([1])[0])([1,2])), lambda: len(tee([1], True)), lambda: tee([1], n=2), lambda: tee([1], -1), lambda: tee([], 0)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
a, b = tee(iter([1,2,3]))
print(next(a), list(tee(a)[0]), list(a), list(b))
t = tee([1])[0]
print(type(t), type(t).__name__, type(t).__module__, iter(t) is t, hasattr(t, '__copy__'))
a, = tee(iter('xyz'), 1); next(a); b = copy.copy(a); print(list(a), list(b))
x, y, z = tee(range(4), 3)
print(next(x), next(x), next(y), list(z), list(x), list(y))
def gen():
    yield 1
    raise ValueError("boom")
p, q = tee(gen())
print(next(p), next(q))
try:
    next(p)
except ValueError as e:
    print("p", e)
try:
    next(q)
except (ValueError, StopIteration) as e:
    print("q", type(e).__name__, e)
a, b = tee("ab")
c, d = tee(a)
print(c is a, list(c), list(d), list(a), list(b))
