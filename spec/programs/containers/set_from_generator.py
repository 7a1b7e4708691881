class H:
    def __init__(self, v): self.v = v
    def __hash__(self):
        if self.v == 3: raise ValueError("bad hash 3")
        return self.v
    def __eq__(self, o): return self.v == o.v
def gen():
    for i in range(6):
        yield H(i)
g = gen()
try:
    set(g)
except ValueError as e:
    print(e, next(g).v)
print(sorted(x.v for x in set(H(i) for i in range(3))), frozenset(i % 3 for i in range(10)))
s = {1}
s.update(x for x in range(4)); s |= set(y * 2 for y in range(3)); print(sorted(s))
