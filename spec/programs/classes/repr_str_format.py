# __repr__, __str__ and __format__ and where each is used.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'P({self.x!r}, {self.y!r})'

    def __str__(self):
        return f'({self.x}, {self.y})'

    def __format__(self, spec):
        if spec == 'polar':
            return 'polar form'
        return format(str(self), spec)


p = P(1, 'a')
print(p)
print(repr(p), str(p))
print([p], (p,), {'k': p})
print(f'{p}', f'{p!r}', f'{p!s}', f'{p:polar}', f'[{p:>12}]')
print('{} {!r} {:^12}|'.format(p, p, p))
print('%s %r' % (p, p))


class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'


print(str(OnlyRepr()), f'{OnlyRepr()}', format(OnlyRepr()))
try:
    format(OnlyRepr(), 'x')
except TypeError as e:
    print(type(e).__name__, e)


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
