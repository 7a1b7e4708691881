# sum(), any(), all(), min() and max() over generators whose items change kind midway: ints
# past 2**53, floats, bools, user numbers with __add__/__lt__/__bool__, and items that make the
# consumer run Python code that touches the generator itself.
class Num:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return Num(other + self.v)

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Num) else other)

    def __gt__(self, other):
        return self.v > (other.v if isinstance(other, Num) else other)

    def __bool__(self):
        return self.v != 0

    def __repr__(self):
        return "Num(%r)" % self.v


def items(n, kind):
    for i in range(n):
        if kind == "int":
            yield i
        elif kind == "big":
            yield 2 ** 52 + i
        elif kind == "mixed":
            yield i if i < n // 2 else i + 0.5
        elif kind == "bool":
            yield i % 3 != 0
        elif kind == "num":
            yield i if i != n - 2 else Num(100)


for kind in ("int", "big", "mixed", "bool", "num"):
    print(kind, sum(items(40, kind)), sum(items(40, kind), 0.5))
    print(kind, any(items(40, kind)), all(items(40, kind)), max(items(40, kind)), min(items(40, kind)))
print(sum(x * 0.25 for x in range(1000)), sum(float(x) for x in range(10)), sum(x for x in [1, 2.5, True]))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)), all(x for x in []), any(x for x in []))
print(max(x % 7 for x in range(50)), min(-x for x in range(50)), max((x for x in "hello")), max(x for x in [3, 3.5, 2]))
print(max((x for x in range(5)), key=lambda v: -v), min((x for x in []), default="empty"))


def watcher():
    g = (i for i in range(10))
    seen = []

    class Peek:
        def __init__(self, v):
            self.v = v

        def __radd__(self, other):
            # Runs while sum() has the generator suspended: it may be resumed here.
            seen.append(next(g, None))
            return other + self.v

    def source():
        for x in g:
            yield x if x % 4 else Peek(x)

    return sum(source()), seen


print(watcher())


def stopper():
    log = []

    def gen():
        try:
            for i in range(100):
                log.append(i)
                yield i
        finally:
            log.append("closed")

    g = gen()
    r = any(x == 5 for x in g)
    return r, log[-2:], list(g)[:2]


print(stopper())
