# deque.extend / extendleft / += read the iterable lazily: each item is appended before the
# next is produced, so a generator watching the deque sees it grow, and an error keeps the
# items added so far. Extending a deque with itself copies it first.
from collections import deque

d = deque([1, 2, 3])
d.extend(d)
print(d)
d = deque([1, 2])
d.extendleft(d)
print(d)
d = deque([1, 2], maxlen=3)
d += d
print(d)


def watcher(n):
    for i in range(n):
        print("  sees", list(d))
        yield i


d = deque(["a"])
d.extend(watcher(3))
print(d)
d = deque(["a"])
d.extendleft(watcher(3))
print(d)
d = deque(maxlen=2)
d += watcher(3)
print(d)
d = deque(maxlen=0)
d.extend(watcher(2))
print(d)


def failing():
    yield "x"
    yield "y"
    raise ValueError("stop")


d = deque([1])
for method in (d.extend, d.extendleft):
    try:
        method(failing())
    except ValueError as e:
        print("after error:", e, d)
try:
    d.extend(5)
except TypeError as e:
    print(e)
