class A(tuple):
    def __new__(cls, a):
        return super().__new__(cls, (a,))
class B(A): pass
print(B(1), type(B(1)).__name__)
class C(int):
    def __new__(cls, v): return super().__new__(cls, v * 2)
class D(C): pass
class E(D):
    pass
print(E(4), D(1))
try:
    object.__new__(E)
except TypeError as e:
    print(e)
try:
    int.__new__(list)
except TypeError as e:
    print(e)
