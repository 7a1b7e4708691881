def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
d = {1: 1, 2: 2}
def mut_dict():
    for k in d: d[k + 10] = 1
t(mut_dict); print(len(d))
def del_dict():
    dd = {1: 1, 2: 2}
    for k in dd: del dd[k]
t(del_dict)
def chg_dict_same_size():
    dd = {1: 1, 2: 2}
    for k in dd:
        del dd[k]; dd[k + 100] = 0
t(chg_dict_same_size)
def mut_set():
    s = {1, 2}
    for x in s: s.add(x + 10)
t(mut_set)
def mut_list():
    l = [1, 2, 3]
    out = []
    for x in l:
        out.append(x)
        if x == 1: l.remove(x)
    return out, l
t(mut_list)
def keys_view_mut():
    dd = {1: 2}
    ks = dd.keys()
    it = iter(ks); dd[5] = 1
    return next(it)
t(keys_view_mut)
l = [1]; l.append(l); print(l, repr(l)); dd = {}; dd['self'] = dd; print(dd); s = [[]]; s[0].append(s); print(s)
t(lambda: l == l); a = []; a.append(a); b = []; b.append(b); t(lambda: a == b)
t(lambda: sorted([3, 1, 2], key=lambda x: 1 / (x - 1)))
class Bad:
    def __lt__(self, o): raise ValueError('no compare')
t(sorted, [Bad(), Bad()]); t(lambda: len(sorted([Bad()]))); t(lambda: [Bad(), Bad()].sort())
def modify_during_sort():
    l = [3, 2, 1]
    def k(x):
        l.append(x); return x
    l.sort(key=k)
    return l
t(modify_during_sort)
dd = {'a': 1, 'b': 2, 'c': 3}; del dd['b']; dd['b'] = 4; dd['a'] = 5; print(dd, list(dd), list(dd.items())[0], next(reversed(dd)))
print(dict([('a', 1), ['b', 2]]), dict(a=1, **{'b': 2}), dict({'a': 1}, b=2), dict.fromkeys('ab', []), {**{'a': 1}, 'a': 2})
t(dict, [(1, 2, 3)]); t(dict, [1]); t(dict, [[1]]); t(dict, 5); t(dict, {1: 2}, {3: 4}); t(dict, [('a', 1)], a=2)
print({1: 'a', 1.0: 'b', True: 'c'}, {0: 'x', False: 'y', 0.0: 'z'}, len({1, 1.0, True}), {(1, 2): 3}[1, 2])
t(lambda: {[]: 1}); t(lambda: {{}: 1}); t(lambda: {set()}); t(lambda: [] in {}); t(lambda: {1: 2}[[]]); t(lambda: frozenset([[]]))
dd = {'x': 1}
print(dd.setdefault('y', []), dd.setdefault('x', 99), dd.pop('x'), dd.pop('zz', 'dflt'), dd.popitem(), dd, dd.get('q', 0))
t(dd.pop, 'zz'); t(dd.popitem); t(dd.setdefault); t(dd.get); t(dd.update, 5); t(dd.update, [(1,)]); dd.update([(1, 2)], z=3); print(dd); t(dd.update, {}, {})
l = [5, 3, 1]
print(l.index(3), l.index(1, 1), l.count(5), l.pop(0), l.pop(-1), l, l.insert(100, 'end'), l.insert(-100, 'start'), l, l.extend('ab'), l, l.reverse(), l)
t(l.index, 99); t(l.index, 3, 5); t(l.pop, 99); t([].pop); t(l.insert, 'a', 1); t(l.remove, 'zz'); t(l.pop, 'a'); t(l.__getitem__, 2**70); t(l.__setitem__, 99, 0); t(l.__delitem__, -99)
print([1, 2] * 2, [[0]] * 3, 3 * [None], [1] * 0, [1] * -1, (1,) * 3, [1, 2] + [3], (1,) + (2,)); t(lambda: [1] + (2,)); t(lambda: (1,) + [2]); t(lambda: [1] * [2]); t(lambda: [1] * 2.0)
aa = [[]] * 2; aa[0].append(1); print(aa)
s = {1, 2, 3}
print(s | {4}, s & {1, 9}, s - {1}, s ^ {1, 5}, s <= {1, 2, 3}, s < {1, 2, 3}, s >= {1}, s.isdisjoint({7}), s.issubset([1, 2, 3, 4]), s.issuperset(range(2)), s.union([5], (6,)), s.intersection(), s.copy() == s)
t(lambda: s | [1]); t(lambda: s < [1]); t(s.remove, 99); s.discard(99); t(s.add, []); t(lambda: s.update(5)); print(sorted(s.symmetric_difference([1, 10])))
fs = frozenset([1, 2]); print(fs | {3}, fs.union([9]), type(fs.copy()).__name__, fs.copy() is fs); t(lambda: fs.add(1))
print(sorted({'b': 1, 'a': 2}.items()), sorted({3: 'x', 1: 'y'}), sorted({'b', 'a'}), list(map(sorted, [{2, 1}])), min({5: 0, 2: 0}), max(set('hello')))
print(tuple(reversed((1, 2, 3))), (1, 2, 3).index(2), (1, 2, 2).count(2), (1, (2, 3)) < (1, (2, 4)), (1, 2) < (1, 2, 0), [1, 2] == [1, 2.0], (1, [2]) == (1, [2]), () == (), [] == (), hash(()) == hash(()), (1,) * -5)
print(list(range(0)), list(range(5, 0)), list(range(0, -5, -1)), range(3)[::-1], list(range(3))[-1:-4:-1], [1, 2, 3][10:], [1, 2, 3][:-10], [1, 2, 3][-10:2])
x = [1, 2, 3, 4, 5, 6]; del x[1::2]; print(x); x[1:2] = []; print(x); x[:] = range(3); print(x); x[len(x):] = [9]; print(x); x[-1:] = 'ab'; print(x)
t(lambda: x.__setitem__(slice(0, 3, 2), [1, 2, 3])); t(lambda: x.__delitem__(slice(None, None, 0)))
bb = bytearray(b'abc'); bb += b'd'; bb *= 2; print(bb, bb.pop(), bb.find(b'c'), bb.rfind(99), bb.replace(b'a', b'A'), bb.upper(), bytes(bb[::2]), bb.decode(), bb.count(b'a'), bb.startswith(b'ab'), bb.hex(), bb.split(b'c'), bb.strip(b'a'))
t(bb.append, 256); t(bb.append, 'a'); t(bb.extend, [1, 'a']); t(bb.remove, 200); t(lambda: bb.__setitem__(0, b'a')); t(bytes, [256]); t(bytes, 'abc'); t(bytes, -1); t(bytearray, 'abc', 'nope'); print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytearray(range(3)), b'a' + bytearray(b'b'), bytearray(b'b') + b'a', b'ab' * 2, b'abc'[1], b'abc'[1:], list(b'ab'))
