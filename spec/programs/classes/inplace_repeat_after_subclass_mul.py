# x *= n on a list/bytearray subclass: the builtin's __imul__ is CPython's sq_inplace_repeat,
# tried only after nb_multiply, so a Python __mul__ on the subclass runs first; += keeps the
# builtin's in-place concatenation (its __iadd__ fills nb_inplace_add).
for base in (bytearray, list, bytes, str, tuple):
    class C(base):
        def __mul__(self, o):
            return 'C.mul'
        def __add__(self, o):
            return 'C.add'
    for op in ('*=', '+='):
        for rhs in ('b"q"', '2'):
            x = C()
            try:
                exec(f'x {op} {rhs}')
                print(base.__name__, op, rhs, repr(x))
            except Exception as e:
                print(base.__name__, op, rhs, type(e).__name__, e)

class RM(list):
    def __rmul__(self, o):
        return 'RM.rmul'

x = RM([1]); y = x; x *= 2
print(type(x).__name__, x, x is y)

class NI(bytearray):
    def __mul__(self, o):
        return NotImplemented

x = NI(b'a'); y = x; x *= 2
print(type(x).__name__, x, x is y)

class OwnI(list):
    def __imul__(self, o):
        return 'OwnI.imul'
    def __mul__(self, o):
        return 'OwnI.mul'

class SubOwnI(OwnI):
    pass

for cls in (OwnI, SubOwnI):
    x = cls(); x *= 3
    print(cls.__name__, x)

class G(list):
    def __mul__(self, o):
        return 'G.mul'

class H(G):
    __imul__ = list.__imul__

x = H([1]); x *= 2
print('H', x)

class R:
    def __rmul__(self, o):
        return 'R.rmul'

class Gm(list):
    def __mul__(self, o):
        return NotImplemented

x = Gm([1]); x *= R()
print(x)
x = Gm([1]); y = x; x *= 2
print(x, x is y)
