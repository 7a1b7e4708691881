# The compiler's SyntaxWarnings (CPython 3.11 compile.c): `is` with a literal, calling or
# subscripting a literal that cannot be, an assert of a non-empty tuple. Written to sys.stderr
# when the code is compiled, once per occurrence, in compile order; caught here by swapping
# sys.stderr around compile().
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def warnings_of(src):
    cap = Capture()
    old = sys.stderr
    sys.stderr = cap
    try:
        compile(src, "<case>", "exec")
    finally:
        sys.stderr = old
    return "".join(cap.parts)


cases = [
    "x = 3\nprint(x is 1, x is 1)\n",
    "y = x is not 2.5 or 3 is x\n",
    "r = (x is -1, x is (1, 2), x is (), x is (1, x), x is 'a' 'b', x is b'x', x is 1 + 1)\n",
    "ok = (x is None, x is ..., x is True, x is not False, x is [], x is f'a', x is (not 1))\n",
    "z = 1 < x is 2 < 3\n",
    "def f():\n    return (1, 2)(3)\n",
    "g = lambda: ({}(), [1](), {1}(), (i for i in [])(), f'{x}'(), None(), ...(), True(), 5j())\n",
    "h = [1, 2][None], [1][1.5], 'abc'['x'], (1, 2)[()], b'x'[2.0], [c for c in 'a']['k'], f'a'['']\n",
    "k = {1}[0], None[0], 5[0], (-1)[0], ...[0], (lambda: 0)[0], (i for i in x)[0]\n",
    "fine = [1][True], [1][0], 'x'[1:2], {}[1], (1, 2)[x], x[None], [1][-1], b'a'[0]\n",
    "[1][None] = 5\ndel [1][None]\n",
    "class C:\n    def m(self):\n        assert (x, 'msg'), 'extra'\n        assert ()\n        assert (x,)\n",
    "if x is 5:\n    y = [y is 7 for y in range(3)]\n",
]
for src in cases:
    print(repr(src))
    print(warnings_of(src), end="")
    print("--")

# Warnings come before the code runs, and exec() and eval() of text warn too.
cap = Capture()
old = sys.stderr
sys.stderr = cap
try:
    print(eval("1 is 1"), end=" ")
    exec("print([5][0.0] if False else 'not run')")
finally:
    sys.stderr = old
print("".join(cap.parts), end="")
