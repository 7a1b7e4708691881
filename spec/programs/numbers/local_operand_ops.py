# Binary operations, comparisons and subscripts whose operands are two locals or a local and a
# constant (the VM runs these as one instruction with fast paths for ints, floats, lists and
# tuples): every other operand type, overflow past 2**53, -0, NaN, subclasses with their own
# operators, negative and out-of-range indexes, and unbound locals in either position.

def arith(a, b):
    return [a + b, a - b, a * b, a + 1, a - 1, a * 3, a * -1, a + 2.5, a * 0.5]


for a, b in [(1, 2), (0, -5), (-7, 0), (2**52, 2**52), (2**53 - 1, 1), (-(2**53) + 1, -3),
             (3 * 2**50, 7), (1.5, 2.25), (-0.0, 0.0), (1e308, 1e308), (2, 0.5), (0.5, 2),
             (True, 2), (10**20, 3)]:
    print(a, b, arith(a, b))


def zero_products(a):
    return a * 0, 0 * a, a * -0, (a * 0) == 0, str(a * 0), float(a * 0), float(0 * a)


print(zero_products(-5), zero_products(5), zero_products(-2.0))


def strings(s, t):
    return s + t, s * 2, s + 'x', t * 3


print(strings('ab', 'cd'))
print([1, 2] + [3], (1,) * 3)


class MyInt(int):
    def __add__(self, other):
        return 'MyInt.add'

    def __lt__(self, other):
        return 'MyInt.lt'

    def __sub__(self, other):
        return 'MyInt.sub'


class MyFloat(float):
    def __mul__(self, other):
        return 'MyFloat.mul'


def subclassed(a, b):
    return a + b, a + 1, a - 1, a < b, a < 5, b + a


print(subclassed(MyInt(3), 4))
print(MyFloat(2.0) * 3.0, 3.0 * MyFloat(2.0))


def cmp(a, b):
    out = []
    out.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    out.append((a < 3, a <= 3, a == 3, a != 3, a > 3, a >= 3))
    out.append((a < 2.5, a == 2.5))
    if a < b:
        out.append('lt')
    else:
        out.append('not lt')
    if a == 3:
        out.append('eq3')
    if not a >= b:
        out.append('not ge')
    k = 0
    while a < b and k < 5:
        a += 1
        k += 1
    out.append(a)
    return out


nan = float('nan')
for a, b in [(1, 2), (3, 3), (5, 1), (2.5, 2.5), (1.0, 2.0), (nan, nan), (nan, 1.0), (3, 3.0),
             (-1, 2**60), (2**60, 2**60 + 1)]:
    print(a, b, cmp(a, b))
try:
    cmp('a', 1)
except TypeError as e:
    print('TypeError', e)


def subscripts(seq, i):
    out = [seq[0], seq[-1], seq[i], seq[-i - 1]]
    try:
        out.append(seq[5])
    except IndexError as e:
        out.append(('IndexError', str(e)))
    try:
        out.append(seq[i + 10])
    except IndexError as e:
        out.append(('IndexError', str(e)))
    return out


class MyList(list):
    def __getitem__(self, i):
        return ('MyList', i)


print(subscripts([10, 20, 30], 1), subscripts((10, 20, 30), 2), subscripts('xyz', 1))
print(subscripts(MyList([1, 2, 3]), 1), subscripts({0: 'a', -1: 'b', 1: 'c', -2: 'd', 5: 'e', 11: 'f'}, 1))
print(subscripts(range(3), 1))


def big_index(seq, i):
    return seq[i]


try:
    big_index([1], 2**70)
except IndexError as e:
    print('IndexError', e)
print(big_index([1, 2], True), big_index((1, 2), False))


def unbound_first(flag):
    if flag:
        x = 1
    return x + 1


def unbound_second(flag):
    if flag:
        y = 1
    x = 2
    return x < y


def unbound_subscript(flag):
    if flag:
        i = 0
    s = [1]
    return s[i]


for f in (unbound_first, unbound_second, unbound_subscript):
    print(f(True))
    try:
        f(False)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)


def augmented(n):
    t = 0
    f = 0.0
    for i in range(n):
        t += i
        t -= 1
        t *= 1
        f += 0.25
        f *= 1.0
    return t, f


print(augmented(100), augmented(0))


def loops(n):
    i = 0
    total = 0
    while i < n:
        if i % 2 == 0 and i != 4:
            total += i * i
        i = i + 1
    return total


