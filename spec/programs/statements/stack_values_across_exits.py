# Values left on the value stack while a compiled loop leaves to the interpreter, raises, calls,
# yields or runs an inner loop: partial sums and pending operands must be where the
# interpreter finds them when it takes the frame over.

class Weird:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Weird):
            return Weird(self.v + other.v)
        return Weird(self.v + other)

    def __radd__(self, other):
        return Weird(other + self.v)

    def __rmul__(self, other):
        return Weird(other * self.v)

    def __repr__(self):
        return f"W({self.v})"


def helper(x):
    return x * 3


def sometimes(i):
    if i % 13 == 0:
        raise ValueError(i)
    return i


def pending_operands(n):
    # a + (b * helper(i)) + ...: the left operands wait on the stack during each call.
    out = []
    for i in range(n):
        a = i + 1
        out.append(a + (i * helper(i)) + (a - helper(a)) * 2 + len([a, i, helper(i)]))
    return out[-3:], sum(out)


print(pending_operands(500))


def raise_under_stack(n):
    total = 0
    errs = []
    for i in range(n):
        try:
            total = total + (i * 2 + sometimes(i))
        except ValueError as e:
            errs.append(e.args[0])
    return total, errs[:5], len(errs)


print(raise_under_stack(400))


def mixed_types(n):
    # A site that meets an int, then a user object: the compiled code leaves with operands live.
    acc = []
    for i in range(n):
        x = Weird(i) if i % 50 == 49 else i
        acc.append(1 + (2 * (x + 3)))
    return acc[45:52]


print(mixed_types(300))


def gen_sum(n):
    total = 0
    for i in range(n):
        total = total + (yield i) * 2 + i
    return total


g = gen_sum(50)
next(g)
for k in range(49):
    g.send(k)
try:
    g.send(100)
except StopIteration as e:
    print("gen_sum", e.value)


def yield_in_display(n):
    for i in range(n):
        got = [i, (yield i), i * 2, (yield -i)]
        yield got


print(list(yield_in_display(3))[:6])


def inner_loops(n):
    rows = []
    for i in range(n):
        s = 0
        for j in range(i):
            s += j * i
        k = 0
        while k < 3:
            k += 1
        rows.append((i, s + k, [j for j in range(i % 4)]))
    return rows[-2:], sum(r[1] for r in rows)


print(inner_loops(120))


class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("in")
        return len(self.log)

    def __exit__(self, *a):
        self.log.append("out" if a[0] is None else "err")
        return a[0] is KeyError


def with_in_loop(n):
    log = []
    total = 0
    for i in range(n):
        with Ctx(log) as c:
            total += c
            if i % 7 == 3:
                raise KeyError(i)
    return total, log[-6:], len(log)


print(with_in_loop(100))


def next_default(n):
    it = iter(range(n // 2))
    out = []
    for i in range(n):
        out.append(i + next(it, -1) * 10)
    return out[-5:], sum(out)


print(next_default(200))


def gen_items(n):
    for i in range(n):
        yield i * i


def consume(n):
    total = 0
    for i in range(n):
        g = gen_items(3)
        total += i + next(g) + next(g) * 2 + next(g, 0)
    return total


print(consume(300))


def unpack_and_call(n):
    pairs = [(i, str(i)) for i in range(n)]
    out = 0
    for a, b in pairs:
        out += a * len(b) + int(b[-1]) + helper(a) % 7
    return out


print(unpack_and_call(1000))


def fstring_parts(n):
    out = []
    for i in range(n):
        out.append(f"{i}:{helper(i):04d}|{i / 3:.2f}|{'x' * (i % 3)}")
    return out[-2:]


print(fstring_parts(300))


def floats(n):
    x = 0.5
    y = 1.5
    acc = 0.0
    for i in range(n):
        x = x * 1.0001 + y / (i + 1)
        y = y - x * 0.001
        acc += x - y * (2.0 if i % 2 else 0.5)
        if i % 97 == 0:
            acc = acc + helper(1.0)
    return round(x, 6), round(y, 6), round(acc, 4)


print(floats(2000))


def deep_exprs(n):
    out = []
    for i in range(n):
        out.append(((i + 1) * (i + 2) - (i + 3) * ((i + 4) // 2)) % (helper(i) + 1) + (i if i % 2 else -i))
    return sum(out), out[:5]


print(deep_exprs(800))
