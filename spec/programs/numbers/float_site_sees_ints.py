# Float arithmetic sites that later see ints (a vector class given int coordinates, a running
# sum started at 0): results keep their types (int * int stays an int, even past 2**53).
class V:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x = x; self.y = y; self.z = z
    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z
    def scale(self, k):
        return V(self.x * k, self.y * k, self.z * k)

fv = V(0.5, 1.5, -2.0)
total = 0.0
for i in range(200):
    total += fv.dot(fv.scale(i * 0.25))
print(total)
iv = V(3, -4, 12)
res = []
for i in range(200):
    res.append(iv.dot(V(i, i + 1, i + 2)))
print(res[:5], res[-1], type(res[-1]).__name__)
big = V(2**40, 3, 1)
print(big.dot(big), type(big.dot(big)).__name__)
mixed = [V(1, 2.5, 3).dot(V(i, 2, 0.5)) for i in range(5)]
print(mixed)

def poly(x, coeffs):
    acc = 0
    for c in coeffs:
        acc = acc * x + c
    return acc

vals = []
for i in range(300):
    vals.append(poly(i % 7 if i % 2 else (i % 7) * 0.5, [1, -2, 3]))
print(sum(vals), vals[:6], [type(v).__name__ for v in vals[:4]])
print(poly(10**6, [10**6, 1, 1]), poly(0.5, [2, 2]))
