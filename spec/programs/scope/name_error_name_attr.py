def t(fn):
    try: fn()
    except NameError as e: print(type(e).__name__, repr(e.name), e)
def a():
    q; q = 1
t(a)
def b():
    def i(): return v
    t(i); v = 1
b()
def c():
    global nog
    nog
t(c)
t(lambda: nog2)
class C:
    try: nope
    except NameError as e: print(repr(e.name))
def d():
    x = 1; del x; del x
t(d)
def e():
    def i():
        nonlocal v
        del v
    t(i); v = 1
e()
t(lambda: exec('undefined_in_exec'))
t(lambda: eval('undefined_in_eval'))
class M(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        dict.__setitem__(self, k, v)
    def __delitem__(self, k):
        print('del', k)
        dict.__delitem__(self, k)
exec('''
try:
    1 / 0
except ZeroDivisionError as err:
    print('handled', err)
try:
    try:
        raise KeyError('k')
    except KeyError as err2:
        raise ValueError('v')
except ValueError as err3:
    del err3
    err3 = 'rebound'
''', {}, M())
