# Lambdas are ordinary functions for scoping purposes.
x = 'global'
f = lambda: x
print(f())
x = 'changed'
print(f())
make_adder = lambda n: lambda v: v + n
add5 = make_adder(5)
print(add5(1), add5.__code__.co_freevars)
compose = lambda f, g: lambda v: f(g(v))
print(compose(str, lambda v: v * 2)(21))


def outer():
    y = 1
    get = lambda: y
    y = 2
    return get()


print(outer())
print((lambda: (lambda: __name__)())())
print((lambda *a, **k: (a, k))(1, 2, z=3))
rec = lambda n: 1 if n == 0 else n * rec(n - 1)
print(rec(6))
print(f.__name__, f.__qualname__, add5.__qualname__)
