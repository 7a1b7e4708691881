# next() on built-in iterators in hot loops (the VM raises StopIteration at their end without a
# JS throw, compiled code by way of the interpreter): every kind of built-in iterator, the
# exception's value and traceback, iterators that stay exhausted after their container grows,
# a dict changing size, and iterators that are not built-in (classes, map, zip, generators).
def drain(it):
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration as e:
            return out, e.value, e.args


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n


def gen(n):
    yield from range(n)
    return "gen-done"


total = 0
for i in range(1500):
    for it in (iter([1, 2]), reversed([3]), iter((4,)), iter(range(2)), iter(range(2**70, 2**70 + 1)),
               iter({"a": 1}), iter({"a": 1}.values()), iter({"a": 1}.items()), reversed({"k": 0}),
               iter({7}), iter("xy"), iter("é"), iter(b"z"), iter(bytearray(b"w"))):
        items, value, args = drain(it)
        total += len(items)
print(total, items, value, args)
print(drain(Countdown(3)), drain(gen(2)), drain(map(abs, [-1])), drain(zip("ab", "c")))
lst = [1]
it = iter(lst)
print([next(it) for _ in range(1)], drain(it))
lst.append(2)
print(drain(it))
d = {1: 1, 2: 2}
di = iter(d)
next(di)
d[3] = 3
try:
    next(di)
except RuntimeError as e:
    print("RuntimeError", e)
caught = 0
for i in range(3000):
    it = iter(())
    try:
        next(it)
    except StopIteration:
        caught += 1
    caught += next(it, 5)
print(caught)
next(iter([]))
