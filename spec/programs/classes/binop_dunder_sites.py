# a <op> b for two instances of one class with Python dunders, at sites run many times (the VM
# pushes the dunder's frame): results, NotImplemented becoming TypeError (also in place),
# __i<op>__ taking precedence, dunders rebound or deleted between runs, errors inside a dunder,
# recursion through a dunder, and sites that also see ints and other classes.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def __sub__(self, o):
        if o.x == 99:
            return NotImplemented
        return V(self.x - o.x)

    def __mul__(self, o):
        return V(self.x * o.x)

    def __truediv__(self, o):
        return V(self.x / o.x)

    def __repr__(self):
        return f"V({self.x})"


def combine(a, b):
    return a + b, a - b, a * b, a / b


for k in range(1, 5):
    print(combine(V(k), V(2)))
for k in range(3):
    try:
        print(V(k) - V(99))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(V(k) / V(0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

acc = V(0)
for k in range(5):
    acc += V(k)
    acc -= V(1)
print(acc)
for k in range(3):
    try:
        acc -= V(99)
    except TypeError as e:
        print("TypeError:", e)


class W(V):
    def __iadd__(self, o):
        self.x += o.x * 100
        return self


w = W(1)
for k in range(3):
    w += W(1)
    print(w, type(w).__name__, w + W(1))

# The same site sees ints, strs, then instances, and two different classes.
def add(a, b):
    return a + b


print([add(*p) for p in [(1, 2), ("a", "b"), (V(1), V(2)), (V(3), V(4)), (W(1), W(2)), (V(1), W(1)), (2, 3), (V(5), V(6))]])

# Rebinding and deleting the dunder between runs of one site.
results = []
for k in range(6):
    if k == 2:
        V.__add__ = lambda self, o: "rebound"
    if k == 4:
        del V.__add__
    try:
        results.append(add(V(k), V(k)))
    except TypeError as e:
        results.append("TypeError: " + str(e))
print(results)


# A dunder that recurses through the same operator, and one that raises.
class N:
    def __init__(self, n):
        self.n = n

    def __mul__(self, o):
        if self.n <= 1:
            return N(1)
        return N(self.n * (N(self.n - 1) * o).n)

    def __mod__(self, o):
        return self.n % o.n


print([(N(k) * N(0)).n for k in range(1, 8)])
for k in range(3):
    try:
        N(5) % N(0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


# A dunder with a default parameter or *args is still called correctly.
class D:
    def __init__(self, v):
        self.v = v

    def __add__(self, o, extra=10):
        return self.v + o.v + extra

    def __sub__(self, *args):
        return len(args)


print([D(k) + D(1) for k in range(3)], [D(k) - D(1) for k in range(3)])
