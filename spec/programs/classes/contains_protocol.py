# `in` uses __contains__, then __iter__, then __getitem__.
class Evens:
    def __contains__(self, x):
        print('contains', x)
        return x % 2 == 0


class Iterates:
    def __iter__(self):
        print('iter')
        return iter([1, 2, 3])


class Indexes:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(4 in Evens(), 3 in Evens(), 3 not in Evens())
print(2 in Iterates(), 9 in Iterates())
print(20 in Indexes(), 25 in Indexes())


class TruthyContains:
    def __contains__(self, x):
        return 'yes'


print(1 in TruthyContains())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
