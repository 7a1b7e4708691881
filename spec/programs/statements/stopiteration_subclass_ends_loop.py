class MyStop(StopIteration): pass
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise MyStop(5)
        return self.i
for x in It(): print(x)
print(list(It()), [x for x in It()], sum(It()), tuple(It()))
a, b = It()
print(a, b)
