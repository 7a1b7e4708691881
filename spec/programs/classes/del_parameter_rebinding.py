class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(d):
    d = 5
    print("in f after rebind")
f(D(1))
print("--")
def g(*args):
    args = None
    print("in g")
g(D(2))
print("--")
def h(**kw):
    kw = None
    print("in h")
h(a=D(3))
print("--")
def k(d):
    d = 5
    print("in k")
x = D(4)
k(x)
print("--")
class C:
    def m(self):
        self = None
        print("in m")
C.m(D(5))
print("--")
print("end")
