# Small loop-free functions called many times (the VM compiles their bodies after a number of
# calls): results, exceptions raised inside them, handlers inside them, closures and cells,
# floats, globals rebound between calls, and calls from native code (sort keys, map).
import sys


def add(a, b):
    return a + b


def scale(x):
    y = x * 1.5
    return y - 0.25


def pick(seq, i):
    return seq[i]


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return "div0"


def maybe_unbound(flag):
    if flag:
        v = 1
    return v


def make_adder(n):
    def inner(x):
        return x + n
    return inner


def make_cell(x):
    def get():
        return x
    x = x * 2
    return get


K = 10


def uses_global(x):
    return x * K


out = []
for i in range(100):
    out.append(add(i, i))
    out.append(scale(i))
    out.append(pick((1, 2, 3), i % 3))
    out.append(safe_div(i, i % 4))
print(sum(x for x in out if isinstance(x, (int, float))), out.count("div0"))

# An exception raised in a compiled body: traceback line, type and message.
for i in range(60):
    try:
        pick([1, 2], i)
    except IndexError as e:
        print("pick", i, e, e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_next.tb_lineno)
        break
for i in range(60):
    try:
        add(i, "x" if i == 50 else i)
    except TypeError as e:
        print("add", i, e)
for i in range(60):
    try:
        maybe_unbound(i < 45)
    except UnboundLocalError as e:
        print("unbound", i, e)
        break

# Types changing after compilation.
for i in range(50):
    add(i, i)
print(add("a", "b"), add([1], [2]), add(1.5, 2), add(2**62, 2**62), add(True, True))

# Closures and cells.
adders = [make_adder(n) for n in range(40)]
print([a(1) for a in adders][-3:], sum(make_cell(i)() for i in range(50)))



def cell_then_leave(a, b):
    c = a + b
    get = lambda: c * 2
    c += 1
    return get()


print(sum(cell_then_leave(i, i) for i in range(60)))

# A global rebound between calls.
r = []
for i in range(60):
    if i == 40:
        K = 100
    r.append(uses_global(i))
print(r[39], r[40], r[-1])
del K
try:
    for i in range(3):
        uses_global(i)
except NameError as e:
    print("NameError:", e)
K = 1

# Called from native code.
data = [(i * 7919) % 101 for i in range(200)]
print(sorted(data, key=lambda v: -v)[:5], list(map(scale, range(40)))[-2:])
try:
    sorted(list(range(100)) + ["z"], key=lambda v: v + 1)
except TypeError as e:
    print("key:", e)


def guarded(v):
    try:
        return 10 // v
    except ZeroDivisionError:
        return -1


print(list(map(guarded, [5, 0, 2] * 20))[:6])

# Deep recursion through a compiled body still raises RecursionError.
def down(n):
    return down(n + 1)


for i in range(40):
    try:
        down(0)
    except RecursionError as e:
        err = str(e)
print(err)
print(sys.getrecursionlimit() > 100)
