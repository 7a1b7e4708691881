# f-strings: constant and nested format specs, conversions, '=' forms, __format__ results,
# specs that change per iteration, and errors from format() (the evaluator caches constant
# parts and constant specs per node).
x = 3.14159
n = 42
s = "hi"
w = 10
print(f"{x:.2f}|{n:05d}|{s!r:>6}|{s:{w}}|{x:{w}.{n % 5}f}|{n=}|{s=!s:>5}|{n:#x}|{{}}|{'a' 'b'}")


class F:
    def __format__(self, spec):
        return f"<{spec}>"


print(f"{F()}{F():abc}{F():{s}x}", f"{3!a}", f"{'é'!a}", f"{'é'!r}", f"{F()!s:>3}"[:12])


class Bad:
    def __format__(self, spec):
        return 5


try:
    f"{Bad()}"
except TypeError as e:
    print("TypeError:", e)
try:
    f"{n:{5}q}"
except ValueError as e:
    print("ValueError:", e)
for i in range(4):
    print(f"{i:{'>' if i % 2 else '<'}{i + 2}}|{i * 1.5:{'.1f' if i else 'e'}}|")


def f(v):
    return f"[{v}]" f"({v!r})" + f"{v:>{len(str(v)) + 1}}"


print(*(f(v) for v in (1, "a", 2.5, "None")))
try:
    f(None)
except TypeError as e:
    print("TypeError:", e)

# Displays and boolean operators evaluate their parts once each, left to right.
log = []


def t(v):
    log.append(v)
    return v


d = {t("k1"): t(1), **{t("k2"): t(2)}, t("k3"): t(0) or t(3)}
tp = (t(1), t(0) and t(9), t(None) or t("x"), t(4) if t(True) else t(5), [t(6), t(7)])
print(d, tp, log)
