# datetime.timedelta: normalisation (ints and floats, round-half-even), repr/str, arithmetic
# with ints, floats and timedeltas, comparisons, hashing, limits and error messages.
from datetime import timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


cases = [
    timedelta(), timedelta(1), timedelta(-1), timedelta(seconds=-1), timedelta(microseconds=-1),
    timedelta(days=1, seconds=2, microseconds=3), timedelta(weeks=2, hours=3, minutes=4),
    timedelta(milliseconds=1500), timedelta(hours=-25), timedelta(minutes=1e6),
    timedelta(seconds=0.1), timedelta(seconds=1e-7), timedelta(microseconds=0.5),
    timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(microseconds=-0.5),
    timedelta(microseconds=-1.5), timedelta(days=0.5, hours=0.25), timedelta(weeks=1, days=-0.5),
    timedelta(hours=1.5, minutes=0.25, microseconds=0.5), timedelta(days=1 / 3),
    timedelta(seconds=86399.9999995), timedelta(True), timedelta(days=-0.000001),
    timedelta(999999999, 86399, 999999), timedelta(-999999999),
]
for td in cases:
    print(repr(td), '|', str(td), '|', td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))

a = timedelta(days=2, hours=5, microseconds=7)
b = timedelta(hours=-3, seconds=1.25)
print(a + b, a - b, b - a, -a, +b, abs(b), abs(-a))
for k in (2, -3, 0, 7):
    print('mul', k, a * k, k * b)
for f in (0.5, 1.5, -0.25, 1 / 3, 2.5e-7, 1e-9):
    print('fmul', f, repr(a * f), repr(f * b))
for k in (2, 3, -7, 1000000, 7):
    print('div', k, repr(a / k), repr(a // k), repr(b / k), repr(b // k))
for f in (0.5, 3.0, -1.5, 7.25):
    print('fdiv', f, repr(a / f), repr(b / f))
c = timedelta(minutes=7)
print(a / c, a // c, a % c, divmod(a, c), b / c, b // c, b % c, divmod(b, c))
print(timedelta(1) / timedelta(hours=7), timedelta(1) // timedelta(hours=-7))
print(a == timedelta(days=2, seconds=18000, microseconds=7), a != b, a > b, a <= b, b < a,
      a == 5, a != 'x')
print(sorted([a, b, c, -c, timedelta(0)]))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), hash(timedelta(0)) == hash(timedelta()),
      len({timedelta(seconds=60), timedelta(minutes=1), timedelta(0)}))
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(str(timedelta.min), str(timedelta.max))
print(max(a, b), min(a, b), sum([a, b, c], timedelta()))

show(lambda: timedelta(days=10 ** 9))
show(lambda: timedelta(days=-10 ** 9))
show(lambda: timedelta.max + timedelta(microseconds=1))
show(lambda: timedelta.min - timedelta(microseconds=1))
show(lambda: timedelta(seconds=float('nan')))
show(lambda: timedelta(seconds=float('inf')))
show(lambda: timedelta(seconds='1'))
show(lambda: timedelta(hours=None))
show(lambda: timedelta(1) / 0)
show(lambda: timedelta(1) // 0)
show(lambda: timedelta(1) % timedelta(0))
show(lambda: timedelta(1) / timedelta(0))
show(lambda: timedelta(1) // timedelta(0))
show(lambda: timedelta(1) + 1)
show(lambda: 1 - timedelta(1))
show(lambda: timedelta(1) * 'x')
show(lambda: timedelta(1) // 1.5)
show(lambda: timedelta(1) % 2)
show(lambda: timedelta(1) < 5)
show(lambda: timedelta(1) * timedelta(1))
show(lambda: timedelta(foo=1))
show(lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8))


class Span(timedelta):
    pass


s = Span(hours=1)
print(repr(s), type(s).__name__, type(s + s).__name__, type(-s).__name__, s == timedelta(hours=1))
