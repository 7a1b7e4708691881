# A namedtuple's field descriptors (_tuplegetter) show their index and doc.
from collections import namedtuple

P = namedtuple('P', 'x y')
print(P.x, P.y)
print(repr(P.x.__doc__))
P.x.__doc__ = 'changed'
print(P.x)
print(P(1, 2).x, P.y.__get__(P(3, 4)))
