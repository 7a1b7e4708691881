class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
idx = (1, 2)
print(g[*idx], g[0, *idx], g[*idx, 3])
first, *rest = "hello"
print(first, rest)
print(*range(3), sep=", ", end="!\n")
print(*[], "only")
print([*"ab", *range(2)], {*"aa", *"b"} == {"a", "b"}, {**{"a": 1}, "b": 2}, (*[1], 2))
def f(*a, **k):
    return a, k
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
x = [1, 2, 3]
x[1:2] = [*"ab"]
print(x)
