from fractions import Fraction as F
import math
vals = [F(3, 4), F(-6, 8), F(5), F("1/3"), F(" -1.25e1 "), F("7.5"), F(".5"), F("3."), F("1_000/3"), F(2.5), F(F(1, 2), F(3, 4)), F(0), F(True), F(-0.1)]
print(vals)
print([str(v) for v in vals])
for s in ["x", "1/", "1/0", "1.5/2", "--1", "1__0", "_1", "1e", ".", "", " ", "1/2e3", "1e5", "1E-2", "+7/-3", "nan", "inf"]:
    try:
        print(repr(s), repr(F(s)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)
a, b = F(3, 4), F(5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3, a ** 0.5, 2 ** a, 4 ** F(1, 2), F(4) ** F(1, 2))
print(a + 1, 1 + a, a * 2, 2 / a, a - 0.25, 0.25 - a, a + 1j, 1 // a, 3 % a, a == 0.75, a == F(6, 8), 0.75 == a, a < 1, a > 0.5, 1 <= a, a != b)
print(a < float("inf"), a > float("nan"), a == float("nan"), F(1, 2) == complex(0.5, 0), hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)), hash(F(1, 3)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(12345, 7), -2), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), float(F(1, 3)))
print(abs(F(-2, 3)), -F(2, 3), +F(2, 3), bool(F(0)), bool(F(1, 9)), F(3, 4).as_integer_ratio(), F(3, 4).numerator, F(3, 4).denominator)
print(F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(10), F(1, 3).limit_denominator(5), F(3, 7).limit_denominator(100), F("0.333").limit_denominator(10))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print(e)
print(F.from_float(0.1), F.from_float(3), F(0.1).limit_denominator())
for expr in ["F(3,4)/0", "F(0)**-1", "F(-3,4)/F(0)", "F(1,0)", "F(3,4)//0", "F(3,4)%0", "F(1.5, 2)", "F(None)", "F('1.5', 2)",
             "format(F(1,3), '.2f')", "F(float('inf'))", "F(float('nan'))", "F.from_float('x')", "F(0,-3)/F(0)", "F(1,2) + 'a'", "F(1,2) < 'a'"]:
    try:
        print(expr, repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(sum([F(1, n) for n in range(1, 11)]), sorted([F(1, 2), 0.3, 1, F(1, 3)]), max(F(1, 2), F(2, 3)), f"{F(2, 3)}", format(F(5), ""))
print({F(1, 2): "half", 0.5: "float"}, F(10**20, 3) * 3, F(2, 3) ** 10)
class MyF(F):
    pass
m = MyF(1, 2)
print(repr(m), type(m + 1).__name__, isinstance(m, F))
import numbers
print(isinstance(F(1), numbers.Rational), isinstance(F(1), numbers.Number), issubclass(F, numbers.Real))
import copy
print(copy.copy(a) is a, copy.deepcopy(a) == a)
