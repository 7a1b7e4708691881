# time.struct_time: copies keep tm_zone / tm_gmtoff (from __reduce__'s dict), and the
# constructor's dict argument fills the fields past the sequence.
import copy
import time

t = time.gmtime(86400 * 365)
for c in (copy.copy(t), copy.deepcopy(t)):
    print(c == t, type(c).__name__, c.tm_zone, c.tm_gmtoff, c.tm_year)

base = tuple(time.gmtime(0))
print(time.struct_time(base, {"tm_zone": "XYZ", "tm_gmtoff": 3600}).tm_zone)
print(time.struct_time(base, {"tm_zone": "XYZ"}).tm_gmtoff)
print(time.struct_time(base + ("ABC",), {"tm_zone": "XYZ", "tm_gmtoff": 7}).tm_zone)
print(time.struct_time(list(base), {}).tm_zone)
for bad in (None, [("tm_zone", "A")], 5):
    try:
        time.struct_time(base, bad)
    except TypeError as e:
        print("TypeError:", e)
print(time._STRUCT_TM_ITEMS, time.struct_time.n_fields)
