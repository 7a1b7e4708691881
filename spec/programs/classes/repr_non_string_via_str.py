# str() of an object whose class defines only __repr__: object.__str__ calls the repr slot and
# str() checks the result, so a bad __repr__ result is reported as "__str__ returned non-string".
class BadRepr:
    def __repr__(self):
        return 1


class GoodRepr:
    def __repr__(self):
        return 'good'


class BothBad:
    def __repr__(self):
        return 2.5

    def __str__(self):
        return b'bytes'


for f in (repr, str, format, lambda o: f'{o}', lambda o: '%s' % (o,), lambda o: '%r' % (o,), lambda o: [o].__repr__(), print):
    for cls in (BadRepr, GoodRepr, BothBad):
        try:
            print(repr(f(cls())))
        except TypeError as e:
            print(cls.__name__, 'TypeError:', e)
print(str(GoodRepr()), object.__str__(GoodRepr()))
print(BadRepr())
