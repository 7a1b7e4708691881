# The recursion guards of dataclass __repr__ and reprlib.recursive_repr: an object reached again
# while its repr is being made shows "...", other objects of the same class still repr in full,
# an exception leaves the guard clean, and many reprs in a loop.
from dataclasses import dataclass, field
import reprlib

@dataclass
class Node:
    name: str
    kids: list = field(default_factory=list)

a = Node("a"); b = Node("b", [a]); a.kids.append(b); a.kids.append(Node("c"))
print(repr(a))
print(repr(b))

class Ring:
    def __init__(self, tag):
        self.tag = tag
        self.items = []
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "Ring(%s: %r)" % (self.tag, self.items)

r1, r2 = Ring(1), Ring(2)
r1.items += [r2, r1]; r2.items += [r1]
print(r1, r2)

class Bad:
    fail = True
    @reprlib.recursive_repr()
    def __repr__(self):
        if Bad.fail:
            Bad.fail = False
            raise ValueError("boom")
        return "Bad()"
bd = Bad()
try:
    repr(bd)
except ValueError as e:
    print("ValueError", e)
print(repr(bd), repr([bd, bd]))

total = 0
for i in range(2000):
    total += len(repr(Node(str(i), [Node("x")])))
print(total)
