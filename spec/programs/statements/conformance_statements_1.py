def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
# chained comparisons & short-circuit
def v(x):
    print('eval', x)
    return x
print(v(1) < v(2) < v(0) < v(5))
print(v(0) and v(1), v(1) or v(2), not v(''), v(None) or v(0) or v('last'))
x = 5
print(1 < x <= 5 != 6 > 2, x is not None, x not in [1, 2], 'a' < 'b' > 'a')
# conditional expressions, lambda defaults, star-args in various places
print([i if i % 2 else -i for i in range(5)], (lambda a, *b, c=3, **d: (a, b, c, d))(1, 2, c=4, e=5))
print(*[1, 2], *(3,), sep='-'); print({**{'a': 1}, **{'b': 2}}, [*'ab', *[1]], (*'xy',), {*'aab'} == {'a', 'b'})
# augmented assignment on subscripts/attributes evaluates once
class O:
    def __init__(self): self.d = {'k': 1}
def get():
    print('get called')
    return o
o = O()
get().d['k'] += 10; print(o.d)
lst = [1, 2]
def idx():
    print('idx called')
    return 0
lst[idx()] += 5; print(lst)
# walrus
data = [1, 5, 10]
if (n := len(data)) > 2: print('n =', n)
print([y for x in data if (y := x * 2) > 5], y)
while (chunk := data.pop() if data else None): print('chunk', chunk)
# match statement
def m(p):
    match p:
        case 0: return 'zero'
        case int(n) if n < 0: return f'neg {n}'
        case [a, b, *rest]: return f'seq {a} {b} {rest}'
        case {'k': val, **others}: return f'map {val} {others}'
        case str() as s: return f'str {s}'
        case (1 | 2 | 3) as small: return f'small {small}'
        case O(): return 'an O'
        case _: return 'other'
for p in [0, -4, [1, 2, 3, 4], (5, 6), {'k': 1, 'z': 2}, 'hi', 2, O(), 3.5, [1]]:
    print(m(p))
class Pt:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def mp(p):
    match p:
        case Pt(0, 0): return 'origin'
        case Pt(x=0, y=yy): return f'on y axis {yy}'
        case Pt(xx, 0): return f'on x axis {xx}'
        case Pt(): return 'somewhere'
print(mp(Pt(0, 0)), mp(Pt(0, 5)), mp(Pt(3, 0)), mp(Pt(1, 1)))
t(lambda: exec('match 1:\n    case Pt(1, 2, 3): pass', {'Pt': Pt}))
# global statement, del, chained assignment
a = b = c = []
a.append(1); print(b, c)
x, y = y, x = 1, 2
print(x, y)
i = 0
for i in range(3): pass
print(i)
for j in []: pass
t(lambda: j)
# string concatenation and implicit joins
s = ('abc'
     'def' f'{1+1}' r'\n')
print(s, len(s))
print('%s' % 'a' 'b', 'x' * 3 + 'y')
# numbers literal forms
print(0b1010, 0o17, 0xFF, 1_000_000, 1e3, 1E-3, 3.14_15, 0.5j, 1_0j, 0x_ff, 00, 0_0)
# bytes/str literal escapes
print('\x41\u0042\U00000043\N{LATIN SMALL LETTER A}\101\0'.encode(), b'\x41\101\n', r'\x41', rb'\n', '\a\b\f\v'.encode())
# assert
t(lambda: exec('assert False'))
t(lambda: exec('assert 1 == 2, "msg " + str(3)'))
t(lambda: exec('assert (1, "tuple is truthy")'))
# pass / ellipsis / del of various
def empty(): ...
print(empty(), ... is Ellipsis)
d = {'a': 1, 'b': 2}; del d['a']; print(d)
l = [1, 2, 3]; del l[0], l[0]; print(l)
class Q: attr = 1
del Q.attr; print(hasattr(Q, 'attr'))
t(lambda: exec('del undefined_thing'))
t(lambda: exec('x = 1\ndel x\ndel x'))
# global in nested function and class
def outer():
    global created_global
    created_global = 'cg'
    class Inner:
        global created_in_class
        created_in_class = 'cic'
outer(); print(created_global, created_in_class)
# star expr errors
t(lambda: exec('*a = [1]'))
t(lambda: exec('a, *b, *c = [1, 2, 3]'))
t(lambda: exec('print(*)'))
# integer caching identity not tested; boolean ops return operands
print(0 or [] or {} or 'last', 1 and 'x' and 0, [] and 1, None or None)
# lambda closures in loops, default arg trick
fs = [lambda x, i=i: x + i for i in range(3)]; print([f(10) for f in fs])
# nested functions with same names
def a_fn():
    def a_fn(): return 'inner'
    return a_fn()
print(a_fn())
# conditional import inside function
def imp():
    import math as mm
    return mm.sqrt(16)
print(imp())
# for-else, while-else
for k in range(3):
    if k == 5: break
else: print('for else ran')
w = 0
while w < 2: w += 1
else: print('while else ran', w)
for k in range(3):
    if k == 1: break
else: print('not printed')
try:
    pass
finally:
    print('bare finally')
