# A decorator that raises is reported at its own `@` line (CPython 3.11), in function,
# class and method definitions and in stacks of several decorators.
def bad(f):
    raise ValueError("deco")


def ok(f):
    return f


def lines(e):
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


try:
    @bad
    def f():
        pass
except ValueError as e:
    print("function", lines(e))

try:
    @ok
    @bad
    @ok
    def f():
        pass
except ValueError as e:
    print("middle of three", lines(e))

try:
    @bad
    class C:
        pass
except ValueError as e:
    print("class", lines(e))

try:
    @ok
    @bad
    class C:
        pass
except ValueError as e:
    print("class second", lines(e))

try:
    @ok
    @(lambda f: 1 / 0)
    def f():
        pass
except ZeroDivisionError as e:
    print("lambda decorator", lines(e))


class K:
    try:
        @bad
        def m(self):
            pass
    except ValueError as e:
        print("in class body", lines(e))


def outer():
    @ok
    @bad
    async def inner():
        pass


try:
    outer()
except ValueError as e:
    print("nested async def", lines(e))


def deco_with_args(n):
    def apply(f):
        return 1 / n
    return apply


try:
    @deco_with_args(
        0)
    def g():
        pass
except ZeroDivisionError as e:
    print("called decorator", lines(e))
