# Containers: nan identity in list ops, recursive reprs, mutation during iteration and sort, dict views, slice assignment/deletion on lists and bytearrays, slice objects.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
nan = float('nan')
l = [nan]; t(lambda: (l.count(nan), nan in l, l.index(nan), l == [nan], [nan] == [nan], (nan,) == (nan,)))
a = [1]; a.append(a); t(lambda: repr(a)); t(lambda: str(a))
d = {}; d[1] = d; t(lambda: repr(d))
s = []; s.append((s, {'k': s})); t(lambda: repr(s))
def mut():
    d = {1: 1, 2: 2}
    for k in d: d[k + 10] = 0
t(mut)
def mut2():
    s = {1, 2}
    for k in s: s.add(k + 10)
t(mut2)
def mut3():
    d = {1: 1, 2: 2}
    for k in d: del d[k]; d[k+5]=1
t(mut3)
def mut4():
    d = {1: 1, 2: 2}
    for k in d.values(): d.pop(1)
t(mut4)
def mut5():
    l = [1, 2, 3]
    out = []
    for x in l:
        out.append(x)
        if len(l) < 6: l.append(x * 10)
    return out
t(mut5)
def sortmut():
    l = [3, 1, 2]
    l.sort(key=lambda v: l.append(v) or v)
    return l
t(sortmut)
def sortmut2():
    l = [3, 1, 2]
    def k(v):
        l.clear(); return v
    l.sort(key=k); return l
t(sortmut2)
t(lambda: sorted([3, 1, 'a']))
t(lambda: sorted([(1, 'b'), (1, 2)]))
t(lambda: sorted([{1}, {2}, {1, 2}]))
t(lambda: sorted([1, 2, 3], key=lambda v: 1 / (v - 2)))
t(lambda: [1, 2] < [1, 'a'])
t(lambda: [1, 2] < [1, 2, 'a'])
t(lambda: {1: 2} < {1: 2})
t(lambda: (1, 2) < (1, None))
t(lambda: {'a': 1}.keys() & {'a', 'b'})
t(lambda: {'a': 1}.items() | {('b', 2)} == {('a', 1), ('b', 2)})
t(lambda: {'a': [1]}.items() | {('b', 2)})
t(lambda: {1: 2}.items() <= {1: 2, 3: 4}.items())
t(lambda: {1: 2}.values() == {1: 2}.values())
t(lambda: repr({1: 2}.items()))
t(lambda: list(reversed({1: 2, 3: 4}.items())))
t(lambda: list(reversed({1: 2, 3: 4}.values())))
t(lambda: dict.fromkeys('abc', []))
t(lambda: dict([(1, 2), 'ab', [3, 4]]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict([1]))
t(lambda: dict(a=1, **{'b': 2}))
t(lambda: dict({1: 2}, a=1))
t(lambda: {**{1: 2}, **{1: 3}})
t(lambda: {1: 2} | [(3, 4)])
t(lambda: {}.pop(1))
t(lambda: {}.popitem())
t(lambda: set().pop())
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [].remove(1))
t(lambda: [1, 2].index(3))
t(lambda: [1, 2].index(1, 5))
t(lambda: 'abc'.index('z'))
t(lambda: b'abc'.index(b'z'))
t(lambda: (1, 2).index(5))
t(lambda: range(3).index(5))
t(lambda: set().remove((1, 2)))
t(lambda: {}[(1, 'a')])
t(lambda: {}[()])
t(lambda: {}[(1,)])
t(lambda: {1, 2} == frozenset({1, 2}))
t(lambda: type({1} | frozenset({2})))
t(lambda: type(frozenset({2}) | {1}))
t(lambda: {1, 2}.issubset([1, 2, 3]))
t(lambda: {1, 2}.isdisjoint(3))
t(lambda: {1}.union([2], (3,), 'ab').__len__())
t(lambda: set.union())
t(lambda: {1, 2, 3}.intersection_update([2], [2, 3]))
t(lambda: {[1]})
t(lambda: {1: 2}[[1]])
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash((1, [2])))
t(lambda: (hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(1e100), hash(0.5), hash(-0.0), hash(float('inf')), hash(10**30)))
t(lambda: (hash(True), hash((1, 2)), hash(()), hash((1, (2, 3))), hash(frozenset()), hash(frozenset({1, 2}))))
t(lambda: list(range(10))[::-3])
t(lambda: list(range(10))[-100:100:7])
def sa():
    l = list(range(10)); l[::2] = 'abcde'; return l
t(sa)
def sa2():
    l = list(range(10)); l[::2] = 'abc'; return l
t(sa2)
def sa3():
    l = list(range(5)); l[1:3] = l; return l
t(sa3)
def sa4():
    l = list(range(5)); l[::-1] = l; return l
t(sa4)
def sa5():
    l = list(range(5)); l[3:1] = [9, 9]; return l
t(sa5)
def sa6():
    l = list(range(5)); l[1:3] = 5; return l
t(sa6)
def sa7():
    l = list(range(5)); del l[::-2]; return l
t(sa7)
def sa8():
    b = bytearray(b'hello'); b[1:3] = b'XYZW'; b[::2] = b'123'; return b
t(sa8)
def sa9():
    b = bytearray(b'hello'); b[0] = 256; return b
t(sa9)
def sa10():
    b = bytearray(b'hello'); b[1:2] = 5; return b
t(sa10)
def sa11():
    b = bytearray(b'hello'); b[1:2] = [1, 300]; return b
t(sa11)
def sa12():
    b = bytearray(b'hello'); b[1:2] = 'x'; return b
t(sa12)
def sa13():
    l = [1, 2]; l[5:] = [3]; l[-100:0] = [0]; return l
t(sa13)
def sa14():
    l = [1, 2, 3]; l[1] = l; return repr(l)
t(sa14)
def sa15():
    l = [1, 2, 3]; l[1:2] = iter([7, 8]); return l
t(sa15)
def sa16():
    t = (1, 2); t[0] = 5
t(sa16)
def sa17():
    s = 'abc'; s[0] = 'x'
t(sa17)
def sa18():
    s = 'abc'; del s[0]
t(sa18)
def sa19():
    r = range(3); r[0] = 1
t(sa19)
def sa20():
    d = {}; del d['x']
t(sa20)
def sa21():
    l = [1]; del l[5]
t(sa21)
def sa22():
    l = [1, 2, 3]; l[0:3:1] = []; return l
t(sa22)
def sa24():
    l = [1, 2, 3]; l['a'] = 1
t(sa24)
def sa25():
    l = [1, 2, 3]; l[1.0]
t(sa25)
def sa26():
    b = b'abc'; b[0] = 1
t(sa26)
def sa27():
    l = [1, 2, 3]; l[::2] = [1]
t(sa27)
def sa28():
    l = [1, 2, 3]; del l['x']
t(sa28)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), repr(slice(None)))
t(lambda: slice(1, 10, 2).indices(5))
t(lambda: slice(None, None, -1).indices(0))
t(lambda: slice(None, None, 0).indices(5))
t(lambda: slice(1, 2).indices(-1))
t(lambda: slice('a').indices(3))
t(lambda: hash(slice(1, 2)))
t(lambda: slice(1, 2, 3).__reduce__())
