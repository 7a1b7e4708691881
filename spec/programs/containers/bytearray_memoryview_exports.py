# A bytearray refuses to change its length while a memoryview of it is in use (released, or
# no longer reachable: CPython frees it), with every resizing operation; same-length changes pass.
def t(label, f):
    try: f(); print(label, 'ok', ba)
    except BufferError as e: print(label, 'BufferError', e)
ba = bytearray(b'abc')
t('extend self view', lambda: ba.extend(memoryview(ba)))
t('iadd self view', lambda: ba.__iadd__(memoryview(ba)))
m = memoryview(ba)
for name, f in [('append', lambda: ba.append(1)), ('extend', lambda: ba.extend(b'x')), ('pop', lambda: ba.pop()), ('remove', lambda: ba.remove(97)), ('insert', lambda: ba.insert(0, 1)), ('clear', lambda: ba.clear()), ('iadd', lambda: ba.__iadd__(b'x')), ('imul', lambda: ba.__imul__(2)), ('imul1', lambda: ba.__imul__(1)), ('setitem', lambda: ba.__setitem__(0, 65)), ('setslice same', lambda: ba.__setitem__(slice(0, 1), b'Z')), ('setslice grow', lambda: ba.__setitem__(slice(0, 1), b'ZZ')), ('delitem', lambda: ba.__delitem__(0)), ('delslice empty', lambda: ba.__delitem__(slice(0, 0))), ('reverse', lambda: ba.reverse()), ('init', lambda: ba.__init__(b'xyz')), ('init empty', lambda: ba.__init__())]:
    t(name, f)
m2 = m[1:]
m.release()
t('after release, slice alive', lambda: ba.append(1))
m2.release()
t('after both', lambda: ba.append(1))
with memoryview(ba) as mm:
    t('in with', lambda: ba.append(2))
t('after with', lambda: ba.append(3))
print(memoryview(ba)[0]); t('temp', lambda: ba.append(4))
x = memoryview(ba); x = None; t('rebound', lambda: ba.append(5))
y = memoryview(ba); del y; t('deleted', lambda: ba.append(6))
def f():
    v = memoryview(ba)
    return v[0]
f(); t('after func', lambda: ba.append(7))
lst = [memoryview(ba)]; t('in list', lambda: ba.append(8)); lst.clear(); t('list cleared', lambda: ba.append(9))
c = memoryview(ba).cast('B'); t('cast', lambda: ba.append(1)); del c
r = memoryview(ba).toreadonly(); t('toreadonly', lambda: ba.append(1)); del r
n = memoryview(memoryview(ba)); t('nested', lambda: ba.append(1)); del n
print(len(ba))
ba = bytearray(b'abcdef')
def loop1():
    s = 0
    for i in range(300):
        s += memoryview(ba)[0]
        ba.append(1)
        ba.pop()
    return s
t('hot loop temps', loop1)
def loop2():
    out = []
    for i in range(200):
        m = memoryview(ba)
        out.append(m[1])
        m.release()
        ba.extend(b'x')
    return out
t('hot loop released', loop2)
def loop3():
    for i in range(100):
        m = memoryview(ba)
        x = m[0]
    ba.append(2)
t('local still bound at end', loop3)
def loop3b():
    for i in range(100):
        m = memoryview(ba)
        x = m[0]
    del m
    ba.append(2)
t('local deleted', loop3b)
def itr():
    for x in memoryview(ba)[:3]:
        ba.append(x)
t('iterating view', itr)
t('comprehension', lambda: [memoryview(ba)[i] for i in range(3)] and ba.append(1))
t('genexpr sum', lambda: sum(memoryview(ba)[i] for i in range(3)) and ba.append(1))
def raiser():
    try:
        m = memoryview(ba)
        raise ValueError
    except ValueError:
        pass
    ba.append(1)
t('exception frame', raiser)
def helper(): return bytes(memoryview(ba)[1:3])
t('returned bytes', lambda: (helper(), ba.append(1)))
class Holder:
    def __init__(self): self.v = memoryview(ba)
h = Holder()
t('attr holds', lambda: ba.append(1))
h.v.release()
t('attr released', lambda: ba.append(1))
h2 = Holder(); del h2
t('holder deleted', lambda: ba.append(1))
d = {'k': memoryview(ba)}
t('dict holds', lambda: ba.append(1))
d.clear()
t('dict cleared', lambda: ba.append(1))
def gen():
    m = memoryview(ba)
    yield m[0]
    yield 2
g = gen(); next(g)
t('suspended generator holds', lambda: ba.append(1))
g.close()
t('generator closed', lambda: ba.append(1))
cl = (lambda m: (lambda: m[0]))(memoryview(ba))
t('closure holds', lambda: ba.append(1))
del cl
t('closure deleted', lambda: ba.append(1))
m1 = memoryview(ba)
m2 = memoryview(m1)
m1.release()
t('nested after parent released', lambda: ba.append(1))
m2.release()
t('all released', lambda: ba.append(1))
x = bytearray(b'12')
mv = memoryview(x)
try:
    x += b'3'
except BufferError as e: print('+=', e)
print(x, mv.tobytes())
try: x *= 2
except BufferError as e: print('*=', e)
try: x[0:0] = b'z'
except BufferError as e: print('slice', e)
try: del x[0]
except BufferError as e: print('del', e)
x[0] = 0x41; print(x, bytes(mv))
del mv
x += b'!'; print(x)
for arg in [('x',), (1.5,), ('x', 1), (), (b'zz',)]:
    ba = bytearray(b'abc')
    try: ba.__init__(*arg)
    except Exception as e: print(type(e).__name__, e)
    print(ba)
ba = bytearray(b'abc')
try: ba.__init__(encoding=1)
except Exception as e: print(type(e).__name__, e)
print(ba)
for op in ['x.extend(x)', 'x += x', 'x[0:0] = x', 'x[:] = x', 'x[1:] = x', 'x.__init__(x)', 'x *= 1', 'x.extend(memoryview(x))', 'x[len(x):] = memoryview(x)[:0]']:
    for init in [b'', b'ab']:
        x = bytearray(init)
        try:
            exec(op); print(op, init, 'ok', x)
        except BufferError as e: print(op, init, 'BufferError', e, x)
