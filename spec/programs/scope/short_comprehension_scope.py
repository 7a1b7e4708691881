x = "outer"
res = [x for x in range(3)]
print(x, res)
y = 5
print([y * i for i in range(3)])
print({k: v for k, v in zip("ab", [1, 2])})
print({c for c in "hello"} == set("helo"))
def f():
    n = 10
    return [[n * i + j for j in range(2)] for i in range(2)]
print(f())
items = [[1, 2], [3], []]
print([v for sub in items for v in sub if v % 2])
print([(lambda: i)() for i in range(3)])
fs = [lambda: i for i in range(3)]
print([g() for g in fs])
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(e)
print([i for i in range(3)] and i if 'i' in dir() else "no leak")
