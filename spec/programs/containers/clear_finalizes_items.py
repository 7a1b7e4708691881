# list.clear() and dict.clear() let go of their items at once: an item nothing else holds is
# finalized then (list items last first, dict keys and values in order), as CPython does.
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __repr__(self): return f"Res({self.n})"
pool = [Res(1), Res(2), Res(3)]
print(pool)
pool.clear()
print("cleared list", pool)
reg = {"a": Res("a"), "b": Res("b")}
reg.clear()
print("cleared dict", reg)
keep = Res("kept")
lst = [keep, Res(4)]
lst.clear()
print("cleared with one kept")
d = {Res("key"): Res("val")}
d.clear()
print("cleared key and value")
def gen(tag):
    try:
        yield 1
    finally:
        print("closed", tag)
gs = [gen("x"), gen("y")]
for g in gs: next(g)
gs.clear()
print("generators cleared")
nested = [[Res("inner")]]
nested.clear()
print("nested cleared")
print("end", keep)
