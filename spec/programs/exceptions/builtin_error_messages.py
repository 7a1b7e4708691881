# Exact messages of common builtin errors.
nothing = None
key_none = None
float_key = 1.0
attempts = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: divmod(1, 0),
    lambda: [][1],
    lambda: ()[0],
    lambda: 'abc'[10],
    lambda: {}['k'],
    lambda: {}[(1, 2)],
    lambda: int('12a'),
    lambda: float('x'),
    lambda: 'a' + 1,
    lambda: 1 + 'a',
    lambda: len(5),
    lambda: nothing(),
    lambda: [1, 2].index(3),
    lambda: 'abc'.index('z'),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: (1, 2)[key_none],
    lambda: hash([]),
    lambda: 2 ** -1 % 0,
    lambda: 'x' * 'y',
    lambda: [1][float_key],
    lambda: iter(5),
    lambda: next(iter([])),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)
