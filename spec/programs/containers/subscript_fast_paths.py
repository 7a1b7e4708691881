# Indexing lists and tuples by ints at one site with in-range, negative and out-of-range
# indexes, bools, subclasses that override __getitem__/__setitem__, and augmented stores.
def get(seq, i):
    return seq[i]


def put(seq, i, v):
    seq[i] = v


def bump(seq, i):
    seq[i] += 1.5


lst = [10, 20, 30]
tup = (1, 2, 3)
for i in (0, 2, -1, -3, True):
    print(get(lst, i), get(tup, i))
for i in (3, -4):
    for seq in (lst, tup):
        try:
            get(seq, i)
        except IndexError as e:
            print(type(seq).__name__, "IndexError", e)
try:
    get(lst, 1.0)
except TypeError as e:
    print("TypeError", e)
put(lst, -1, "last")
put(lst, 0, "first")
print(lst)
try:
    put(lst, 5, 0)
except IndexError as e:
    print("IndexError", e)
try:
    put(tup, 0, 0)
except TypeError as e:
    print("TypeError", e)


class L(list):
    def __getitem__(self, i):
        return ("L", i)

    def __setitem__(self, i, v):
        print("L set", i, v)


sub = L([1, 2])
print(get(sub, 0), get(lst, 1))
put(sub, 0, 9)
v = [1.0, 2.0]
bump(v, 0)
bump(v, -1)
print(v)
try:
    bump(v, 2)
except IndexError as e:
    print("IndexError", e)
print(get({"a": 1}, "a"), get("xyz", -1), get(range(5), 3), get(lst, slice(0, 2)))


# Float arithmetic with float subclasses and mixed ints.
class F(float):
    def __add__(self, o):
        return "F.add"

    def __radd__(self, o):
        return "F.radd"


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


print(add(1.5, 2.5), add(1, 2.5), add(2.5, 1), add(F(1), 2.0), add(2.0, F(1)), add(1, F(2)))
print(mul(1.5, 2), mul(3, 0.5), mul(1e308, 10.0), add(0.1, 0.2), add(True, 0.5))
try:
    add(1.0, "x")
except TypeError as e:
    print("TypeError", e)
print(1.0 / 4, 7.0 // 2, 7.5 % 2, -0.0 * 1)


# Dict subscripts at one site: hits, misses, unhashable keys, subclasses with __missing__,
# equal keys of other types, and stores.
class Miss(dict):
    def __missing__(self, k):
        return ("missing", k)


d = {"a": 1, 2: "two", (1, 2): "tuple"}
for k in ("a", 2, 2.0, True, (1, 2), "zz"):
    try:
        print(repr(k), get(d, k))
    except KeyError as e:
        print("KeyError", e)
for k in ([1], {}):
    try:
        get(d, k)
    except TypeError as e:
        print("TypeError", e)
    try:
        put(d, k, 0)
    except TypeError as e:
        print("TypeError", e)
print(get(Miss(a=1), "a"), get(Miss(), "b"))
put(d, 1.0, "float-one")
put(d, True, "true")
put(d, "new", [])
print(d)


def count(words):
    c = {}
    for w in words:
        c[w] = c.get(w, 0) + 1
    return c


print(count("a b a c b a".split()))


# Functions called back from native code (sort keys, map, property) with exact and other
# argument counts.
def key1(x):
    return -x


def key_default(x, y=1):
    return x * y


print(sorted([3, 1, 2], key=key1), sorted([3, 1, 2], key=key_default), list(map(key1, [1, 2])))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20])))
try:
    list(map(key1, [1], [2]))
except TypeError as e:
    print("TypeError", e)
