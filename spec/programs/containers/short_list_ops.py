grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
recs = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
l = list(range(10))
del l[::3]
print(l)
del l[1:3]
print(l, l.index(5), l.count(7))
l.insert(0, "s"); l.insert(100, "e"); l.insert(-1, "m")
print(l)
l.remove("m")
print(l.pop(0), l.pop(), l)
try:
    l.remove("zz")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    l.index(99)
except ValueError as e:
    print(e)
a = [3, 1, 2]
b = a
a.sort()
print(b, a.reverse(), a, a.copy() is a, a * 0, [None] * 2)
nested = [1, [2, [3]]]
cp = nested.copy()
cp[1].append(9)
print(nested)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [[1]] == [[1]])
x = [1, 2, 3]
x[1:2] = []
x[0:0] = [7, 8]
print(x, x[::-1], list(reversed(x)))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
l2 = [5, 3]
l2.extend(range(2)); l2 += "ab"
print(l2)
l3 = [1]; l3.append(l3)
print(l3)
