# Keyword calls made many times (so that the VM compiles both the loops and the callees' bodies)
# bind exactly as the first ones: defaults, keyword-only parameters and their defaults, methods,
# __init__, and every way a keyword call can fail to bind. The call sites' keyword names and
# the callees' defaults change while they run.


def area(w, h=2, *, scale=1, unit="m"):
    return f"{w * h * scale}{unit}"


def point(x, y, z=0):
    return (x, y, z)


class Box:
    def __init__(self, w, h=1, *, label="box"):
        self.w, self.h, self.label = w, h, label

    def scaled(self, k, *, plus=0):
        return Box(self.w * k + plus, h=self.h * k, label=self.label + "*")


def run_sites(n):
    out = []
    for i in range(n):
        out.append(area(i, h=3))
        out.append(area(w=i, scale=2))
        out.append(area(i, unit="cm", h=i))
        out.append(point(y=i, x=-i))
        out.append(point(i, z=5, y=1))
        b = Box(i, label="b%d" % i).scaled(2, plus=i)
        out.append((b.w, b.h, b.label))
        m = Box(1, h=i).scaled
        out.append(m(k=3).h)
    return out


r = run_sites(200)
print(len(r), r[:8], r[-8:])


def try_call(f, *a, **k):
    try:
        return f(*a, **k)
    except TypeError as e:
        return "TypeError: " + str(e)


def bad_sites(n):
    seen = []
    for i in range(n):
        for call in (
            lambda: area(3, w=4),
            lambda: area(h=4),
            lambda: area(1, depth=4),
            lambda: point(1, 2, 3, z=4),
            lambda: point(1, 2, 3, 4),
            lambda: Box(1, wide=2),
            lambda: Box(1).scaled(plus=1),
        ):
            try:
                call()
            except TypeError as e:
                seen.append(str(e))
    return seen


s = bad_sites(60)
print(len(s))
for m in s[:7]:
    print(m)


def posonly(a, b=2, /, c=3, *, d=4):
    return (a, b, c, d)


def posonly_sites(n):
    out = []
    for i in range(n):
        out.append(posonly(i, c=i, d=-i))
        out.append(posonly(i, i, d=0))
        try:
            posonly(i, b=1)
        except TypeError as e:
            out.append(str(e))
    return out


p = posonly_sites(100)
print(p[:3], p[-3:])


# Defaults replaced while a hot site runs.
def changing(n):
    out = []
    for i in range(n):
        if i == 50:
            area.__kwdefaults__ = {"scale": 10, "unit": "km"}
            point.__defaults__ = (7,)
        if i == 80:
            area.__kwdefaults__ = {"unit": "mm"}
        out.append(area(1, h=1) if i < 80 else try_call(area, 1, h=1))
        out.append(point(x=1, y=i))
    return out


c = changing(100)
print(c[98:102], c[158:162], c[-4:])


# One function called with different keyword names from many sites, and from a site that sees
# several functions.
def mixed(n):
    fs = [lambda a, b=0: a - b, lambda b, a=0: b * 10 + a, lambda *, a, b: (a, b)]
    out = []
    for i in range(n):
        f = fs[i % 3]
        out.append(f(a=i, b=1))
        out.append(try_call(f, b=i))
    return out


mx = mixed(90)
print(mx[:6], mx[-6:])


# Exceptions and generators through keyword calls.
def raiser(x, *, fail=False):
    if fail:
        raise ValueError(x)
    return x


def gen(n, *, step=1):
    yield from range(0, n, step)


def through(n):
    total = 0
    for i in range(n):
        try:
            total += raiser(i, fail=i % 7 == 0)
        except ValueError as e:
            total -= e.args[0]
        total += sum(gen(i % 5 + 3, step=2))
    return total


print(through(300))


def deep(n, *, acc=0):
    return acc if n == 0 else deep(n - 1, acc=acc + n)


print(deep(500), [deep(k, acc=1) for k in range(40)][-3:])
