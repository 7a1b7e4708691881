# An exception raised by an expression on a continuation line of a multi-line statement is
# reported at that expression's line (tb_lineno, traceback entries), as CPython 3.11 does.
import sys
import traceback


def lines(e):
    return [fs.lineno for fs in traceback.extract_tb(e.__traceback__)]


def case(name, fn):
    try:
        fn()
    except Exception as e:
        print(name, type(e).__name__, e.__traceback__.tb_next.tb_lineno, lines(e)[1:])


def div(k):
    x = [1,
         1 / k]
    return x


def key(d):
    y = (2 +
         d["missing"])
    return y


def name():
    z = {"a": 1,
         "b": undefined_name}
    return z


def argument():
    return helper(1,
                  2 + None)


def helper(a, b):
    return a


def attribute(k):
    print("never",
          k.nope)


def condition(k):
    if (k ==
            0 and [1][
                5]):
        return 1


def nested_call(k):
    return helper(
        helper(1, 2),
        fail(k))


def fail(k):
    return {}[
        k]


def same_line_ok(k):
    total = 0
    for i in range(3):
        total += (i *
                  k + 1)
    return total


case("div", lambda: div(0))
case("key", lambda: key({}))
case("name", name)
case("argument", argument)
case("attribute", lambda: attribute(3))
case("condition", lambda: condition(0))
case("nested_call", lambda: nested_call(7))
print(same_line_ok(2))
try:
    w = [0,
         0 // 0]
except ZeroDivisionError as e:
    print("module", e.__traceback__.tb_lineno)
print(sys.exc_info()[0])
