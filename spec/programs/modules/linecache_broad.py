import linecache, os, sys
d = "/tmp/dyad-linecache-spec-%d" % os.getpid(); os.makedirs(d, exist_ok=True)
p = os.path.join(d, 'm1.py')
with open(p, 'w', newline='') as f:
    f.write('a = 1\r\nb = 2\n# last no newline')
print(repr(linecache.getline(p, 1)), repr(linecache.getline(p, 3)), repr(linecache.getline(p, 0)), repr(linecache.getline(p, 4)), repr(linecache.getline(p, -1)))
e = linecache.cache[p]
print(type(e).__name__, len(e), e[0], e[2], e[3] == p, isinstance(e[1], float))
print(linecache.getlines(p))
with open(p, 'w') as f:
    f.write('changed\nx\ny\nz\n')
print(linecache.getline(p, 1))
linecache.checkcache(p)
print(p in linecache.cache)
print(repr(linecache.getline(p, 1)))
linecache.checkcache()
linecache.checkcache('nonexistent-file')
print(linecache.updatecache(p) == ['changed\n', 'x\n', 'y\n', 'z\n'])
os.remove(p)
linecache.checkcache()
print(p in linecache.cache)
print(linecache.getlines('/no/such/file.py'), linecache.getline('<string>', 1), linecache.getlines(''))
# coding cookie
q = os.path.join(d, 'lat.py')
with open(q, 'wb') as f:
    f.write(b'# -*- coding: latin-1 -*-\ns = "\xe9"\n')
print(linecache.getlines(q))
q2 = os.path.join(d, 'bom.py')
with open(q2, 'wb') as f:
    f.write(b'\xef\xbb\xbfx = 1\n')
print(linecache.getlines(q2))
q3 = os.path.join(d, 'bad.py')
with open(q3, 'wb') as f:
    f.write(b'x = "\xff"\n')
print(linecache.getlines(q3))
# relative name searched along sys.path
sys.path.insert(0, d)
with open(os.path.join(d, 'rel_mod.py'), 'w') as f:
    f.write('one\ntwo\n')
print(linecache.getline('rel_mod.py', 2), linecache.cache['rel_mod.py'][3] == os.path.join(d, 'rel_mod.py'))
# lazycache with a loader
class Loader:
    def get_source(self, name):
        print('get_source', name)
        return 'line1\r\nline2\n\nline4'
class NoneLoader:
    def get_source(self, name):
        return None
class ErrLoader:
    def get_source(self, name):
        raise ImportError('x')
g = {'__name__': 'fake', '__loader__': Loader()}
print(linecache.lazycache('fake.py', g))
print(linecache.cache['fake.py'][0].__class__.__name__, len(linecache.cache['fake.py']))
print(linecache.lazycache('fake.py', g))
print(linecache.getlines('fake.py'))
print(linecache.cache['fake.py'][1], linecache.cache['fake.py'][0], linecache.cache['fake.py'][3])
print(linecache.lazycache('fake.py', g))
print(linecache.lazycache('<x>', g), linecache.lazycache('y.py', None), linecache.lazycache('y.py', {}), linecache.lazycache('y.py', {'__name__': 'y'}))
print(linecache.getlines('fake2.py', {'__name__': 'f2', '__loader__': NoneLoader()}))
print(linecache.getlines('fake3.py', {'__name__': 'f3', '__loader__': ErrLoader()}))
print('fake3.py' in linecache.cache)
print(linecache.getline('fake4.py', 1, {'__name__': 'f4', '__loader__': Loader()}))
linecache.checkcache('fake4.py')
print('fake4.py' in linecache.cache)
linecache.clearcache()
print(linecache.cache)
print(sorted(linecache.__all__))
for name in sorted(os.listdir(d)):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print(os.path.exists(d))
