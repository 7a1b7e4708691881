# Argument errors raised by builtin functions.
attempts = [
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs(),
    lambda: abs('x'),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: getattr(1),
    lambda: sorted([1], cmp=None),
    lambda: int('5', base=1),
    lambda: ord('ab'),
    lambda: chr(-1),
]
for attempt in attempts:
    try:
        attempt()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
