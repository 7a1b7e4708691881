# int(s) and float(s) of unreadable strings in hot loops: the ValueError (type, message, args),
# what handlers see, tracebacks and lines, and the good strings around them, on every path the
# VM takes (interpreted, compiled loops, compiled functions).
import sys
import traceback


def parse_all(texts):
    good, bad = [], []
    for t in texts:
        try:
            good.append(int(t))
        except ValueError as e:
            bad.append((type(e).__name__, str(e), e.args))
        try:
            good.append(float(t))
        except ValueError as e:
            bad.append(str(e))
    return good, bad


texts = ["12", " 7 ", "x", "", "1_000", "1__0", "0x10", "3.5", "-0", "inf", "nan", "1e3", "\u0663", "12abc", " ", "+", "-5"]
for round_ in range(3):
    g, b = parse_all(texts * 20)
    print(round_, len(g), len(b), g[:12], b[:6])


def count_bad(n):
    c = 0
    for i in range(n):
        try:
            int("x" * (i % 3))
        except ValueError:
            c += 1
        try:
            float("y" if i % 4 == 0 else str(i))
        except ValueError:
            c += 100
    return c


print(count_bad(500))


def where():
    for i in range(40):
        try:
            v = int("bad%d" % i) if i == 39 else int(str(i))
        except ValueError:
            tb = sys.exc_info()[2]
            return [(f.name, f.lineno) for f in traceback.extract_tb(tb)], v


print(where())


def unhandled(n):
    for i in range(n):
        x = float(str(i)) + int(str(i))
    return float("oops")


try:
    unhandled(100)
except ValueError as e:
    print("caught", e, e.__traceback__.tb_next.tb_lineno, e.__context__)


class MyInt(int):
    pass


def subclass(n):
    out = []
    for i in range(n):
        try:
            out.append(MyInt("1%d" % i) if i % 5 else MyInt("z"))
        except ValueError as e:
            out.append(str(e))
    return out


print(subclass(12))
print([int(s, 16) for s in ["ff", "10"]], [int("7") for _ in range(3)], float("  2.5\n"))
