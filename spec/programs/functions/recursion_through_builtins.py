# Recursion that passes through built-in functions and protocols (repr, str, hash, format,
# map, sum over a generator, sorted/max with key=, all, list, eval, __getitem__) reaches the
# depths CPython reaches under its default recursion limit: on the VM, each level costs JS stack
# in the native code it passes through, so the interpreter needs a stack far beyond V8's default.
import sys

print(sys.getrecursionlimit())


class R:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "x" if self.n == 0 else repr(R(self.n - 1))


class S:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return "s" if self.n == 0 else str(S(self.n - 1))


class H:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 7 if self.n == 0 else hash(H(self.n - 1))


class F:
    def __init__(self, n):
        self.n = n

    def __format__(self, spec):
        return spec if self.n == 0 else format(F(self.n - 1), spec + "")


class G:
    def __getitem__(self, n):
        return 0 if n == 0 else self[n - 1] + 1


def via_map(n):
    return 0 if n == 0 else sum(map(via_map, [n - 1])) + 1


def via_genexp(n):
    return 0 if n == 0 else sum(via_genexp(k) for k in [n - 1]) + 1


def via_sorted(n):
    return 0 if n == 0 else sorted([n - 1], key=via_sorted)[0] + 1


def via_max(n):
    return 0 if n == 0 else max([n - 1], key=via_max) + 1


def via_all(n):
    return True if n == 0 else all(via_all(k) for k in [n - 1])


def via_list(n):
    return [n] if n == 0 else list(x + 1 for x in via_list(n - 1))


def via_eval(n):
    return 0 if n == 0 else eval("via_eval(n - 1)") + 1


cases = [
    ("repr", lambda n: repr(R(n)), 300),
    ("str", lambda n: str(S(n)), 450),
    ("hash", lambda n: hash(H(n)), 450),
    ("format", lambda n: format(F(n), ">3"), 300),
    ("getitem", lambda n: G()[n], 900),
    ("map", via_map, 900),
    ("genexp", via_genexp, 450),
    ("sorted", via_sorted, 450),
    ("max", via_max, 450),
    ("all", via_all, 300),
    ("list", via_list, 900),
    ("eval", via_eval, 450),
]
for name, f, depth in cases:
    print(name, depth, f(depth))

# Past the limit, each gives RecursionError (never a crash).
for name, f, depth in cases:
    try:
        f(100000)
        print(name, "no error")
    except RecursionError as e:
        print(name, type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
