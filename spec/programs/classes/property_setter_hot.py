# Property setters in hot loops: validation that raises, a setter's return value (dropped), a
# read-only property, the property replaced on the class, a subclass overriding it, __slots__,
# a deleter, and setters that store through other properties.
class Temp:
    __slots__ = ("_c", "log")
    def __init__(self):
        self._c = 0.0
        self.log = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero: %r" % v)
        self._c = v
        self.log += 1
        return "ignored"
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

t = Temp()
errors = 0
for i in range(300):
    try:
        t.celsius = i - 280
    except ValueError as e:
        errors += 1
        last = str(e)
    t.fahrenheit = i
print(t.celsius, round(t.fahrenheit, 6), t.log, errors, last)

class RO:
    @property
    def x(self):
        return 1
r = RO()
for i in range(50):
    try:
        r.x = i
    except AttributeError as e:
        msg = str(e)
print(msg)

class Base:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    @v.deleter
    def v(self): self._v = -1

class Sub(Base):
    @Base.v.setter
    def v(self, val): self._v = val * 3

objs = [Base(), Sub()]
for i in range(100):
    for o in objs:
        o.v = i
    if i == 60:
        Base.v = property(lambda self: self._v, lambda self, val: setattr(self, "_v", -val))
out = [o.v for o in objs]
del objs[1].v
print(out, objs[1].v)
