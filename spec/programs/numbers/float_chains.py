# Chains of + - * / (the tree-walker evaluates float chains without boxing the intermediate
# results): mixes of ints and floats, special values, division by zero inside a chain, ints
# that stay exact, other operand types and float subclasses, and the evaluation order.
import math


def show(*vals):
    print(' '.join(repr(v) for v in vals))


def chains(a, b, i, j):
    show(a * a + b * b + 0.01, a - b * i + j / 2, (a + i) * (b - j) / 3)
    show(i * j + i - j, i * j / 4 + a, 2 ** 60 * i + j * j - 1, i / j * j + i // 2)
    show(a * 1e308 * 10 - 1, (a * 1e308 * 10) * 0 + 1, -0.0 * a + 0.0, -0.0 * a - 0.0)
    show(a + i + True, (a + i) * 1j + b, b - (a - (i - (j - a))))


chains(1.5, -2.25, 3, 7)
chains(float('nan'), 0.0, -1, 1)
chains(-0.0, float('inf'), 0, 5)


def divs(x, z):
    for expr in (lambda: x * 2 + 1 / z, lambda: (x + 1) / (z * 0) + 1, lambda: x / z * 2 + 1,
                 lambda: (x - x) / (z - z) * 3, lambda: 7 // z + x * x, lambda: (x * x) % z + 1.5):
        try:
            show(expr())
        except ZeroDivisionError as e:
            print('ZeroDivisionError:', e)


divs(2.5, 0)
divs(2.5, 0.0)
divs(2.5, 4)
divs(3, 2)


class F(float):
    def __add__(self, other):
        return 'F.add'

    def __radd__(self, other):
        return 'F.radd'

    def __mul__(self, other):
        return F(float(self) * 10)


f = F(2.0)
show(f + 1.0 * 2, 1.0 * 2 + f, f * 3.0 + 1.0, (f * 3.0) * 2.0 + 1.0, 1.5 * 2.0 + f * 1.0)
s = 'ab'
show(s + s * 2 + 'c', [1] * 2 + [2.5 * 2] + [3])
try:
    show(1.5 * 2 + 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    show(None * 2.0 + 1.0)
except TypeError as e:
    print('TypeError:', e)


def tracer(tag, v):
    print('eval', tag)
    return v


show(tracer('a', 1.0) * tracer('b', 2.0) + tracer('c', 3.0) * tracer('d', 4.0) - tracer('e', 0.5))
x = 0.1
total = 0.0
for k in range(1, 6):
    total = total + x * k * k - 0.5 / k
show(total, math.fsum([0.1] * 10) - 0.1 * 10 + 1.0)
show(10 ** 20 * 1.0 + 1.0, 2 ** 53 + 1 + 0.0, (2 ** 53 + 1) * 1.0 - 2.0 ** 53)


# Augmented assignment with a + - * / value.
class G(float):
    def __iadd__(self, other):
        return ('G.iadd', other)


def aug(k):
    x = 1.5
    x += k * 2.0
    n = 3
    n += k * 2
    m = 4
    m -= k * 0.5
    d = 2.0
    d /= k + 0.5
    s = 'a'
    s += 'b' * 2
    lst = [0]
    lst += [1] * 2
    g = G(1.0)
    g += k * 1.0
    v = [1.0, 2]
    v[0] *= k - 0.25
    v[1] += k / 2
    show(x, n, m, d, s, lst, g, v)
    try:
        x /= k * 0.0
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
    try:
        n //= k * 0 + 0
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
    try:
        x -= k * None
    except TypeError as e:
        print('TypeError:', e)
    try:
        s += k * 1.0
    except TypeError as e:
        print('TypeError:', e)


aug(2)
aug(-1)
acc = 0.0


def bump():
    global acc
    acc = 100.0
    return 1.0


acc += bump() * 2.0 + 0.5
show(acc)
