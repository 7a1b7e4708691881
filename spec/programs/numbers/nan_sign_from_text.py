# float('-nan') and float.fromhex('-nan') keep the sign bit of the NaN (math.copysign and
# struct see it); repr is 'nan' either way.
import math
for s in ("nan", "-nan", "+nan", "-NaN", " -nan "):
    x = float(s); print(s, x, math.copysign(1.0, x))
print(math.copysign(1.0, float.fromhex("-nan")), math.copysign(1, -float("nan")), repr(-float("nan")))
import struct
print(struct.pack(">d", float("-nan")).hex()[:2], struct.pack(">d", float("nan")).hex()[:2])
