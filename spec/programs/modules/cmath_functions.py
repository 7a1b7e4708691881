# cmath on ordinary values: branch cuts, huge and tiny arguments, log with a base, polar/rect,
# isclose, constants, argument conversion and error messages.
import cmath

values = [1 + 2j, -3 + 0.5j, 0.25 - 0.75j, -1e-8 + 1e-8j, 2.0, -2.0, 0j, 1j, -1j,
          complex(-2, 0.0), complex(-2, -0.0), complex(2, 0.0), complex(0.5, -0.0),
          1e300 + 1e300j, -1e300 - 2e299j, 1e-310 + 3e-310j, 5e-324j,
          complex(1, 1e-20), complex(-1, -1e-20), 3.5 - 2.25j, 700 + 1j, -700 - 1j]
for name in ['exp', 'log', 'log10', 'sqrt', 'acos', 'asin', 'atan', 'acosh', 'asinh',
             'atanh', 'phase', 'polar']:
    fn = getattr(cmath, name)
    for z in values:
        try:
            print(name, z, fn(z))
        except (ValueError, OverflowError) as e:
            print(name, z, type(e).__name__, e)

for z in [0.5 + 0.25j, -1.5 + 2j, 3j, 1 + 1j, -0.75 - 0.5j]:
    print('trig', z, cmath.cos(z), cmath.sin(z), cmath.tan(z))
    print('hyp', z, cmath.cosh(z), cmath.sinh(z), cmath.tanh(z))

for z, b in [(8, 2), (100, 10), (1j, 2), (-1, 1j), (2 + 3j, 0.5), (10, 10.0)]:
    print('log base', z, b, cmath.log(z, b))
for r, phi in [(1, 0), (2, cmath.pi / 2), (-1, -0.0), (3, -2.5), (0.0, 1.0)]:
    print('rect', r, phi, cmath.rect(r, phi))
print(cmath.polar(3 + 4j), cmath.polar(-1), cmath.polar(complex(-1, -0.0)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.001j),
      cmath.isclose(1j, 1.001j, rel_tol=0.01), cmath.isclose(0j, 1e-10j, abs_tol=1e-9),
      cmath.isclose(cmath.inf, cmath.inf), cmath.isclose(complex(cmath.inf, 1), 1))


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 4.0


class WithIndex:
    def __index__(self):
        return 9


print(cmath.sqrt(WithComplex()), cmath.sqrt(WithFloat()), cmath.sqrt(WithIndex()),
      cmath.sqrt(True), cmath.exp(10**2))

bad = [
    lambda: cmath.log(0), lambda: cmath.log(0j, 2), lambda: cmath.log(2, 1),
    lambda: cmath.log(2, 0), lambda: cmath.log10(0), lambda: cmath.atanh(1),
    lambda: cmath.atanh(-1), lambda: cmath.atan(1j), lambda: cmath.exp(1000),
    lambda: cmath.cosh(1000), lambda: cmath.sinh(-1000 + 1j),
    lambda: cmath.rect(1, float('inf')), lambda: cmath.polar(1e308 + 1e308j),
    lambda: cmath.sqrt('a'), lambda: cmath.sqrt(None), lambda: cmath.sqrt(),
    lambda: cmath.sqrt(x=1), lambda: cmath.sqrt(1, 2), lambda: cmath.log(1, 2, 3),
    lambda: cmath.log(), lambda: cmath.log(1, base=2), lambda: cmath.log('x'),
    lambda: cmath.log(1, 'x'), lambda: cmath.rect(1), lambda: cmath.rect(1j, 1),
    lambda: cmath.rect('x', 1), lambda: cmath.phase(), lambda: cmath.polar(1, 2),
    lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, 3),
    lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.isclose(1, 2, abs_tol=-1),
    lambda: cmath.isclose(1, 2, foo=1), lambda: cmath.isclose(1j, 'x'),
    lambda: cmath.sqrt(10 ** 400),
]
for f in bad:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class BadComplex:
    def __complex__(self):
        return 5


class BadFloat:
    def __float__(self):
        return 1


for o in [BadComplex(), BadFloat()]:
    try:
        cmath.sqrt(o)
    except TypeError as e:
        print('TypeError', e)
print(cmath.sqrt, cmath.__name__)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))
