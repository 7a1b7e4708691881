class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        if self.n == 2:
            raise RuntimeError("exit failed %d" % self.n)
def g():
    with CM(1) as a, \
         CM(2) as b:
        x = 1
        y = 2
    yield 1
for _ in g(): pass
