# repr() and str() of floats across magnitudes, at the fixed/scientific boundaries (1e-4, 1e16),
# integral values, negative values, and random doubles (shortest round-trip digits).
import random
rng = random.Random(11)
edges = [1e-4, 9.999999999999999e-05, 0.0001000000000000001, 1e16, 9999999999999998.0, 1e15,
         123456789012345.6, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 5e-324, 1.7976931348623157e308, 1e22,
         1e21, 1e-7, 1e-5, 0.5, 100.0, 2.0 ** 53, 2.0 ** 53 + 2, 4.35, 0.30000000000000004]
for x in edges:
    print(repr(x), repr(-x), str(x), x.__repr__())
print([1.0, -2.0, 0.0, -0.0, 1e300 * 10, -1e300 * 10])
out = []
for _ in range(3000):
    x = rng.getrandbits(53) * 2.0 ** rng.randrange(-100, 20)
    if rng.random() < 0.3:
        x = float(round(x))
    out.append(repr(x if rng.random() < 0.7 else -x))
    out.append(str(rng.getrandbits(60) / 2 ** rng.randrange(70)))
print(" ".join(out))
print(complex(1.5, -0.25), complex(1e16, 1e-5), 3.0j)
