# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 1), (5, 0.5)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 1, 0.0 % -1, -1e-20 % 1.0)
