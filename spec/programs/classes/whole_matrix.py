from numbers import Number
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(f"{v}") for r in self.rows for v in r)
        return "\n".join("[" + " ".join(f"{v:>{w}}" for v in r) + "]" for r in self.rows)
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            if isinstance(r, slice) or isinstance(c, slice):
                rows = self.rows[r] if isinstance(r, slice) else [self.rows[r]]
                return Matrix([row[c] if isinstance(c, slice) else [row[c]] for row in rows])
            return self.rows[r][c]
        return self.rows[idx]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o):
        if isinstance(o, Matrix):
            if self.shape != o.shape:
                raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
            return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
        if isinstance(o, Number):
            return Matrix([[a + o for a in r] for r in self.rows])
        return NotImplemented
    __radd__ = __add__
    def __neg__(self):
        return self * -1
    def __sub__(self, o):
        return self + (-o)
    def __rsub__(self, o):
        return (-self) + o
    def __mul__(self, o):
        if isinstance(o, Number):
            return Matrix([[a * o for a in r] for r in self.rows])
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o):
        if not isinstance(o, Matrix):
            return NotImplemented
        (n, m), (m2, p) = self.shape, o.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {o.shape}")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __pow__(self, n):
        if n < 0:
            raise ValueError("negative power")
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    T = property(transpose)
    def __iter__(self):
        return (v for r in self.rows for v in r)
    def __len__(self):
        return self.shape[0] * self.shape[1]
    def __bool__(self):
        return any(self)
    def __hash__(self):
        return hash(tuple(map(tuple, self.rows)))
    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("not square")
        if n == 1:
            return self.rows[0][0]
        if n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(n))

a = Matrix([[1, 2], [3, 4]])
b = Matrix.identity(2)
print(a, repr(b), a.shape, sep="\n")
print(a + b, a - 1, 1 - a, 2 * a, a * 0.5, -a, sep="\n")
print(a @ b == a, a @ a, a ** 5, a.T, a.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
print(a[0], a[1, 0], a[:, 1], a[0, :], a[::-1, ::-1])
a[0, 0] = 10
print(a, list(a), len(a), bool(Matrix.zeros(2, 2)), sum(a), max(a), sorted(a, reverse=True))
c = a
c @= b
print(c is a, c)
print({a: "m", Matrix([[10, 2], [3, 4]]): "same"}, hash(a) == hash(Matrix([[10, 2], [3, 4]])))
for bad in [lambda: Matrix([[1], [1, 2]]), lambda: a + Matrix.zeros(3, 3), lambda: a @ Matrix.zeros(3, 1), lambda: a ** -1, lambda: a @ 2, lambda: a + "s", lambda: Matrix([[1, 2]]).det(), lambda: Matrix([])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
m3 = Matrix([[1.5, -2], [0, 1e3]])
print(m3)
print(f"{m3!r}", str(Matrix([[True, False]])), Matrix([[1 + 2j]]) * 2)
