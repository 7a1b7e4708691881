# Three-argument pow() on a class with __rpow__ but no __pow__ looks up __pow__ and fails with
# AttributeError('__pow__') (CPython's slot_nb_power); and str.join/bytes.join/list()/tuple()
# of a sequence-protocol iterator ask its length hint, so a bad __len__ is reported.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class ROnly:
    def __rpow__(self, *args):
        return ('rpow', len(args))

class POnly:
    def __pow__(self, *args):
        return ('pow', len(args))

class IntR(int):
    def __rpow__(self, *args):
        return 'IntR rpow'

for a, b in [(ROnly(), 2), (2, ROnly()), (POnly(), 2), (2, POnly()), (IntR(3), 2), (2, IntR(3))]:
    show(lambda: pow(a, b, 5))
    show(lambda: pow(a, b))
    show(lambda: pow(a, b, None))

class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 2:
            return 'x'
        raise IndexError(i)

for n in [2, -1, 2 ** 70, 'not an int']:
    print('len', repr(n))
    show(lambda: ' '.join(Seq(n)))
    show(lambda: b' '.join(Seq(n)))
    show(lambda: list(iter(Seq(n))))
    show(lambda: tuple(iter(Seq(n))))
    show(lambda: sorted(iter(Seq(n))))
    show(lambda: list(Seq(n)))
