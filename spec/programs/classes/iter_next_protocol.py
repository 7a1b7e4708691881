# Custom iterators with __iter__ and __next__.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
for x in c:
    print('never', x)


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(0, self.n, 2))


r = Range2(7)
print(list(r), list(r), sum(r), max(r))
a, b, *rest = Range2(9)
print(a, b, rest)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
