# numbers: the abstract numeric tower and the builtin registrations.
import numbers
for n in ['Number','Complex','Real','Rational','Integral']:
    c = getattr(numbers, n); print(n, sorted(c.__abstractmethods__), [b.__name__ for b in c.__bases__])
for v in [1, True, 1.5, 2j, "x", None, 2**100]:
    print(repr(v), [n for n in numbers.__all__ if isinstance(v, getattr(numbers, n))])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational))
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print(str(e)[:60])
