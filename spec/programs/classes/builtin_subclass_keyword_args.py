# Subclasses of builtins taking keyword arguments: list refuses keywords unless the subclass
# has its own __new__; float unless it has its own __init__. Plain subclasses still refuse.
class WithNew(list):
    def __new__(cls, seq=(), tag=None):
        self = super().__new__(cls, seq)
        self.tag = tag
        return self

w = WithNew([1, 2], tag='t')
print(type(w).__name__, w, w.tag)
w2 = WithNew(tag='only')
print(w2, w2.tag)

class WithInit(list):
    def __init__(self, seq, extra=None):
        super().__init__(seq)
        self.extra = extra
print(WithInit('ab', extra=5), WithInit('ab', extra=5).extra)

class Plain(list):
    pass
for maker in (lambda: Plain(sequence=()), lambda: list(iterable=[]), lambda: WithNew([1], [2], [3])):
    try:
        print(maker())
    except TypeError as e:
        print('TypeError', e)

class Measured(float):
    def __init__(self, value, unit='m'):
        self.unit = unit
m = Measured(2.5, unit='cm')
print(m, m.unit, Measured('1e3', unit='km').unit)

class PlainFloat(float):
    pass
for maker in (lambda: PlainFloat(x=1.0), lambda: float(x=1.0)):
    try:
        print(maker())
    except TypeError as e:
        print('TypeError', e)
