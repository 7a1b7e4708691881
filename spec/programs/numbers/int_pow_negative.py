# An int to a negative int power is float(base) ** float(exponent), as float ** computes it
# (correctly rounded, not JavaScript's Math.pow): 7 ** -2 is 0.02040816326530612.
x, y = 7, -2
print(7 ** -2, x ** y, pow(x, y), 7.0 ** -2.0)
n = 7
n **= -2
print(n)
print(3 ** -5, 10 ** -20, (-3) ** -3, 2 ** -1, 123456789 ** -3, 13 ** -11)
for base in range(2, 26):
    print(base, [base ** -k for k in range(1, 10)])
print(10 ** -300, 10 ** -323, 10 ** -324, 5 ** -400, (2 ** 70) ** -1)
# Powers of two land exactly; 2 ** -1075 is a tie that rounds to even (0.0).
print(2 ** -1074, 2 ** -1075, 4 ** -537, (-2) ** -1075, (-2) ** -1073, 8 ** -358, 2.0 ** -1075)
print(True ** -1, 7 ** -True, (-2) ** -(2 ** 64), 1 ** -(2 ** 80), (-1) ** -(2 ** 80 + 1))
for base, exp in [(10 ** 400, -1), (2, -(10 ** 400)), (1, -(10 ** 400)), (0, -1), (0, -(10 ** 30))]:
    try:
        print(base ** exp)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
