# Class decorators and base-class expressions are evaluated in the enclosing scope.
def make(prefix):
    def deco(cls):
        cls.prefix = prefix
        return cls

    class Base:
        origin = prefix + ' base'

    @deco
    class Derived(Base):
        seen = prefix
    return Derived


D = make('p1')
print(D.prefix, D.origin, D.seen, D.__mro__[1].__name__)
bases = []


def pick_base():
    bases.append('picked')
    return object


class E(pick_base()):
    pass


print(bases, E.__bases__)
