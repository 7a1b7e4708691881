# math.erf / math.erfc give glibc's results (not always the correctly rounded ones) in every
# interval of its method: tiny, |x| < 0.84375, up to 1.25, up to 1/0.35, up to 6 / 28, beyond.
import math

points = [0.0, -0.0, 1e-300, 5e-324, -1e-20, 1e-9, 0.01, 0.1, 0.2, 0.25, 0.3, 0.5, 0.75, 0.84375,
          0.9, 1.0, 1.2, 1.25, 1.3, 1.5, 1.7, 2.0, 2.2, 2.5, 2.857, 2.8572, 3.0, 3.5, 4.0, 5.0,
          5.99, 6.0, 7.5, 10.0, 20.0, 25.0, 26.5, 27.9, 28.0, 30.0, 1e10]
for x in points:
    for v in (x, -x):
        print(repr(v), repr(math.erf(v)), repr(math.erfc(v)))
for x in (float('inf'), float('-inf')):
    print(x, math.erf(x), math.erfc(x))
print(math.erf(float('nan')), math.erfc(float('nan')))
# a spread of arguments, rounded in the same ways as CPython's libm
for i in range(-60, 121):
    x = i / 16 + 1 / 33
    print(i, repr(math.erf(x)), repr(math.erfc(x)))
print(math.erf(True), math.erfc(3), math.erfc(2 ** 70))
for bad in ('1', None, [1.0]):
    try:
        math.erf(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    math.erfc()
except TypeError as e:
    print('TypeError', e)
