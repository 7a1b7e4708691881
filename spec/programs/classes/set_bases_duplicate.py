# Assigning __bases__ a tuple that repeats a class is refused (its MRO would list the class
# twice); the class keeps its bases and MRO.


class A:
    pass


class B:
    pass


class D(A):
    pass


for bases in ((A, A), (B, A, B)):
    try:
        D.__bases__ = bases
    except TypeError as e:
        print('TypeError:', e)
    print([c.__name__ for c in D.__mro__], [c.__name__ for c in D.__bases__])

D.__bases__ = (B, A)
print([c.__name__ for c in D.__mro__])
try:
    class E(A, A):
        pass
except TypeError as e:
    print('TypeError:', e)
