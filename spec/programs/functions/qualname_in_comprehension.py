# __qualname__ of functions made inside comprehensions: a comprehension's scope adds no
# '.<locals>' (CPython's compiler_set_qualname only does for functions and lambdas).
def f():
    return [lambda: 0 for _ in range(1)][0], [[(lambda: (x for x in 'a'))() for _ in 'a'] for _ in 'a'][0][0], {k: (lambda: 1) for k in 'a'}['a'], (g for g in [lambda: 1])
a, b, c, d = f()
print(a.__qualname__, b.__qualname__, c.__qualname__, next(d).__qualname__, d.__qualname__)
class C:
    l = [lambda: 0 for _ in range(1)]
    def m(self): return [(lambda: 0) for _ in 'a'][0]
    s = {(lambda: 0).__qualname__ for _ in 'a'}
print(C.l[0].__qualname__, C().m().__qualname__, C.s)
print([lambda: 0 for _ in 'a'][0].__qualname__, [[lambda: 0 for _ in 'a'] for _ in 'a'][0][0].__qualname__)
print([def_.__qualname__ for def_ in [type('T', (), {})]], [repr(g)[:26] for g in [(y for y in '')]])
