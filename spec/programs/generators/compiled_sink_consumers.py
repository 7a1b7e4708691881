# Native consumers (sum, any, all, max, min, list, tuple, sorted, str.join, set, dict) over
# generators whose loops run compiled with the consumer's sink taking each yield inline:
# long enough to be compiled, with the consumer stopping, the visit raising, the visit's own
# code advancing or closing the generator, and the generator raising or returning mid-way.
import sys


def count(n, log=None):
    i = 0
    try:
        while i < n:
            yield i
            i += 1
    finally:
        if log is not None:
            log.append(("finally", i))


N = 3000
print(sum(x * x for x in range(N)), sum(count(N)), max(x % 977 for x in count(N)))
print(any(x > N - 2 for x in count(N)), all(x < N - 5 for x in count(N)), min(count(N), key=lambda v: -v))
print(len(list(x for x in count(N) if x % 3)), tuple(count(N))[-3:], sorted(count(N), reverse=True)[:3])
print(len(set(x // 2 for x in range(N))), len("".join(str(x % 10) for x in count(N))))
print(dict((x, x * 2) for x in range(N) if x % 500 == 0))

# any() stops early: the generator stays suspended after its yield, and can be resumed.
log = []
g = count(N, log)
print(any(x == 2500 for x in g), next(g), next(g), log)
g.close()
print(log)

# The consumer's comparison raises mid-way (a visit error): the generator is suspended, intact.
class Bomb:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 2222:
            raise ValueError("bomb at 2222")
        return self.v < other.v

    def __gt__(self, other):
        return other.__lt__(self)


def bombs(n):
    for i in range(n):
        yield Bomb(i)


g = bombs(N)
try:
    max(g)
except ValueError as e:
    print("ValueError", e, next(g).v, g.gi_running, g.gi_frame is not None)


# The visit's own code advances the generator being consumed.
class Stealer:
    def __init__(self, v, gen_holder):
        self.v = v
        self.h = gen_holder

    def __bool__(self):
        if self.v % 1000 == 998 and self.v < 2500:
            stolen = next(self.h[0])
            print("stole", stolen.v)
        return False


holder = []


def stealers(n):
    for i in range(n):
        yield Stealer(i, holder)


g = stealers(N)
holder.append(g)
print(any(g), g.gi_frame)

# ... or closes it.
class Closer:
    def __init__(self, v, h):
        self.v = v
        self.h = h

    def __bool__(self):
        if self.v == 1500:
            self.h[0].close()
            print("closed at", self.v)
        return False


holder2 = []


def closers(n, log):
    try:
        for i in range(n):
            yield Closer(i, holder2)
    finally:
        log.append("closed")


log2 = []
g = closers(N, log2)
holder2.append(g)
print(any(g), log2, next(g, "done"))


# The generator raises mid-way: the consumer sees the error; the generator is finished.
def raiser(n):
    for i in range(n):
        if i == 2400:
            raise KeyError(i)
        yield i


for consumer in (sum, list, max, sorted, tuple, lambda it: any(x < 0 for x in it)):
    g = raiser(N)
    try:
        consumer(g)
    except KeyError as e:
        print("KeyError", e, next(g, "finished"))


# A generator returning a value mid-loop, and one consumed after being partly used.
def early(n):
    for i in range(n):
        if i == 1234:
            return "ret"
        yield i


print(sum(early(N)), list(early(N))[-1])
g = count(N)
for _ in range(2000):
    next(g)
print(sum(g), next(g, "empty"))

# Yields inside try/except in the loop, exceptions handled in the generator.
def handled(n):
    for i in range(n):
        try:
            if i % 700 == 699:
                raise ZeroDivisionError(i)
            yield i
        except ZeroDivisionError as e:
            yield -int(str(e))


print(sum(handled(N)), min(handled(N)), len(list(handled(N))))

# Nested: a generator expression over a generator over a generator.
print(sum(x for x in (y * 2 for y in count(N)) if x % 4 == 0))
print(sys.getrecursionlimit() > 100)
