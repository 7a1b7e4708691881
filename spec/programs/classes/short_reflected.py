class M:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("M.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("M.__radd__")
        return "radd"
class S(M):
    def __radd__(self, o):
        print("S.__radd__")
        return "S radd"
print(M(1) + S(2))
print(1 + M(1))
class E:
    def __eq__(self, o):
        print("E.__eq__")
        return NotImplemented
print(E() == E(), E() != 3)
class L:
    def __lt__(self, o):
        print("L.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print("L.__gt__")
        return True
print(L() < L())
print(3 > L())
try:
    M(1) + M(2)
except TypeError as e:
    print(e)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(1), Cmp(5)), min([Cmp(4), Cmp(2)]))
