class Name(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().title())
    def initials(self):
        return "".join(p[0] for p in self.split())
n = Name("  ada lovelace ")
print(n, repr(n), n.initials(), len(n), type(n).__name__)
print(type(n.upper()).__name__, type(n + "x").__name__, type(n[0]).__name__)
print(isinstance(n, str), n == "Ada Lovelace", hash(n) == hash("Ada Lovelace"))
class Loud(str):
    def __str__(self):
        return self.upper()
    def __repr__(self):
        return f"Loud({str.__repr__(self)})"
l = Loud("hi")
print(l, str(l), repr(l), f"{l}", "%s" % l, [l])
print(format(l), "{}".format(l))
class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)
p = Path("usr") / "lib" / "x"
print(p, type(p).__name__)
d = {Name("bob"): 1}
print(d["Bob"])
