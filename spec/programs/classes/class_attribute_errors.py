# AttributeError messages for instances, classes, modules and builtins.
import math


class C:
    pass


attempts = [
    lambda: C().x,
    lambda: C.x,
    lambda: (1).x,
    lambda: 'str'.nope,
    lambda: None.attr,
    lambda: math.nothing,
    lambda: setattr(1, 'x', 2),
    lambda: setattr(object(), 'x', 2),
    lambda: delattr(C(), 'x'),
    lambda: [].append.x,
    lambda: setattr(len, 'x', 1),
]
for attempt in attempts:
    try:
        attempt()
    except AttributeError as e:
        print(type(e).__name__, e)
