# type(name, bases, ns) accepts a str subclass instance as the name and as the namespace's
# __qualname__ (taken by their value), a tuple subclass as the bases and a dict subclass as the
# namespace; other types are still refused with CPython's messages.


class Name(str):
    pass


class Bases(tuple):
    pass


class Namespace(dict):
    pass


X = type(Name('Made'), Bases((object,)), Namespace(a=1))
print(X, X.__name__, X.__qualname__, X.a, X.__bases__)

Q = type('Q', (), {'__qualname__': Name('Outer.Q')})
print(Q, Q.__name__, Q.__qualname__)


class Meta(type):
    pass


M = Meta(Name('ViaMeta'), (), {})
print(M, type(M).__name__)

for args in [(5, (), {}), (Name('a'), Name('b'), {}), ('a', (), 5), ('a', (), {'__qualname__': 5}),
             (Name('bad\0name'), (), {})]:
    try:
        type(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
