class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class Node:
    __slots__ = ("child",)
n = Node()
n.child = D(3)
print("end")
