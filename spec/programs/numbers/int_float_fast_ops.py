# Arithmetic and comparison results at the edges the evaluators' int/float fast paths handle:
# signs of % and //, negative zero, the safe-integer boundary, int/float mixing, division by zero.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 9007199254740991, -9007199254740991, 9007199254740990]
for a in vals:
    for b in vals:
        row = [a + b, a - b, a * b]
        if b != 0:
            row += [a % b, a // b, a / b, divmod(a, b)]
        print(a, b, row)

x = 5
x %= -3
print(x, -5 % 3, 5 // -3, -5 // 3, 0 // -5, 0 % -5, -0.0 * 1, 0 * -1)
print(repr(0 * -1.0), repr(-1.0 * 0), repr(0.0 - 0.0), repr(-0.0 + 0))

fl = [0.5, -2.25, 3.0, 1e308, float('inf'), float('nan')]
for a in fl:
    for b in [2, -3, 0.25, 1e308]:
        print(a + b, a - b, a * b, b - a, a / b, a < b, a <= b, a == b, a != b, a > b, a >= b, b < a)

n = float('nan')
print(n == n, n != n, n < n, 1 < n, n is n)
print(1 == 1.0, 2 < 2.5, 3 >= 3.0, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)

for a, b in [(1, 0), (1.5, 0), (1, 0.0), (0.0, 0.0)]:
    for op in ['/', '//', '%']:
        try:
            print(eval(f'a {op} b'))
        except ZeroDivisionError as e:
            print(type(e).__name__, e)

big = 9007199254740991
print(big + 1, big + big, big * 3, -big - 2, big * -big, type(big + 1))
print(6 & 3, 6 | 3, 6 ^ 3, -8 >> 1, 1 << 40, -1 >> 100, 5 >> 0, (2 ** 31) & 1, -(2 ** 31) | 1)
print(True + 1, True * 2.5, False - 1, 3 / True, True < 2, 'a' < 'b', 'a' == 'a', 'b' != 'b')

class MyInt(int):
    def __add__(self, other):
        return 'MyInt.add'
class MyFloat(float):
    def __mul__(self, other):
        return 'MyFloat.mul'
print(MyInt(2) + 3, 3 + MyInt(2), MyFloat(1.5) * 2, 2 * MyFloat(1.5), MyFloat(1.5) + 1)
y = MyInt(4)
y += 1
print(y)

a, b, c = 1, 2, 3
print(a < b < c, a < b > c, c > b > a, 1 < 2 == 2 < 3, 1 < 3 < 2)
