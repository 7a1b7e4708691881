log = []
def t(x, tag=None):
    log.append(tag if tag is not None else x)
    return x
class O:
    def __getattr__(self, n):
        log.append('get ' + n); return 1
    def __setattr__(self, n, v):
        log.append('set ' + n)
    def __getitem__(self, k):
        log.append('getitem %r' % (k,)); return 1
    def __setitem__(self, k, v):
        log.append('setitem %r=%r' % (k, v))
def show(label):
    print(label, log)
    log.clear()
t(1) + t(2) * t(3); show('arith')
t([1])[t(0)] = t(5); show('subscript store')
o = O()
t(o, 'o').a = t(1); show('attr store')
t(o, 'o').a += t(1); show('attr aug')
t(o, 'o')[t(1)] += t(2); show('item aug')
d = {}
d[t('k')] = t('v'); show('dict store')
{t('a'): t(1), t('b'): t(2)}; show('dict display')
{**{t('x'): 1}, t('y'): t(2)}; show('dict unpack display')
[t(1), *[t(2), t(3)], t(4)]; show('list display')
def f(*a, **k): return a, k
f(t(1), *[t(2)], k=t(3), **{t('z'): t(4)}); show('call args')
t(f, 'f')(t(1)); show('callee first')
a = b = t(1); show('chain assign')
x, y = t(1), t(2); show('tuple assign')
t(1) < t(2) < t(3); show('chain cmp')
t(1) < t(0) < t(3); show('chain cmp short')
t(0) and t(1); show('and')
t(0) or t(1); show('or')
t(1) if t(0) else t(2); show('ternary')
[t(i) for i in range(2) if t(i, 'cond')]; show('listcomp')
{t(k, 'key'): t(k, 'val') for k in range(2)}; show('dictcomp')
f'{t(1)}{t(2)!r}{t(3):>{t(4)}}'; show('fstring')
'%s %s' % (t('a'), t('b')); show('percent')
(w := t(5)) + t(6); show('walrus')
o2 = O()
o2.p, o2.q = t(1), t(2); show('multi attr')
lst = [0, 0]
i = 0
i, lst[i] = t(1), t(9); print(lst); show('swap order')
def g(a=t('default a'), b=t('default b')): pass
show('defaults')
@t
class K: pass
show('decorator')
class M(t(object), metaclass=t(type)): pass
show('bases')
try:
    t(1) / t(0)
except ZeroDivisionError:
    pass
show('div zero')

assert t(True), t('msg'); show('assert')
for v in t([1, 2]): t(v, 'body')
show('for')
with open(__file__) as fh:
    pass
print(t(1), t(2), sep=t('-')); show('print args')
