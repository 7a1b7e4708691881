# __slots__ = ('__dict__',) and the __dict__ / __weakref__ descriptors are decided by the
# best base (the one whose layout instances extend); a secondary base's __dict__ is added.
class A:
    pass

class S:
    __slots__ = ('x',)

cases = [(A, str), (A,), (str,), (A, S), (S, A), (S,), (A, int), (object,), (A, tuple)]
for bases in cases:
    for sl in [None, (), ('__dict__',), ('__weakref__',), ('q',), ('__dict__', '__weakref__')]:
        ns = {} if sl is None else {'__slots__': sl}
        try:
            C = type('C', bases, ns)
            c = C()
            print([b.__name__ for b in bases], sl, '__dict__' in C.__dict__, '__weakref__' in C.__dict__, hasattr(c, '__dict__'))
        except Exception as e:
            print([b.__name__ for b in bases], sl, type(e).__name__, e)

class E(A, str):
    __slots__ = ('s1', '__dict__')

e = E('text')
e.s1 = 1
e.other = 2
print(e, e.s1, e.__dict__)
