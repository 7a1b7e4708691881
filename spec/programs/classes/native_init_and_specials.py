# Builtin types' own __init__ and special methods reached through a subclass (type.__call__,
# len(), in, [], str()): called with the instance, keywords and errors as in CPython.
class L(list): pass
class D(dict): pass
class S(set): pass
class E(ValueError): pass
class B(bytearray): pass
print(L([1, 2, 3]), L(), D(a=1, b=2), D([('x', 1)], y=2), S('abca') == {'a', 'b', 'c'}, B(b'hi'))
e = E('bad', 42)
print(repr(e), e.args, str(e), isinstance(e, ValueError))
try:
    L([1], [2])
except TypeError as ex:
    print('TypeError', ex)
try:
    L(x=1)
except TypeError as ex:
    print('TypeError', ex)
try:
    D(1)
except TypeError as ex:
    print('TypeError', ex)
try:
    E('x', y=1)
except TypeError as ex:
    print('TypeError', ex)
l = L([5, 6])
l.__init__([7])
print(l, len(l), 7 in l, l[0], l[-1:])
d = D(k=1)
d.__init__({'j': 2})
print(d, len(d), 'j' in d, d['k'])
class Init(list):
    def __init__(self, *a, **k):
        print('Init', a, k)
        super().__init__(*a)
print(Init('ab'), Init())
class Ex(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
try:
    raise Ex(7)
except Ex as ex:
    print(ex, ex.code, ex.args)
for t in (KeyError, IndexError, OSError, StopIteration, SystemExit):
    x = t('m', 2)
    print(t.__name__, x.args, repr(x))
print(OSError(2, 'No such file').errno, StopIteration(5).value, SystemExit(3).code)
class W(int): pass
print(W(5) + 1, W('7', 8), int.__init__(W(1)) is None)
