class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class Node:
    __slots__ = ("child",)
class Box:
    pass
b = Box()
b.x = D(1)
b.x = D(2)
print("after rebind attr")
b.x = None
print("after None attr")
n = Node()
n.child = D(3)
n.child = D(4)
print("after slot")
lst = [D(5), D(6)]
lst[0] = None
print("after list item")
d = {"k": D(7)}
d["k"] = D(8)
print("after dict item")
def hot(m):
    o = Box()
    for i in range(m):
        o.v = D(i)
    print("hot done")
    L = [None]
    for i in range(m):
        L[0] = D(100 + i)
    print("hot2 done")
for r in range(60):
    if r == 59:
        hot(3)
class P:
    def __init__(self): self._v = None
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x
p = P()
p.v = D(9)
p.v = D(10)
print("after property")
del n
print("n gone")
del d
print("d gone")
del p
print("p gone")
del lst
print("end")
