# round() and divmod() on plain ints and floats (answered without the special-method call) next
# to the cases that still go through __round__ / the divmod slot: subclasses, bools, errors.
for x in [2.5, 3.5, -0.5, -2.5, 0.0, -0.0, 1e300, -1e300, 2.675, 0.125, 1.0000000000000002, 4503599627370497.0]:
    print(repr(x), repr(round(x)), repr(round(x, 2)), repr(round(x, 0)), repr(round(x, -1)),
          repr(round(x, 400)), repr(round(x, -400)), repr(round(x, None)))
for v in [5, -5, 0, 2**60, -(2**70), True, False]:
    print(repr(v), repr(round(v)), repr(round(v, 1)), repr(round(v, -1)))
for bad in [float("nan"), float("inf"), float("-inf")]:
    try:
        round(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
    print(repr(round(bad, 2)))
try:
    round(1.5, 2.0)
except TypeError as e:
    print("TypeError", e)
try:
    round(1.5, "2")
except TypeError as e:
    print("TypeError", e)
print(round(number=2.5), round(2.567, ndigits=1))

class F(float):
    def __round__(self, n=None):
        return ("F.__round__", n)
print(round(F(1.5)), round(F(1.5), 1))
class G(float):
    pass
print(repr(round(G(1.25), 1)), type(round(G(1.25), 1)).__name__, repr(round(G(2.5))))

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, -3), (0, 3), (2**60, 7), (-(2**53) + 1, 3),
             (9007199254740991, -2), (1, 9007199254740991), (-1, 9007199254740991), (True, 2), (7, True)]:
    print(a, b, divmod(a, b))
print(divmod(1.5, 0.5), divmod(-7, 2.0), divmod(7.0, -2))
for a, b in [(7, 0), (7.0, 0), (7, 0.0), (True, False)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    divmod(1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    divmod(1)
except TypeError as e:
    print("TypeError", e)
