# __length_hint__ of the builtin iterators: str (ASCII and not), bytes, bytearray and the
# old-style sequence iterator had none (NotImplemented for a sequence without __len__).
import operator
for s in ['hello', 'héllo', 'a\U0001f600b', '']:
    it = iter(s)
    hints = [it.__length_hint__()]
    for _ in it:
        hints.append(it.__length_hint__())
    print(type(it).__name__, hints, operator.length_hint(iter(s)))
for b in [b'abc', bytearray(b'xy'), b'']:
    it = iter(b)
    hints = [it.__length_hint__()]
    for _ in it:
        hints.append(it.__length_hint__())
    print(type(it).__name__, hints)
class WithLen:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i
    def __len__(self):
        return 3
class NoLen:
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i
it = iter(WithLen())
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
it = iter(NoLen())
print(it.__length_hint__(), operator.length_hint(it, 42), list(it), it.__length_hint__())
d = {'a': 1, 'b': 2, 'c': 3}
for view in (d.keys(), d.values(), d.items()):
    it = iter(view)
    print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__(), list(it))
r = reversed(d)
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
l = [1, 2, 3]
it = iter(l); next(it); l.append(4); print(it.__length_hint__(), list(it))
rg = iter(range(0, 10, 3)); next(rg); print(type(rg).__name__, rg.__length_hint__(), list(rg))
try:
    iter('x').__length_hint__(1)
except TypeError as e:
    print('TypeError', e)
