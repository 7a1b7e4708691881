# Bound methods in a call's callable place inside hot code: classmethods, staticmethods,
# methods stored in variables or containers, methods of other instances, and arity errors.
class Counter:
    count = 0

    def __init__(self, k=1):
        self.k = k

    @classmethod
    def make(cls, k=1):
        cls.count += 1
        return cls(k)

    @staticmethod
    def ok(x):
        return x % 3 == 0

    def add(self, x, y=0):
        return self.k * x + y


class Sub(Counter):
    pass


total = 0
objs = [Counter(2), Sub(3)]
for i in range(100):
    c = Counter.make(i % 4)
    s = Sub.make()
    m = objs[i % 2].add
    table = {"f": c.add}
    total += m(i) + table["f"](1, 2) + Counter.ok(i) + s.add(1, y=i)
print(total, Counter.count, Sub.count)


def run(n):
    bm = Counter(5).add
    out = 0
    for i in range(n):
        out += bm(i)
        try:
            bm()
        except TypeError as e:
            msg = str(e)
        try:
            bm(1, 2, 3)
        except TypeError as e:
            msg2 = str(e)
    return out, msg, msg2


print(run(50))
