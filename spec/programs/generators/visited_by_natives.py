# Generators consumed item by item by natives (sum, any, all, min, max, and their key
# functions), with Python code running between the items: what that code sees of the
# generator, the generator resumed or closed by it, errors raised by the consumer (never
# inside the generator), early stops leaving the generator suspended, nesting.
import sys

def count(n):
    for i in range(n):
        yield i

print(sum(count(10)), sum(x * x for x in count(5)), any(x > 3 for x in count(5)),
      all(x < 3 for x in count(5)), max(count(7)), min(x % 4 for x in range(3, 9)),
      max((x for x in count(6)), key=lambda v: -v), min(count(0), default="empty"))

gen = None

class Probe:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        log.append(("add", self.v, gen.gi_running, sys._getframe().f_back.f_code.co_name,
                    repr(sys.exc_info()[1])))
        return Probe(self.v + (other.v if isinstance(other, Probe) else other))
    __radd__ = __add__
    def __bool__(self):
        log.append(("bool", self.v, gen.gi_running))
        return self.v > 1
    def __lt__(self, other):
        return self.v < other.v

def probes(n):
    for i in range(n):
        try:
            raise KeyError("inside %d" % i)
        except KeyError:
            yield Probe(i)

def consumer():
    global gen
    gen = probes(3)
    return sum(gen, Probe(100)).v

log = []
print("sum", consumer(), log)
log = []
gen = probes(5)
print("any", any(gen), log, next(gen).v)

# the consumer's Python code resumes or closes the generator it is consuming
class Greedy:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        extra = next(gen2, None)
        return other + self.v + (extra.v * 100 if extra is not None else 0)

def greedy(n):
    for i in range(n):
        yield Greedy(i)

gen2 = greedy(6)
print("resumed", sum(gen2), list(gen2))

class Closer:
    def __bool__(self):
        gen3.close()
        return False

def closing():
    try:
        yield Closer()
        yield Closer()
        yield 1
    finally:
        print("closed in finally")

gen3 = closing()
print("closed", any(gen3), list(gen3))

# errors raised by the consumer are not seen by the generator
def guarded():
    for v in (1, 2, "three", 4):
        try:
            yield v
        except TypeError:
            print("generator caught it (wrong)")
            yield -1

g = guarded()
try:
    sum(g)
except TypeError as e:
    print("TypeError", e)
print("after", next(g), g.gi_running)

def keyfail(v):
    if v == 2:
        raise ValueError("key %d" % v)
    return v

g = count(5)
try:
    max(g, key=keyfail)
except ValueError as e:
    print("ValueError", e, next(g))

# errors raised by the generator reach the consumer's caller
def broken():
    yield 1
    yield 1 / 0

try:
    sum(broken())
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

def leaky():
    yield 1
    raise StopIteration

try:
    any(x > 5 for x in leaky())
except RuntimeError as e:
    print("RuntimeError", e)

# early stops leave the generator suspended where it was
g = count(10)
print("stops", any(x == 3 for x in g), all(x < 6 for x in g), next(g), list(g))

# nesting, delegation, and the handled exception outside
def outer():
    yield from count(3)
    yield sum(count(4))

try:
    raise OSError("caller")
except OSError:
    print("nested", sum(sum(count(i)) for i in range(5)), max(outer()), repr(sys.exc_info()[1]))
print(repr(sys.exc_info()[1]))
