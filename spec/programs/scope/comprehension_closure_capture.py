# Closures created inside a comprehension capture the comprehension's variable.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])


def outer():
    base = 10
    return [lambda: base + k for k in range(3)]


print([f() for f in outer()])

gens = [(lambda: j) for j in 'abc']
print(''.join(g() for g in gens))
print(fs[0].__code__.co_freevars)
nested = [[lambda: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in nested])
