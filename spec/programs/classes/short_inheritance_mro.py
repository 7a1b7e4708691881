class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B" + super().who()
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C" + super().who()
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
print(D().who(), D().chain())
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))
print(issubclass(D, A), isinstance(D(), C), issubclass(A, D))
try:
    class E(A, B):
        pass
except TypeError as e:
    print(e)
class F(C, B): pass
print([k.__name__ for k in F.__mro__])
print(super(B, D()).who())
print(D.__bases__, A.__bases__)
