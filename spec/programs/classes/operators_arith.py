# Arithmetic dunders on a small vector class.
class V:
    def __init__(self, *c):
        self.c = c

    def __repr__(self):
        return 'V' + repr(self.c)

    def __add__(self, o):
        return V(*(a + b for a, b in zip(self.c, o.c)))

    def __sub__(self, o):
        return V(*(a - b for a, b in zip(self.c, o.c)))

    def __mul__(self, k):
        return V(*(a * k for a in self.c))

    def __truediv__(self, k):
        return V(*(a / k for a in self.c))

    def __floordiv__(self, k):
        return V(*(a // k for a in self.c))

    def __mod__(self, k):
        return V(*(a % k for a in self.c))

    def __pow__(self, k):
        return V(*(a ** k for a in self.c))

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))

    def __neg__(self):
        return V(*(-a for a in self.c))

    def __pos__(self):
        return self

    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5

    def __invert__(self):
        return V(*reversed(self.c))


a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, b / 2, b // 2, b % 3, a ** 2)
print(a @ b, -a, +a, abs(V(3, 4)), ~a)
print(divmod(7, 2), pow(2, 5))
