import sys
print(sys.getsizeof(1) > 0 if hasattr(sys, "getsizeof") else True)
x = [3, 1, 2]
x.sort(key=lambda v: -v, reverse=True)
print(x, sorted("bBaA", key=str.lower), sorted([(1, "b"), (1, "a")]), list(reversed(range(3))))
try:
    [].sort(1)
except TypeError as e:
    print("TypeError:", e)
l = [1, 2, 3, 4, 5]
print(l.index(3), l.index(3, 1, 4), l.count(9), l.copy() == l, l * 0, [0] * 3, l[::-1], l.pop(1), l.insert(-1, 9), l)
try:
    l.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    l.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop(3)
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(3)
except IndexError as e:
    print("IndexError:", e)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [1] * 2 + [3], [[0] * 2] * 2, list("ab") + list("cd"))
l2 = [1, 2, 3]
l2 += "ab"
l2.extend(range(2))
l2[1:3] = []
print(l2, len(l2), l2.clear(), l2)
try:
    [1, 2] + (3,)
except TypeError as e:
    print("TypeError:", e)
t = (1, 2, 3)
print(t.count(2), t.index(3), t + (4,), t * 2, (1,) < (1, 2), tuple(), (1,) == (1,), hash((1, 2)) == hash((1, 2)), t[1:], repr((1,)), repr(()))
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
a = [1, 2]
b = [a, a]
a.append(3)
print(b, [x for x in b if x is a].__len__())
print(list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))), [i for i in range(10) if i % 3 == 0 if i], [[j for j in range(i)] for i in range(3)])
m = [[1, 2], [3, 4]]
print([list(r) for r in zip(*m)], sum(m, []), [x for row in m for x in row], max(m, key=sum))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"), {k: v for k, v in sorted({"b": 2, "a": 1}.items())})
del nested["a"]["b"]
print(nested)
try:
    del nested["zz"]
except KeyError as e:
    print("KeyError:", e)
