# Lambdas in a class body: defaults see the class namespace, the body does not.
k = 'global k'


class C:
    k = 'class k'
    body_reads = lambda self: k
    default_reads = lambda self, v=k: v
    items = ['a', 'b']
    funcs = [lambda: k for _ in items]


c = C()
print(c.body_reads())
print(c.default_reads())
print([f() for f in C.funcs])
print(C.body_reads.__qualname__)
