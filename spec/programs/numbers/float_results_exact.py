# Floats made by the runtime (math, abs, round, divmod, float(), int / int, sum, complex parts,
# float-subclass arithmetic) are exact floats that mix with arithmetic floats: type, repr,
# hash, ==, dict keys, isinstance, and a subclass keeps its own type only where CPython does.
import math


class MyFloat(float):
    pass


vals = [math.sqrt(2.0), math.floor(2.5) / 2, abs(-2.5), round(2.675, 2), float("1.5"), float(3),
        7 / 2, divmod(7.5, 2)[0], divmod(7.5, 2)[1], sum([0.5, 0.25]), (3 + 4j).real, abs(3 + 4j),
        (2 ** 70) / 3, 2 ** -1, 10.0 % 3, 10.0 // 3, -(1.5), +(1.5), (1.5).conjugate(), math.fsum([0.1] * 10)]
for v in vals:
    print(type(v).__name__, repr(v), hash(v) == hash(v * 1.0), v == v + 0.0, isinstance(v, float))

m = MyFloat(-2.5)
for r in [m + 1, m - 1, m * 2, m / 2, m // 2, m % 2, -m, +m, abs(m), m ** 2, float(m), round(m), round(m, 1), divmod(m, 2)]:
    print(type(r).__name__, r)
print(type(MyFloat(1.5)).__name__, type(float(MyFloat(1.5))).__name__)

d = {math.sqrt(4.0): "two", 0.5: "half"}
print(d[2.0], d[1 / 2], d.get(abs(-0.5)), 2.0 in {math.sqrt(4.0)}, sorted([math.sqrt(9.0), 1 / 4, abs(-2.0)]))
print(math.sqrt(4.0) is math.sqrt(4.0), (1.5).hex(), float.fromhex("0x1.8p1"), math.pi * 2, math.e / 2)
