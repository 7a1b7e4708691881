import reprlib, collections, array
r = reprlib.Repr()
print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(set(range(20))), reprlib.repr(frozenset("abcdefgh")), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}), reprlib.repr("x" * 100), reprlib.repr(10 ** 100), reprlib.repr(object())[:9], reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr(collections.deque(range(10))), reprlib.repr(array.array("i", range(10))), reprlib.repr(array.array("d")), reprlib.repr("short"), reprlib.repr(3.5), reprlib.repr({"b": 1, 2: "a"}))
r.maxlist = 2; r.maxstring = 10; r.maxlong = 8; r.fillvalue = "~"; r.maxlevel = 2
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"), r.repr(2 ** 64), r.repr([[[1]]]), r.repr({1: {2: {3: 4}}}), r.repr([]))
class Bad:
    def __repr__(self): raise ValueError
print(reprlib.repr(Bad())[:14])
class Node:
    def __init__(self): self.children = []
    @reprlib.recursive_repr()
    def __repr__(self): return f"Node({self.children})"
n = Node(); n.children.append(n)
print(repr(n), Node.__repr__.__name__, Node.__repr__.__qualname__)
class Node2(Node):
    @reprlib.recursive_repr("<loop>")
    def __repr__(self): return f"N2{self.children}"
m = Node2(); m.children.append(m)
print(repr(m))
class MyRepr(reprlib.Repr):
    def repr_MyType(self, x, level): return "custom!"
class MyType: pass
print(MyRepr().repr([MyType()]))
