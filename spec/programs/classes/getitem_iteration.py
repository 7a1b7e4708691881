# The old sequence protocol: iteration through __getitem__ until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError('out of range')
        return i * i


print(list(Squares(5)))
print([x for x in Squares(3)])
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, 'end'))
print(list(reversed([1, 2])), sorted(Squares(4), reverse=True))


class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(list(StopsWithStopIteration()))


class KeyErrorSeq:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(KeyErrorSeq())
except KeyError as e:
    print(type(e).__name__, e)
