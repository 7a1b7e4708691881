# C3 linearisation for diamonds and more complex hierarchies.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


def names(cls):
    return [k.__name__ for k in cls.__mro__]


print(names(Z))
print(names(K1), names(K2), names(K3))


class Top:
    def who(self):
        return 'Top'


class Left(Top):
    def who(self):
        return 'Left>' + super().who()


class Right(Top):
    def who(self):
        return 'Right>' + super().who()


class Bottom(Left, Right):
    def who(self):
        return 'Bottom>' + super().who()


print(Bottom().who())
print(Bottom.mro() == list(Bottom.__mro__), type(Bottom.__mro__).__name__)
print(Bottom.__mro__)
