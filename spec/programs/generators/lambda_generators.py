# A lambda whose body yields is a generator function: every call makes a fresh generator, its
# expression's value is the StopIteration value, and it can be delegated to.
one = lambda: (yield 1)
pair = lambda x: [(yield x), (yield x + 1)]
bare = lambda: (yield)

for _ in range(3):
    print(list(one()), list(pair(5)), list(bare()))

g = pair(10)
print(next(g), g.send("a"))
try:
    g.send("b")
except StopIteration as stop:
    print("returned", stop.value)

def outer():
    got = yield from one()
    return got

via_def = outer()
print(next(via_def))
try:
    via_def.send("sent")
except StopIteration as stop:
    print("outer returned", stop.value)

chain = lambda: (yield from pair(0))
print(list(chain()))
print(type(one()).__name__, one.__name__, one().__name__)
