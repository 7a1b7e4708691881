# An annotated target that opens with a parenthesised single target followed by more trailers,
# `(x).y: int`, is an "illegal target for annotation" in CPython 3.11 (its grammar commits to
# `'(' single_target ')'` and then fails at the trailer); `(f()).y: int`, `(a, b).y: int` and
# `(x.y): int` are fine. Dyad accepted every attribute or subscript target.
def t(src):
    try:
        compile(src, '<ann>', 'exec')
        print('ok  ', repr(src))
    except SyntaxError as e:
        print('fail', repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)


for src in [
    "(x).y: int", "(x).y: int = 1", "(x)[0]: int", "((x)).y: int", "(x.y).z: int",
    "(x.y)[0]: int", "((x.y)).z: int", "(x)().y: int", "(x)[0].y: int", "(1 .real).y: int",
    "(x\n).y: int", "def f():\n    (self).attr: int = 0",
    "x.y: int", "(x.y): int", "(x): int", "((x)): int", "(f()).y: int", "(a, b).y: int",
    "((a, b)).y: int", "(x for x in y).a: int", "[x][0]: int", "f(x).y: int",
    "(x).y = 1", "(x).y += 1", "del (x).y", "for (x).y in z: pass",
]:
    t(src)
