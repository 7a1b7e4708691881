# Functions that make functions (closures, lambdas, comprehensions), called from hot loops
# often enough for their bodies and the calling loops to be compiled: results, closures
# capturing per-call values, defaults, and an exception raised inside a factory mid-loop.
def adder(k):
    def inner(x):
        return x + k
    return inner


def scaled(items, f):
    return [f * x for x in items if x % 2]


def keyed(pairs):
    return sorted(pairs, key=lambda p: (p[1], -p[0]))[0]


def counter_factory(start):
    n = start

    def bump(step=1):
        nonlocal n
        n += step
        return n

    return bump


def checked(i):
    if i == 2500:
        raise ValueError(f"bad {i}")
    return lambda: i * 2


total = 0
fs = []
for i in range(3000):
    total += adder(i)(1)
    total += sum(scaled(range(6), i % 5))
    total += keyed([(1, i % 7), (2, i % 3), (3, 1)])[0]
    b = counter_factory(i)
    b()
    total += b(2)
    if i % 500 == 0:
        fs.append(adder(i))
print(total, [f(0) for f in fs])

made = []
try:
    for i in range(3000):
        made.append(checked(i))
except ValueError as e:
    print("ValueError", e, len(made), made[-1]())


def deco(tag):
    def wrap(fn):
        def run(*a):
            return f"{tag}:{fn(*a)}"
        return run
    return wrap


outs = set()
for i in range(2000):
    outs.add(deco(i % 3)(lambda v: v + 1)(i % 4))
print(sorted(outs))
