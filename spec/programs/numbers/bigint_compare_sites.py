# Comparisons whose operands are big ints (beyond 2**53) at sites that also see small ints,
# floats, bools and other types: every operator, both signs, at module level, in loops and in
# functions called many times (the VM specialises such a site to its int form, whose tail
# compares big ints; the tree-walker compares them directly).
import sys

BIG = 2 ** 64
NEG = -(2 ** 70) + 3
values = [0, 1, -1, 2 ** 53, 2 ** 53 + 1, -(2 ** 53) - 1, BIG, BIG + 1, NEG, 7, 2 ** 200, -(2 ** 200)]


def table(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


def count_pairs(xs):
    n = 0
    for a in xs:
        for b in xs:
            if a < b:
                n += 1
            if a == b:
                n += 100
            if a >= b:
                n += 10000
    return n


rows = []
for a in values:
    for b in values:
        rows.append(table(a, b))
print(len(rows), sum(sum(r) for r in rows), rows[:3], rows[-3:])
print(count_pairs(values), count_pairs(values[::-1]))

# The same site meeting floats, bools, a str and an int subclass after big ints.
class MyInt(int):
    def __lt__(self, other):
        return "MyInt.__lt__"


def lt(a, b):
    return a < b


def eq(a, b):
    return a == b


out = []
for i in range(60):
    out.append(lt(BIG + i, BIG + 30))
    out.append(eq(BIG * (i % 2), 0))
print(out.count(True), out[:6])
print(lt(BIG, 1.8446744073709552e19), lt(BIG, 1.9e19), eq(BIG, float(BIG)), eq(BIG + 1, float(BIG)))
print(lt(2 ** 1100, 1e308), lt(-(2 ** 1100), float("-inf")), eq(2 ** 60, float("nan")))
print(lt(True, BIG), eq(True, 1), lt(BIG, False), eq(BIG, "x"))
print(lt(MyInt(5), BIG), lt(BIG, MyInt(5)))
try:
    lt(BIG, "x")
except TypeError as e:
    print("TypeError", e)
print([lt(BIG, BIG + k) for k in (-1, 0, 1)], [eq(NEG, NEG + k) for k in (-1, 0, 1)])

# A while loop whose test compares a shrinking big int with a small one.
n = 3 ** 300
steps = 0
while n > 1000:
    n //= 7
    steps += 1
print(steps, n)


def shrink(v, limit):
    k = 0
    while v >= limit:
        v = v // 3 - 1
        k += 1
    return k, v


print([shrink(10 ** d, 5) for d in range(1, 60, 6)])
print(sys.maxsize < 2 ** 63, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1 == -(2 ** 63))
