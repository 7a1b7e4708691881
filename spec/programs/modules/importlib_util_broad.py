import importlib.util as u, sys, os, types, warnings
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(u.find_spec, '.x')
t(u.find_spec, '')
for n, p in [('...x', 'a.b'), ('.', 'a.b'), ('..', 'a.b'), ('.x', ''), ('x', None), ('.y', 'a'), ('..y.z', 'a.b.c'), ('a.b', 'zz')]:
    t(u.resolve_name, n, p)
t(u.cache_from_source, '/a/b/foo.py')
t(u.cache_from_source, '/a/b/foo.bar.py')
t(u.cache_from_source, 'foo')
t(u.cache_from_source, '/a/.py')
t(u.cache_from_source, 'rel/x.py')
t(u.cache_from_source, '/a/b/foo.py', optimization=1)
t(u.cache_from_source, '/a/b/foo.py', optimization='')
t(u.cache_from_source, '/a/b/foo.py', optimization='x y')
t(u.cache_from_source, '/a/b/foo.py', optimization='a.b')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    t(u.cache_from_source, '/a/b/foo.py', True)
    t(u.cache_from_source, '/a/b/foo.py', False)
    t(u.cache_from_source, '/a/b/foo.py', False, optimization=2)
print([(w.category.__name__, str(w.message)) for w in caught])
for p in ['/a/b/__pycache__/foo.cpython-311.pyc', '/a/b/__pycache__/foo.cpython-311.opt-1.pyc',
          '/a/b/foo.cpython-311.pyc', '/a/b/__pycache__/foo.pyc', '/a/b/__pycache__/foo.cpython-310.pyc',
          '/a/b/__pycache__/foo.x.y.z.pyc', '/a/b/__pycache__/foo.cpython-311.opt-.pyc',
          '/a/b/__pycache__/foo.cpython-311.zz-1.pyc', '__pycache__/m.cpython-311.pyc']:
    t(u.source_from_cache, p)
print(u.source_from_cache(u.cache_from_source('/q/r/mod.py')))
t(u.decode_source, b'a\r\nb\rc\n')
t(u.decode_source, b'# coding: latin-1\nx="\xe9"\r\n')
t(u.decode_source, b'#!/usr/bin/env python\n# -*- coding: latin-1 -*-\nx="\xe9"\n')
t(u.decode_source, b'x = 1\n# coding: latin-1\n')
t(u.decode_source, b'\xef\xbb\xbfx')
t(u.decode_source, b'\xef\xbb\xbf# coding: utf-8\nx')
t(u.decode_source, b'\xef\xbb\xbf# coding: latin-1\nx')
t(u.decode_source, b'# coding: nonsense-enc\nx')
t(u.decode_source, b'\xff')
t(u.decode_source, b'x\n\n\xff')
t(u.decode_source, bytearray(b'ba\r\n'))
t(u.decode_source, b'')
print(u.MAGIC_NUMBER)
t(u.spec_from_loader, 'x', None)
t(u.spec_from_loader, 'x', None, origin='o', is_package=True)
class PkgLoader:
    def __init__(self, answer):
        self.answer = answer
    def is_package(self, name):
        if self.answer is None:
            raise ImportError('no idea')
        return self.answer
    def __repr__(self):
        return 'PkgLoader(%r)' % (self.answer,)
for ans in (True, False, None):
    s = u.spec_from_loader('pk.sub', PkgLoader(ans))
    print(s, s.parent, s.submodule_search_locations)
t(u.spec_from_file_location, 'x')
s = u.spec_from_file_location('x', 'a/b/c.py')
print(s.origin == os.path.join(os.getcwd(), 'a', 'b', 'c.py'), s.has_location, s.submodule_search_locations)
t(u.spec_from_file_location, 'x', 'data.txt')
s = u.spec_from_file_location('y', '/p/q/y.dat', loader=PkgLoader(True))
print(s, s.has_location, s.parent)
s = u.spec_from_file_location('y', '/p/q/y.dat', loader=PkgLoader(False))
print(s, s.submodule_search_locations)
s = u.spec_from_file_location('y', '/p/q/y.py', submodule_search_locations=['/z'])
print(s.submodule_search_locations, s.parent)
s = u.spec_from_file_location('y', '/p/q/y.py', submodule_search_locations=None)
print(s.submodule_search_locations)
s = u.spec_from_file_location('y', '/p/q/__init__.py', submodule_search_locations=[])
print(s.submodule_search_locations)
# module_from_spec with various loaders
class Creating:
    def create_module(self, spec):
        m = types.ModuleType('made-' + spec.name)
        m.extra = 1
        return m
    def exec_module(self, module):
        module.ran = True
class Defaulting:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        pass
class ExecOnly:
    def exec_module(self, module):
        pass
for loader in (Creating(), Defaulting(), None):
    spec = u.spec_from_loader('pkg.mod', loader)
    m = u.module_from_spec(spec)
    print(m.__name__, m.__package__, m.__spec__ is spec, m.__loader__ is loader, hasattr(m, '__file__'), hasattr(m, '__path__'), getattr(m, 'extra', None))
try:
    u.module_from_spec(u.spec_from_loader('e', ExecOnly()))
except ImportError as e:
    print('ImportError', e)
spec = u.spec_from_loader('pp', Defaulting(), is_package=True)
m = u.module_from_spec(spec)
print(m.__path__, m.__package__)
spec = u.spec_from_loader('qq', Defaulting(), origin='/loc/qq.py')
spec.has_location = True
m = u.module_from_spec(spec)
print(m.__file__, m.__cached__ is None or m.__cached__.endswith('.pyc'))
# find_spec on loaded modules
sys.modules['fake_none'] = None
print(u.find_spec('fake_none'))
sys.modules['fake_nospec'] = object()
t(u.find_spec, 'fake_nospec')
m = types.ModuleType('fake_specnone')
m.__spec__ = None
sys.modules['fake_specnone'] = m
t(u.find_spec, 'fake_specnone')
print(u.find_spec('sys').name, u.find_spec('os').name, u.find_spec('sys').origin)
print(u.find_spec('definitely_missing_mod_xyz'))
t(u.find_spec, 'os.path.nothing')
t(u.find_spec, 'missing_parent_xyz.child')
# a meta path finder
class Finder:
    def find_spec(self, name, path, target=None):
        if name == 'virtual_mod':
            return u.spec_from_loader(name, Defaulting(), origin='virtual')
        return None
sys.meta_path.insert(0, Finder())
s = u.find_spec('virtual_mod')
print(s.name, s.origin)
print(u.find_spec('.util', 'importlib').name)
