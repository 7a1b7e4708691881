# sys.getsizeof(object, default): its argument errors are Argument Clinic's; default by keyword.
import sys
for a, k in [((), {}), ((1, 2, 3), {}), ((1,), {'default': 5}), ((), {'default': 1}), ((1,), {'x': 1})]:
    try:
        r = sys.getsizeof(*a, **k)
        print('ok', type(r).__name__)
    except TypeError as e:
        print('TypeError', e)
