# Loops whose operand types change while they run: ints that grow past 2**53 and become big
# ints, ints meeting floats, strs, lists and tuples at the same instruction, iterators of
# different kinds at one loop head, and values of classes with their own dunders. Each loop
# runs long enough to be compiled (the VM's loop compiler) before the change comes.


def grow(n):
    x = 1
    out = []
    for i in range(n):
        x = x * 3 + i
        if i % 10 == 0:
            out.append(x % 1000003)
    return x, out


print(grow(80))


def mixed(values):
    total = 0
    for v in values:
        total = total + v
    return total


print(mixed(list(range(50)) + [0.5, 1.25] + list(range(20))))
print(mixed([[1]] * 0))
try:
    mixed(list(range(40)) + ["x"])
except TypeError as e:
    print("TypeError", e)


def concat(items):
    s = ""
    for it in items:
        s = s + it
    return s


print(concat(["ab", "c"] * 20))


def compare(xs, ys):
    n = 0
    for i in range(len(xs)):
        if xs[i] < ys[i]:
            n += 1
        elif xs[i] == ys[i]:
            n += 100
    return n


print(compare(list(range(30)) + [1.5, "a", (1, 2)], list(range(1, 31)) + [1.5, "b", (1, 3)]))


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))

    def __radd__(self, o):
        return V(o + self.v)

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, V) else o)

    def __bool__(self):
        return self.v != 3

    def __index__(self):
        return self.v

    def __repr__(self):
        return f"V({self.v})"


def over(items):
    acc = 0
    truthy = 0
    for x in items:
        acc = acc + x if not isinstance(acc, V) else acc + x
        if x:
            truthy += 1
    return acc, truthy


print(over(list(range(20)) + [V(3), V(4), 5]))


def heads(seqs):
    out = []
    for s in seqs:
        t = 0
        for x in s:
            t += x
        out.append(t)
    return out


print(heads([range(10), [1, 2, 3] * 5, (4, 5) * 6, {7: 1, 8: 2}, iter([9] * 4), (i * i for i in range(6)), "", []]))


def subscripts(seq, keys):
    out = []
    for k in keys:
        out.append(seq[k])
    return out


print(subscripts(list(range(100)), list(range(-5, 40, 3)) + [True, slice(1, 4)]))
print(subscripts({"a": 1, 2: "two", (1, 2): 3}, ["a", 2, (1, 2)] * 10))
try:
    subscripts(list(range(10)), list(range(9)) * 5 + [10])
except IndexError as e:
    print("IndexError", e)
try:
    subscripts({1: 1}, [1] * 20 + [2])
except KeyError as e:
    print("KeyError", e)


def stores(n):
    lst = [0] * 10
    d = {}
    for i in range(n):
        lst[i % 10] = i
        lst[-1 - i % 3] += 1
        d[i % 7] = d.get(i % 7, 0) + i
        d["k" + str(i % 3)] = i
    return lst, sorted(d.items(), key=str)


print(stores(100))


def unpack(pairs):
    s = 0
    for a, b in pairs:
        s += a * b
    return s


print(unpack([(1, 2), [3, 4]] * 10 + [(5, 6)]))
try:
    unpack([(1, 2)] * 10 + [(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)


def numbers(n):
    f = 0.0
    k = 0
    for i in range(n):
        f = f + i * 0.5
        f = f - 0.25
        k = k + (i // 3) - (i % 4) + (-i) + (i << 2) + (i >> 1) + (i & 5) + (i | 2) + (i ^ 7)
    return f, k, f / 3, -k, 7 / 2, 7 // -2, -7 % 3, 2 ** 70 // 3


print(numbers(200))


def divide(xs):
    out = []
    for x in xs:
        out.append(12 // x)
    return out


try:
    divide([1, 2, 3, 4] * 5 + [0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def comparisons(xs, ys):
    out = []
    for i in range(len(xs)):
        x = xs[i]
        y = ys[i]
        out.append((x < y, x <= y, x == y, x != y, x > y, x >= y))
    return out


big = 2 ** 60
xs = [1, 2, big, big, big + 1, 2.5, -big, 3, float("nan"), 2 ** 53 + 1] * 3
ys = [1.0, 2, float(big), big, float(big), big, -float(big), 3.0000001, 1, float(2 ** 53)] * 3
for row in comparisons(xs, ys)[-10:]:
    print(row)
