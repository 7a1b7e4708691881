# for/while loops with else, break/continue through finally, iterators whose __iter__ or
# __next__ fail, the old __getitem__ protocol, unpacking targets and their error messages,
# odd loop targets, mutation during iteration, and zip/enumerate/map/iter edge cases.

def t(label, fn):
    try:
        r = fn()
        print(label, '->', repr(r))
    except BaseException as e:
        print(label, '!!', type(e).__name__, e)
class Bad:
    def __init__(self, fail_iter=False, fail_at=None, exc=ValueError):
        self.fail_iter = fail_iter; self.fail_at = fail_at; self.i = 0; self.exc = exc
    def __iter__(self):
        if self.fail_iter: raise self.exc('iter fail')
        return self
    def __next__(self):
        if self.i == self.fail_at: raise self.exc('next fail %d' % self.i)
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
def l1():
    out = []
    for x in Bad(fail_at=2):
        out.append(x)
    else:
        out.append('else')
    return out
t('next fails', l1)
t('iter fails', lambda: [x for x in Bad(fail_iter=True)])
t('stop in next', lambda: list(Bad(fail_at=1, exc=StopIteration)))
class NotIter:
    pass
t('not iterable', lambda: [x for x in NotIter()])
class IterRetNonIter:
    def __iter__(self): return 5
t('iter returns int', lambda: list(IterRetNonIter()))
class IterRetNoNext:
    def __iter__(self): return NotIter()
def l2():
    for x in IterRetNoNext(): pass
t('iter returns no next', l2)
class GetItemSeq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
t('getitem iter', lambda: list(GetItemSeq()))
class GetItemKey:
    def __getitem__(self, i):
        if i >= 2: raise KeyError(i)
        return i
t('getitem keyerror', lambda: list(GetItemKey()))
class GetItemStop:
    def __getitem__(self, i):
        if i >= 2: raise StopIteration
        return i
t('getitem stopiteration', lambda: list(GetItemStop()))
class IterNone:
    __iter__ = None
    def __getitem__(self, i): return i
t('iter None', lambda: iter(IterNone()))
def l3():
    r = []
    for i in range(3):
        for j in range(3):
            if j == 1: continue
            if i == 2: break
            r.append((i, j))
        else:
            r.append(('else', i))
    return r
t('nested else', l3)
def l4():
    r = []
    i = 0
    while i < 5:
        i += 1
        try:
            if i == 2: continue
            if i == 4: break
            r.append(i)
        finally:
            r.append('f%d' % i)
    else:
        r.append('else')
    return r
t('while finally', l4)
def l5():
    r = []
    for i in range(3):
        try:
            try:
                if i == 1: raise ValueError
                r.append(i)
            finally:
                r.append('inner')
                if i == 1: continue
        except ValueError:
            r.append('never')
    return r
t('continue in finally swallows', l5)
def l6():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2: continue
t('return cancelled', l6)
def l7():
    x = [1, 2, 3]
    r = []
    for v in x:
        r.append(v)
        if v == 1: x.append(4)
        if len(x) > 5: break
    return r
t('mutate list while iterating', l7)
def l8():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
t('mutate dict', l8)
def l9():
    s = {1}
    for k in s:
        s.add(k + 1)
t('mutate set', l9)
def l10():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]; d[k] = 5
    return d
t('dict del readd', l10)
def l11():
    r = []
    for i, (a, b) in enumerate([(1, 2), (3, 4)]):
        r.append(i + a + b)
    for a, *b in [(1, 2, 3)]:
        r.append(b)
    return r
t('unpack targets', l11)
def l12():
    for a, b in [(1, 2, 3)]:
        pass
t('unpack too many', l12)
def l13():
    for a, b, c in [(1, 2)]:
        pass
t('unpack too few', l13)
def l14():
    for a, b in [1]:
        pass
t('unpack int', l14)
def l15():
    d = {}
    for d['k'] in range(3): pass
    lst = [0]
    for lst[0] in 'ab': pass
    class O: pass
    o = O()
    for o.attr in (1, 2): pass
    return d, lst, o.attr
t('odd targets', l15)
def l16():
    i = 'before'
    for i in []:
        pass
    return i
t('empty keeps var', l16)
def l17():
    for i in range(2):
        pass
    del i
    return i
t('del loop var', l17)
def l18():
    n = 0
    while n < 3:
        n += 1
        if n == 2:
            break
    else:
        return 'else'
    return n
t('while break', l18)
def l19():
    it = iter([1, 2, 3, 4])
    r = []
    for x in it:
        r.append((x, next(it, None)))
    return r
t('shared iterator', l19)
def l20():
    r = []
    for x in range(3):
        r.append(x)
        x = 10
    return r
t('rebind loop var', l20)
t('range big', lambda: [x for x in range(2**62, 2**62 + 2)])
t('range neg step', lambda: list(range(5, 0, -2)))
t('range zero step', lambda: range(1, 2, 0))
t('zip strict', lambda: list(zip([1, 2], [3], strict=True)))
t('zip strict 2', lambda: list(zip([1], [3, 4], strict=True)))
t('zip strict 3', lambda: list(zip([1], [3, 4], [5], strict=True)))
t('enumerate start', lambda: list(enumerate('ab', start=-1)))
t('enumerate bad start', lambda: enumerate('ab', start='x'))
t('reversed gen', lambda: reversed(x for x in 'ab'))
t('map stops', lambda: list(map(lambda a, b: a + b, [1, 2, 3], [1])))
t('filter None', lambda: list(filter(None, [0, 1, '', 'a'])))
t('iter sentinel', lambda: list(iter(iter([1, 2, 3, 4]).__next__, 3)))
t('iter sentinel noncallable', lambda: iter(5, 3))
def l21():
    r = []
    for i in range(3):
        with open('/dev/null') as f:
            if i == 1: continue
            r.append(i)
    return r, f.closed
t('with in loop', l21)
import itertools
t('islice', lambda: list(itertools.islice(itertools.count(), 2, 8, 3)))
t('islice neg', lambda: itertools.islice([], -1))
t('chain', lambda: list(itertools.chain([1], (2,), 'x')))
t('takewhile', lambda: list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
