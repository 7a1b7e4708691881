import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(b, c, b[1] is a[1], c[1] is a[1])
class Pt:
    def __init__(self, x, tags): self.x, self.tags = x, tags
    def __repr__(self): return f"Pt({self.x}, {self.tags})"
p = Pt(1, ["t"])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append("u")
print(p2, p3, p2 is p, type(p3).__name__)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is cyc)
class Custom:
    def __init__(self): self.v = 1
    def __copy__(self):
        print("custom copy")
        n = Custom(); n.v = self.v + 1
        return n
    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return "deep!"
print(copy.copy(Custom()).v, copy.deepcopy(Custom()))
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2), copy.deepcopy({1, 2}), copy.copy({"a": 1}))
shared = [0]
both = [shared, shared]
dd = copy.deepcopy(both)
print(dd[0] is dd[1], dd[0] is shared)
class Sl:
    __slots__ = ("a", "b")
s = Sl(); s.a = [1]; s.b = 2
s2 = copy.deepcopy(s)
print(s2.a, s2.b, s2.a is s.a)
class L(list): pass
l = L([1, [2]]); l.attr = "x"
l2 = copy.deepcopy(l)
print(type(l2).__name__, l2, l2.attr, l2[1] is l[1])
