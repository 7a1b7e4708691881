# Operator and subscript dunders of Python classes called from hot loops and function bodies
# (the VM's compiled code calls them directly): results, NotImplemented, exceptions, rebinding.


class V:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        if o.x < 0:
            return NotImplemented
        return V(self.x - o.x, self.y - o.y)

    def __eq__(self, o):
        if o.y < 0:
            return NotImplemented
        return self.x == o.x and self.y == o.y

    def __lt__(self, o):
        return self.x < o.x

    def __repr__(self):
        return f"V({self.x}, {self.y})"


class Grid:
    def __init__(self, n):
        self.cells = [0] * n
        self.writes = 0

    def __getitem__(self, i):
        if i >= len(self.cells):
            raise IndexError(f"cell {i} out of range")
        return self.cells[i]

    def __setitem__(self, i, v):
        self.writes += 1
        self.cells[i] = v
        return "ignored"


def sums(n):
    acc = V(0, 0)
    for i in range(n):
        acc = acc + V(i, 1)
    return acc


def compares(n):
    a, b = V(1, 2), V(1, 2)
    c = V(2, 0)
    hits = 0
    for i in range(n):
        if a == b:
            hits += 1
        if a < c:
            hits += 10
        if not (c < a):
            hits += 100
    return hits


def not_implemented(n):
    out = []
    for i in range(n):
        a = V(i, i)
        b = V(-1 if i % 50 == 49 else 1, 1)
        try:
            out.append((a - b).x)
        except TypeError as e:
            out.append(str(e))
    return out[-3:]


def eq_fallback(n):
    # NotImplemented from __eq__ of two instances of one class: the reflected __eq__ is tried,
    # then identity.
    a = V(1, -1)
    same = 0
    for i in range(n):
        if a == a:
            same += 1
        if a == V(1, -1):
            same += 1000
    return same


def grid_work(n):
    g = Grid(10)
    total = 0
    for i in range(n):
        g[i % 10] = i
        total += g[i % 10]
    missing = 0
    for i in range(n):
        try:
            total += g[i % 12]
        except IndexError as e:
            missing += 1
            last = str(e)
    return total, g.writes, missing, last


def rebind(n):
    # The class changes while the loop runs: the new __add__ is used at once.
    acc = V(0, 0)
    for i in range(n):
        if i == n // 2:
            V.__add__ = lambda self, o: V(self.x * 2 + o.x, self.y)
        acc = acc + V(1, 1)
    return acc


print(sums(1000))
print(compares(1000))
print(not_implemented(200))
print(eq_fallback(300))
print(grid_work(500))
print(sorted([V(i * 7 % 11, i) for i in range(11)])[:3])
print(rebind(40))


def boom(n):
    class W:
        def __mul__(self, o):
            if o is None:
                raise ValueError("no None")
            return 1
    w = W()
    t = 0
    for i in range(n):
        t += w * (None if i == n - 1 else i)
    return t


try:
    boom(300)
except ValueError as e:
    print("caught", e)
boom(300)
