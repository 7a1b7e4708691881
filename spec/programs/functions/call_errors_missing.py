# Exact messages for missing arguments.
def one(a):
    pass


def three(a, b, c):
    pass


def kwonly(*, k, m):
    pass


def mixed(a, b=1, *, c, d=2):
    pass


attempts = [
    lambda: one(),
    lambda: three(),
    lambda: three(1),
    lambda: three(1, 2),
    lambda: three(c=3),
    lambda: kwonly(),
    lambda: kwonly(k=1),
    lambda: mixed(),
    lambda: mixed(1),
    lambda: (lambda x, y: 0)(),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print(type(e).__name__, e)
