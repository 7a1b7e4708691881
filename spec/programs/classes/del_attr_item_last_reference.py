# `del obj.attr` and `del container[key]` of the last reference finalize at once, as CPython's
# reference counting does; a deletion that leaves another reference finalizes nothing.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("close", self.name)

class Conn:
    def __init__(self):
        self.sock = Res("sock")
        self.log = Res("log")
c = Conn()
del c.sock
print("after del c.sock")
keep = c.log
del c.log
print("after del c.log (kept)")
del keep
print("after del keep")

items = [Res("i0"), Res("i1"), Res("i2")]
del items[1]
print("after del items[1]")
del items[-1]
print("after del items[-1]")
alias = items[0]
del items[0]
print("after del items[0] (alias kept)", alias.name)
del alias

registry = {"a": Res("ra"), 7: Res("r7")}
del registry["a"]
print("after del registry['a']")
del registry[7]
print("after del registry[7]")

class Prop:
    def __init__(self):
        self._v = Res("prop")
    @property
    def v(self):
        return self._v
    @v.deleter
    def v(self):
        print("deleter runs")
        del self._v
p = Prop()
del p.v
print("after del p.v")

class Slots:
    __slots__ = ("r",)
s = Slots()
s.r = Res("slot")
del s.r
print("after del s.r (slot)")

nested = {"k": [Res("n0"), Res("n1")]}
del nested["k"]
print("after del nested['k']")
print("end")
