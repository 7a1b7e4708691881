# inf, nan and signed zero.
inf, nan = float('inf'), float('nan')
print(inf, -inf, nan, repr(nan), float('-nan'), float('Infinity'), float('+inf'))
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan])
print(0.0 == -0.0, str(-0.0), 1 / inf, -1 / inf)
print(max(1, inf), min(-inf, 0), sorted([3.0, inf, -inf, 0.0]))
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.copysign(1.0, -0.0))
print(inf.is_integer(), (2.0).is_integer(), (2.5).is_integer())
try:
    inf.as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    nan.as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0))
