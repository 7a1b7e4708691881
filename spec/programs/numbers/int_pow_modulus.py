# pow with negative exponents, three-argument pow and modular inverse.
print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** -2, 0 ** 0)
print(pow(3, 4), pow(3, 4, 5), pow(2, 100, 97), pow(-3, 3, 7))
print(pow(3, -1, 7), pow(38, -1, 97), (pow(38, -1, 97) * 38) % 97)
for args in ((2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 0.5, 3)):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pow(0, 0, 1), pow(5, 0, 7), pow(7, 1, -3))
print(10 ** 20 == pow(10, 20), type(2 ** -2).__name__)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(type((-8) ** 0.5).__name__)
