# __reversed__, __iter__ as a generator, and __len__-based reversal.
class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        for c in self.cards:
            yield c

    def __reversed__(self):
        print('__reversed__ called')
        return iter(self.cards[::-1])

    def __len__(self):
        return len(self.cards)


d = Deck(['A', 'K', 'Q'])
print(list(d), list(reversed(d)))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError
        return i * 10


print(list(reversed(Seq())))
try:
    reversed(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})))
