# Overriding a property in a subclass, and extending its getter via super().
class Base:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value


class Doubled(Base):
    @property
    def v(self):
        return super().v * 2


class Extended(Base):
    @Base.v.setter
    def v(self, value):
        print('Extended setter')
        Base.v.fset(self, value + 100)


d = Doubled()
print(d.v)
try:
    d.v = 5
except AttributeError as e:
    print(type(e).__name__, e)
e = Extended()
e.v = 1
print(e.v)
print(Base.v is Extended.v, Base.v.fget is Extended.v.fget)
