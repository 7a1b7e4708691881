# functools.total_ordering's derived comparisons: their names, qualified names and docstrings
# (which say how each is computed from the class's own comparison), and their results, for each
# of the four roots.
import functools

for root in ['__lt__', '__le__', '__gt__', '__ge__']:
    C = functools.total_ordering(type('C', (), {
        root: lambda self, other: self.v < other.v if root in ('__lt__', '__le__') else self.v > other.v,
        '__eq__': lambda self, other: self.v == other.v,
        '__init__': lambda self, v: setattr(self, 'v', v),
    }))
    for name in ['__lt__', '__le__', '__gt__', '__ge__']:
        if name == root:
            continue
        f = getattr(C, name)
        print(root, name, f.__name__, f.__qualname__)
        print('   ', f.__doc__)
        print('   ', [f(C(a), C(b)) for a, b in [(1, 2), (2, 2), (3, 2)]])
