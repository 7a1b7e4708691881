class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountdownIter(self.n)
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __len__(self):
        return self.n
class CountdownIter:
    def __init__(self, n):
        self.cur = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
c = Countdown(3)
print(list(c), list(reversed(c)), len(c), sum(c), max(c), sorted(c))
print(list(zip(c, "abc")), list(enumerate(c, 1)), list(map(str, c)), list(filter(lambda v: v != 2, c)))
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(2 in c, 7 in c, dict(zip(c, c)))
a, *rest = c
print(a, rest)
print(*c, sep="-")
