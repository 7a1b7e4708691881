# A class's binary dunders called in hot loops with an int or float on the right (v * 2.0):
# NotImplemented gives the TypeError, int/float subclasses get the number's reflected method,
# bools and big ints, in-place forms with and without __i<op>__.
class V:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k, self.y * k)
        return NotImplemented
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    __rmul__ = __mul__
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)

acc = V(0, 0)
for i in range(200):
    acc = acc + V(1, 2) * (i % 3) + V(0.5, 0) * 0.5
    acc *= 1
print(acc)
for k in (True, 2**70, -3, 0.25):
    print(V(1, 2) * k)
for r in range(60):
    try:
        V(1, 1) + 5
    except TypeError as e:
        msg = str(e)
print(msg)
try:
    acc += 1.5
except TypeError as e:
    print(e)

class N(int):
    def __add__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return "N.sub"
vals = []
for i in range(100):
    vals.append(N(i) + 1)
    vals.append(N(i) - 2.5)
print(vals[-4:], type(vals[0]).__name__)

class F(float):
    def __mul__(self, o):
        return NotImplemented
for r in range(50):
    try:
        F(1.5) * 2
    except TypeError as e:
        msg = str(e)
print(msg, [2.0 * F(1.5) for _ in range(40)][-1])

class Acc:
    def __init__(self):
        self.t = 0
    def __add__(self, n):
        a = Acc(); a.t = self.t + n; return a
    def __iadd__(self, n):
        self.t += 2 * n
        return self
a = Acc(); b = Acc()
for i in range(100):
    a += i
    b = b + i
print(a.t, b.t)
