# __index__, __int__, __float__ and __complex__ conversions.
class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


seq = list('abcdef')
print(seq[Idx(2)], seq[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)))
print(int(Idx(7)), [0] * Idx(3), 'ab' * Idx(2))


class Num:
    def __int__(self):
        return 3

    def __float__(self):
        return 2.5

    def __complex__(self):
        return 1j


print(int(Num()), float(Num()), complex(Num()))
try:
    [1, 2][Num()]
except TypeError as e:
    print(type(e).__name__, e)


class BadIndex:
    def __index__(self):
        return 'x'


try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
print(round(2.5), round(3.5), int(-2.7), int(True))
