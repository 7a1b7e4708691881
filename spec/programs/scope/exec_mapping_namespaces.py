class G(dict):
    def __missing__(self, k):
        return f'<missing {k}>'
g = G(out=print)
exec('''
def f():
    return undefined_name
out(f())
out(undefined_at_top)
''', g)
class G2(dict):
    def __getitem__(self, k):
        print('getitem', k)
        return dict.__getitem__(self, k)
g2 = G2(x=5)
exec('''
def f():
    return x
print(f())
print(x)
''', g2)
class L(dict):
    def __missing__(self, k):
        return f'<L missing {k}>'
exec('out(zzz)', {}, L(out=print))
class M:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        if k == 'magic': return 42
        return self.d[k]
    def __setitem__(self, k, v):
        print('set', k, v if not callable(v) else type(v).__name__); self.d[k] = v
    def __delitem__(self, k):
        print('del', k); del self.d[k]
m = M()
exec('a = 1\nprint(magic, a)\ndel a\ntry:\n    a\nexcept NameError as e:\n    print(e)\nfor i in range(2): pass\nimport sys\ndef fn(): pass\nclass K: pass\n', {}, m)
print(sorted(m.d))
print(eval('magic + 1', {}, m))
try:
    eval('nothere', {}, m)
except NameError as e:
    print('NE', e)
class KE:
    def __getitem__(self, k):
        raise KeyError(k)
try:
    eval('y', {}, KE())
except NameError as e:
    print('NE2', e)
class Other:
    def __getitem__(self, k):
        raise IndexError(k)
try:
    eval('y', {}, Other())
except IndexError as e:
    print('IE', e)
try:
    exec('x=1', {}, 5)
except TypeError as e:
    print(e)
try:
    exec('x=1', [], {})
except TypeError as e:
    print(e)
try:
    eval('x', {}, 5)
except TypeError as e:
    print(e)
try:
    eval('1', [])
except TypeError as e:
    print(e)
class MD(dict): pass
try:
    exec('x', MD())
except NameError as e: print(e)
print(eval('__builtins__ is not None', {}))
d = {}
exec('pass', d)
print('__builtins__' in d, d['__builtins__'] is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else d['__builtins__'] is __builtins__)
import builtins
print(d['__builtins__'] is builtins.__dict__, d['__builtins__'] is builtins)
e = {'__builtins__': builtins}
exec('print(len("ab"))', e)
print(eval('locals() is globals()', {}))
def fn():
    x = 1
    return eval('locals()'), eval('x'), eval('x', {}, {'x': 2}), eval('x', {'x': 3})
print(fn())
class BD(dict):
    def __missing__(self, k):
        return lambda *a: f'builtin-missing {k}{a}'
g4 = {'__builtins__': BD(print=print)}
exec('print(foo(1))\ndef h():\n    return bar(2)\nprint(h())', g4)
for a in [([],), (5,), ({}, 5), ({}, []), (None, 5), ([], 5)]:
    for fn in (exec, eval):
        try: fn('1', *a)
        except TypeError as e: print(fn.__name__, a, e)
