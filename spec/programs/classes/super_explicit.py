# Two-argument super(), super on classmethods, and super objects.
class A:
    def f(self):
        return 'A.f'

    @classmethod
    def make(cls):
        return 'A.make for ' + cls.__name__


class B(A):
    def f(self):
        return 'B.f'

    @classmethod
    def make(cls):
        return 'B.make -> ' + super().make()


class C(B):
    def f(self):
        return 'C.f'


c = C()
print(super(C, c).f(), super(B, c).f())
print(C.make())
print(super(B, C).make())
s = super(C, c)
print(type(s).__name__)
try:
    super(A, c).f()
except AttributeError as e:
    print(type(e).__name__, e)
print(super(C, C).f(c))
