# One arithmetic or comparison site that sees ints, then floats, then ints again (a value that
# starts as an int and becomes a float, as in `x = 0` ... `x += 0.5`): every result keeps its
# type -- int op int stays an int, exactly, big ones too; int / int is a float; -0 only for floats.
def ops(a, b):
    return a + b, a - b, a * b, a / b if b else None


def cmps(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b


values = [(3, 4), (3, 4.5), (2.5, 4), (7, 2), (0, -5), (-0.0, 5), (0.0, -5), (2**52, 2**52),
          (2**60, 3), (3, 2**60), (2**53, 1.0), (9007199254740993, 1.0), (10**20, 0.5),
          (True, 2.5), (5, False), (float("inf"), 3), (3, float("nan")), (-7, 7.0), (6, 7)]
for a, b in values:
    r = ops(a, b)
    print(a, b, r, [type(x).__name__ for x in r], cmps(a, b))

# Accumulators that turn into floats, in a loop (the site specialises on ints first).
def walk(n):
    x = 0
    y = 0
    steps = []
    for i in range(n):
        x = x + 1
        y = y * 2 - 1
        if i == n // 2:
            x = x + 0.25
            y = y * 0.5
        steps.append((x, y, x < y, x * y > 10))
    return steps


for s in walk(12):
    print(s, type(s[0]).__name__, type(s[1]).__name__)

# Products that leave the safe range at a site that has also seen floats.
def prod(vals):
    p = 1
    out = []
    for v in vals:
        p = p * v
        out.append(p)
    return out


print(prod([1.5, 2, 3]), prod([2**30, 2**30, 2**30, 3]), prod([3, 0.5, 2**60, -1]))
print(prod([0, -3]), prod([0.0, -3]), prod([-2, 0]))
