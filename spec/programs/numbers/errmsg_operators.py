# Sequence concatenation/repetition against a class whose operators return NotImplemented,
# and against a class whose reflected operators answer.
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
class K:
    def __radd__(self, o): return ('radd', o)
    def __rmul__(self, o): return ('rmul', o)
    def __mul__(self, o): return ('mul', o)

def report(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

SEQS = ['s', b'b', bytearray(b'x'), [1], (1,)]
for s in SEQS:
    report(lambda: s + N())
    report(lambda: s * N())
    report(lambda: N() * s)
    report(lambda: N() + s)
    report(lambda: s + K())
    report(lambda: s * K())
    report(lambda: K() * s)
    def iadd():
        x = s; x += K(); return x
    def imul():
        x = s; x *= K(); return x
    def iaddn():
        x = s; x += N(); return x
    def imuln():
        x = s; x *= N(); return x
    def nimul():
        x = N(); x *= s; return x
    for g in (iadd, imul, iaddn, imuln, nimul):
        report(g)

# In-place repetition with a left operand that has sequence slots but no repeat: unsupported.
for left in [set(), frozenset(), range(2), {}, N(), 1.5, None, 2]:
    for right in ['ab', b'ab', [1], (1,), bytearray(b'a')]:
        def imul():
            x = left; x *= right; return x
        report(imul)
        report(lambda: left * right)

class S(str):
    def __rmul__(self, o): return 'S.rmul'
def f():
    x = {1}; x *= S('a'); return x
report(f)
print(3 * S('a'), S('a') * 3)
class L(list): pass
x = L([1]); x *= 2; print(x, type(x).__name__)

# Shift counts: beyond a ssize_t whose digit count overflows -> OverflowError, else MemoryError.
for b in [10**19, 10**20, 2**63, 7 * 10**19, 6 * 10**19, 10**100]:
    try:
        1 << b
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
print(0 << 10**100, 5 >> 10**100, -5 >> 10**100)
