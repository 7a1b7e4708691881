# code.co_consts as CPython 3.11 lays it out: the docstring or None first in functions, the
# constants in the order the compiler loads them (after constant folding), keyword-name
# tuples, folded default tuples last, nested code objects, trailing unused constants dropped.
def show(code):
    print(code.co_name, [("code " + c.co_name) if hasattr(c, "co_code") or type(c).__name__ == "code" else c for c in code.co_consts])


def empty():
    pass


def documented():
    "The doc."
    return 1


def folded(x):
    return x + 2.5 * 3 - "s", -1, not True, "ab"[0], 2 ** 10, (1, (2, 3))


def displays(x):
    a = [1, 2, 3]
    b = {1, 2}
    c = {"a": 1, "b": 2}
    d = {"k": x}
    return x in [4, 5], x in (6,), a[1:2], a[::2], [*a, 7]


def calls(x):
    print(1, 2, end="", sep=" ")
    return x.method(key=3)


def nested(x=1, y=(2, 3)):
    def inner(p, q=4):
        return p
    return inner, lambda: 5, [i * 6 for i in x]


def flow(x):
    if False:
        return 7
    if x:
        return 8
    else:
        return 9
    return 10


def cleanup(x):
    try:
        return 1
    finally:
        print("finally")
    with x as y:
        return None


def handlers(x):
    try:
        pass
    except (ValueError, TypeError) as e:
        print(e)
    else:
        x = 11
    import math
    from math import pi, tau
    assert x, "message"
    raise ValueError("bad") from None


def gen():
    yield
    yield 1
    x = yield from gen()
    return f"{x}!{x:>4}"


def distinct(x):
    return x + 1 + 1.0 + True + 0.0 + -0.0 + 1j


for f in (empty, documented, folded, displays, calls, nested, flow, cleanup, handlers, gen, distinct):
    show(f.__code__)
for c in nested.__code__.co_consts[2:5]:
    show(c)
show((lambda a, b=2: a * 3).__code__)
module = compile('"doc"\nx: int = 5\nclass K:\n    y = 1\nclass S:\n    def m(self):\n        return __class__\n', "m", "exec")
show(module)
show(module.co_consts[3])
show(module.co_consts[5])
print(show.__code__.co_consts[0], len(show.__code__.co_consts) > 1)
