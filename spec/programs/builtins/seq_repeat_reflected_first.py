# seq * x where x's class defines __rmul__ (so its type has nb_multiply): CPython calls
# x.__rmul__(seq) before the sequence repeat, even when x also has an __index__; repeat is
# the fallback for NotImplemented. Also seq *= x, and %c's conversion errors.
calls = []

class Both:
    def __index__(self):
        calls.append('index')
        return 2
    def __rmul__(self, other):
        calls.append('rmul')
        return 'rmul result'

class Declines:
    def __index__(self):
        calls.append('index')
        return 2
    def __rmul__(self, other):
        calls.append('rmul')
        return NotImplemented

class MulOnly:
    def __index__(self):
        return 3
    def __mul__(self, other):
        return 'mul result'

class IntSub(int):
    def __rmul__(self, other):
        return 'IntSub rmul'

class NoIndex:
    def __rmul__(self, other):
        calls.append('rmul')
        return NotImplemented

def show(f):
    calls.clear()
    try:
        r = f()
    except TypeError as e:
        r = 'TypeError: ' + str(e)
    print(repr(r), calls)

def imul(seq, n):
    seq *= n
    return seq

for seq in ['ab', b'ab', bytearray(b'ab'), [1], (1,)]:
    print(type(seq).__name__)
    for cls in [Both, Declines, MulOnly, NoIndex]:
        show(lambda: seq * cls())
        show(lambda: cls() * seq)
        show(lambda: imul(seq[:], cls()))
    show(lambda: seq * IntSub(3))
    show(lambda: IntSub(3) * seq)

class BadIndex:
    def __index__(self):
        return 'x'

class RaisesIndex:
    def __index__(self):
        raise TypeError('own')

for v in [BadIndex(), RaisesIndex(), 1.5, [65]]:
    show(lambda: '%c' % (v,))
    show(lambda: b'%c' % (v,))
