class E(Exception):
    def __new__(cls, *a): return cls
class Boom(Exception):
    def __init__(self, *a): raise KeyError('ctor')
def g():
    try:
        yield 1
    except (TypeError, KeyError) as e:
        print('caught in gen', type(e).__name__, e)
        yield 2
for exc in (E, Boom):
    it = g(); next(it)
    print(it.throw(exc))
it2 = g(); next(it2)
try:
    it2.throw(1)
except TypeError as e:
    print('outer', e)
print(next(it2, 'end'))
def boring():
    yield
b = boring()
try:
    b.throw(E)
except TypeError as e:
    print('fresh', e)
print(next(b, 'stopped'))
