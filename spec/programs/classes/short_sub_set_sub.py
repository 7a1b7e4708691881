class Tags(set):
    def add(self, v):
        super().add(v.lower())
t = Tags()
t.add("A"); t.add("a"); t.add("B")
print(sorted(t), len(t))
u = t | {"c"}
print(type(u).__name__, sorted(u))
class FS(frozenset):
    def __repr__(self):
        return "FS" + repr(sorted(self))
f = FS([3, 1, 2])
print(f, f | {9}, type(f & {1}).__name__, hash(f) == hash(frozenset([1, 2, 3])))
print(FS() == frozenset(), {f: 1}[frozenset([1, 2, 3])])
