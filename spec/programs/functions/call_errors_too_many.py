# Exact messages for too many positional arguments.
def none():
    pass


def one(a):
    pass


def two(a, b=2):
    pass


def kw(a, *, k=1):
    pass


def kw_required(a, *, k):
    pass


attempts = [
    lambda: none(1),
    lambda: one(1, 2),
    lambda: two(1, 2, 3),
    lambda: two(1, 2, 3, 4),
    lambda: kw(1, 2),
    lambda: kw(1, 2, k=3),
    lambda: kw_required(1, 2, k=3),
    lambda: none(1, 2),
    lambda: none(x=1),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print(type(e).__name__, e)
