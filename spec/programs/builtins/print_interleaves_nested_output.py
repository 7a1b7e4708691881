# print() writes each object's text as it goes: output printed by a __str__ / __repr__ comes
# after the objects and separators that precede that object, and before the ones after it.
class Loud:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        print("  (repr of", self.name + ")")
        return "Loud(" + self.name + ")"

    def __str__(self):
        print("  (str of", self.name + ")")
        return self.name


print(1, Loud("a"), 2)
print("x", [Loud("b")], sep=" | ", end=" <end>\n")
print(Loud("c"))
print(Loud("d"), Loud("e"), sep="-")
print("pre", {"k": Loud("f")}, (Loud("g"),))
print(3.5, True, None, Loud("h"))


class Fails:
    def __str__(self):
        print("  (about to fail)")
        raise ValueError("no text")


try:
    print("before", Fails(), "after")
except ValueError as e:
    print()
    print(type(e).__name__, e)
print("done")