print(loops(20), loops(0))


def int_ops(a, b):
    out = []
    for f in (lambda: a % b, lambda: a // b, lambda: a / b, lambda: a & b, lambda: a | b,
              lambda: a ^ b, lambda: a << b, lambda: a >> b, lambda: a % 7, lambda: a // -3,
              lambda: a / 4, lambda: a & 0xff, lambda: a | 1, lambda: a ^ -1, lambda: a << 3,
              lambda: a >> 2, lambda: (a + 1) % 5, lambda: (a * 3) // 2, lambda: (a - b) * 2,
              lambda: (a + b) / 0.5, lambda: (a + 0.5) % 2, lambda: (a + 0.5) // 2.0):
        try:
            out.append(f())
        except (ZeroDivisionError, ValueError, OverflowError, TypeError) as e:
            out.append(type(e).__name__ + ': ' + str(e))
    return out


for a, b in [(17, 5), (-17, 5), (17, -5), (0, 3), (5, 0), (2**52, 3), (-(2**53) + 1, 7), (3, -1),
             (2**40, 20), (-1, 60), (7, 200), (1.5, 0.0), (-7.5, 2.0), (True, 2)]:
    print(a, b, int_ops(a, b))


def comprehension_shapes(n):
    a = [i * i for i in range(n)]
    b = [x % 3 for x in a if x % 2]
    c = [[j for j in range(i)] for i in range(4)]
    d = {i: i // 2 for i in range(n)}
    e = {i % 4 for i in range(n)}
    return a, b, c, d, e


print(comprehension_shapes(10), comprehension_shapes(0))


def int_ops_local(a, b):
    # the operands are plain locals and constants here (no closure cells)
    out = []
    try: out.append(a % b)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a % 3)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a % 0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a % -2)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a % 2.0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a // b)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a // 3)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a // 0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a // -2)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a // 2.0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a / b)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a / 3)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a / 0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a / -2)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a / 2.0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a & b)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a & 3)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a & 0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a & -2)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a & 2.0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a | b)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a | 3)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a | 0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a | -2)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a | 2.0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a ^ b)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a ^ 3)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a ^ 0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a ^ -2)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a ^ 2.0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a << b)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a << 3)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a << 0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a << -2)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a << 2.0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a >> b)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a >> 3)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a >> 0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a >> -2)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a >> 2.0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a + b)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a + 3)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a + 0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a + -2)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a + 2.0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a - b)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a - 3)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a - 0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a - -2)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a - 2.0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a * b)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a * 3)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a * 0)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a * -2)
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a * 2.0)
    except Exception as e: out.append(type(e).__name__)
    return out


for a, b in [(17, 5), (-17, 5), (17, -5), (0, 3), (5, 0), (2**52, 3), (-(2**53) + 1, 7), (3, -1),
             (2**40, 20), (-1, 60), (7, 200), (1.5, 0.0), (-7.5, 2.0), (True, 2), (2.5, 3)]:
    print(a, b, int_ops_local(a, b))


def return_local(flag):
    if flag:
        x = 'bound'
    return x


def return_const():
    return 42


def return_implicit():
    pass


class WithInit:
    def __init__(self, r):
        self.r = r


class BadInit:
    def __init__(self):
        return 5


print(return_local(True), return_const(), return_implicit(), WithInit(3).r)
try:
    return_local(False)
except UnboundLocalError as e:
    print('UnboundLocalError', e)
try:
    BadInit()
except TypeError as e:
    print('TypeError', e)


def crossing(values, d):
    # one site per operator sees safe ints, results past 2**53, big operands, then other types
    out = []
    for v in values:
        try:
            t = (v * v * v % 1000003, (v << 20) + v, v - (v << 40), (v * 12345678901) // d, v % d, v ^ (v >> 3))
        except ZeroDivisionError as e:
            t = ('ZeroDivisionError', str(e))
        except TypeError as e:
            t = ('TypeError', str(e))
        out.append(t)
    return out


vals = list(range(1, 60)) + [2**40 + k for k in range(30)] + [-(2**60), 2**100, 3]
print(crossing(vals, 7)[-8:])
print(crossing(vals, 2**70)[-5:])
print(crossing([5, 2**64, 7], 0))
print(crossing(vals[:40] + [True, 2.5, 9], 3)[-4:])
