# __builtins__ that is neither a dict nor a module (None, a number, a custom mapping): CPython looks
# names up with obj[name], so None gives "'NoneType' object is not subscriptable", a mapping's
# KeyError is a NameError, other errors pass through; functions defined there keep it.
def t(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
t(lambda: eval('1 + 1', {'__builtins__': None}))
t(lambda: eval('x', {'__builtins__': None}))
t(lambda: eval('x', {'__builtins__': None, 'x': 3}))
t(lambda: exec('print(1)', {'__builtins__': {}}))
class Map:
    def __getitem__(self, k):
        if k == 'len': return lambda s: 'maplen'
        raise KeyError(k)
t(lambda: eval('len("a")', {'__builtins__': Map()}))
t(lambda: eval('abs(1)', {'__builtins__': Map()}))
class BadMap:
    def __getitem__(self, k): raise ValueError('bad ' + k)
t(lambda: eval('abs(1)', {'__builtins__': BadMap()}))

t(lambda: exec('import sys', {'__builtins__': {}}))
t(lambda: exec('class A: pass', {'__builtins__': {}}))
t(lambda: exec('class A: pass', {'__builtins__': None}))
t(lambda: exec('def f(): return abs(-2)\nr = f()', g := {'__builtins__': Map()}) or g['r'])
def mk():
    g = {'__builtins__': None}
    exec('def f():\n    return len([])', g)
    return g['f']
t(lambda: mk()())
t(lambda: exec('x = 5\ny = x + 1', {'__builtins__': 7}))
t(lambda: eval('[i for i in range(2)]', {'__builtins__': None}))
t(lambda: eval('[i for i in (1, 2)]', {'__builtins__': None}))
t(lambda: eval('(lambda: q)()', {'__builtins__': None}))
t(lambda: exec('class A: pass', {'__builtins__': Map()}))
t(lambda: exec('class A: pass', {'__builtins__': BadMap()}))
class BMap(dict):
    def __missing__(self, k): return 'missing ' + k
t(lambda: exec('class A: pass', {'__builtins__': BMap()}))
