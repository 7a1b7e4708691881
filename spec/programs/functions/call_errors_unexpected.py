# Exact messages for unexpected and duplicated keyword arguments.
def f(a, b=2):
    pass


def p(a, /, b):
    pass


attempts = [
    lambda: f(1, z=3),
    lambda: f(1, a=2),
    lambda: f(1, 2, b=3),
    lambda: f(a=1, c=2, d=3),
    lambda: p(1, a=2, b=3),
    lambda: p(a=1, b=2),
    lambda: f(1, **{'b': 2}, **{'b': 3}),
    lambda: f(**{1: 2}),
    lambda: f(*1),
    lambda: f(**[1]),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print(type(e).__name__, e)
