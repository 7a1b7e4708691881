# Survey (conf18 probe): CPython's behaviour, exact messages included.
def t(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for data in ([3, 'a', 1], [5, 4, 3, 2, 1, 'x', 0], [1, 2, 3, None], ['b', 'a', 3, 'c'], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 'z', -1, -2], list(range(70, 0, -1)) + ['q'] + list(range(5))):
    l = list(data)
    try:
        l.sort()
    except TypeError as e:
        print(e)
    print(l)
l = [3, 1, 2]
def key(v):
    if v == 2: raise ValueError('bad key')
    return v
t(lambda: l.sort(key=key))
print(l)
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 0 or o.v == 0: raise RuntimeError('cmp')
        return self.v < o.v
    def __repr__(self): return f'C{self.v}'
l = [C(i) for i in [5, 3, 0, 4, 1, 2]]
t(lambda: l.sort())
print(l)
l = [C(i) for i in [5, 3, 0, 4, 1, 2]]
t(lambda: sorted(l))
print(l)
l = [3, 1, 2]
def k2(v):
    l.append(0)
    return v
t(lambda: l.sort(key=k2))
print(l)
class NoLt: pass
t(lambda: sorted([NoLt(), NoLt()]))
t(lambda: max(NoLt(), NoLt()))
t(lambda: sorted([1, 2], key=lambda x: NoLt()))
t(lambda: sorted([1]))
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f'G{self.v}'
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
print(max([OnlyGt(3), OnlyGt(1)]), min([OnlyGt(3), OnlyGt(1)]))
