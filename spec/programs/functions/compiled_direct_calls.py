# Compiled code calling small functions directly (their frames pushed and popped by the compiled
# caller): results, exceptions through several levels with their tracebacks, handlers in the
# caller, callees that go on in the interpreter mid-way, frames seen by sys._getframe, deep
# recursion and the recursion limit.
import sys
import traceback


def leaf(x):
    return x * 2 + 1


def mid(x):
    return leaf(x) + leaf(x + 1)


def top(x):
    return mid(x) - mid(x - 1)


def fails(x):
    return 10 // x


def calls_fails(x):
    return fails(x) + 1


def frames(x):
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, x


def leaves_midway(x):
    y = x + 1
    g = (v for v in range(y))
    return y + sum(g)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def caller_handles(x):
    try:
        return fails(x)
    except ZeroDivisionError:
        return -1


total = 0
for i in range(200):
    total += top(i) + mid(i) + leaves_midway(i % 5)
print(total)

results = [caller_handles(i % 3) for i in range(100)]
print(results[:6], results.count(-1))

for i in range(100, -1, -1):
    try:
        calls_fails(i)
    except ZeroDivisionError:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print([(t.name, t.line) for t in tb])

print(frames(1))
seen = set()
for i in range(100):
    seen.add(frames(i)[:2])
print(sorted(seen))

print(fib(20), [fib(k) for k in range(12)])
print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(300))


class Acc:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self.n

    def twice(self, k):
        return self.bump(k) + self.bump(k)


a = Acc()
for i in range(300):
    a.twice(i)
print(a.n)


def raises_type(x):
    return x + "s"


def chain3(x):
    return raises_type(x)


out = []
for i in range(80):
    try:
        out.append(chain3("a" if i < 70 else i))
    except TypeError as e:
        out.append(type(e).__name__)
print(out[68:73])


# Instances made and properties read by compiled code (__init__ and getters called directly).
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def total(self):
        return self.x + self.y

    @property
    def ratio(self):
        return self.x / self.y


class Q(P):
    pass


made = [P(i, i + 1) for i in range(200)] + [Q(i, 2) for i in range(50)]
print(sum(p.total for p in made), made[-1].total, type(made[-1]).__name__)
vals = []
for i in range(100):
    p = P(1, i % 10)
    try:
        vals.append(p.ratio)
    except ZeroDivisionError as e:
        vals.append(str(e))
print(vals[:3], vals.count("division by zero"))


class BadInit:
    calls = 0

    def __init__(self, v):
        BadInit.calls += 1
        if BadInit.calls > 60:
            return v


objs = []
try:
    for i in range(100):
        objs.append(BadInit(i))
except TypeError as e:
    print("TypeError:", e, len(objs))


class WithGetattr:
    def __init__(self, v):
        self.v = v

    @property
    def half(self):
        if self.v > 50:
            raise AttributeError("too big")
        return self.v // 2

    def __getattr__(self, name):
        return "fallback " + name


print([WithGetattr(i).half for i in range(48, 54)])


class Raises:
    def __init__(self, v):
        self.v = 100 // v


try:
    for i in range(60, -1, -1):
        Raises(i)
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(t.name, t.line) for t in tb])
