# Division by zero messages for ints and floats.
cases = [
    lambda: 1 / 0, lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 0.0 / 0.0,
    lambda: 1 // 0, lambda: 1.0 // 0, lambda: 1 % 0, lambda: 1.0 % 0.0,
    lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: 0 ** -1, lambda: 0.0 ** -1,
    lambda: (1 + 2j) / 0, lambda: 10 ** 400 / 1.0, lambda: float(10 ** 400),
]
for case in cases:
    try:
        print(case())
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
