# glob over a small directory tree made for the test (root_dir: Dyad cannot chdir in its worker): wildcards per component, hidden names,
# recursive '**', trailing slashes, root_dir, patterns without magic, escape().
import glob
import os

base = '/tmp/dyad_glob_spec_%d' % os.getpid()
files = ['a.py', 'b.py', 'c.txt', '.hidden.py', 'sub/d.py', 'sub/e.txt', 'sub/.h/f.py',
         'sub/deep/g.py', 'other/h.py', 'x[1].txt', 'star*.txt']
for rel in files:
    path = os.path.join(base, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(rel)
os.makedirs(os.path.join(base, 'empty'), exist_ok=True)
try:
    for pattern, kw in [
        ('*.py', {}), ('*', {}), ('*.py', {'include_hidden': True}), ('.*', {}),
        ('*/*.py', {}), ('*/', {}), ('sub/*', {}), ('sub/*/*.py', {}), ('**', {}),
        ('**', {'recursive': True}), ('**/*.py', {'recursive': True}),
        ('**/', {'recursive': True}), ('sub/**', {'recursive': True}),
        ('sub/**/*.py', {'recursive': True}), ('**/*.py', {'recursive': True, 'include_hidden': True}),
        ('?.py', {}), ('[ab].py', {}), ('[!a]*.py', {}), ('a.py', {}), ('nope.py', {}),
        ('sub/', {}), ('sub/d.py/', {}), ('empty/*', {}), ('x[1].txt', {}),
        (glob.escape('x[1].txt'), {}), (glob.escape('star*.txt'), {}), ('star*', {}),
        ('', {}), ('nodir/*.py', {}), ('*/d.py', {}), ('sub/deep/*', {}),
    ]:
        print(repr(pattern), kw, sorted(glob.glob(pattern, root_dir=base, **kw)))
    print(sorted(glob.glob('*.py', root_dir=base)), sorted(glob.glob('**/*.txt', root_dir=base + '/sub', recursive=True)))
    print(sorted(glob.glob(os.path.join(base, 'sub', '*.py'))) == [os.path.join(base, 'sub', 'd.py')])
    print(sorted(glob.iglob('*.txt', root_dir=base)),
          type(glob.iglob('*')).__name__)
    print(glob.escape('a*b?c[d]e'), glob.escape(b'[x]'), glob.escape('//?/c:/*'), glob.has_magic('a[b'),
          glob.has_magic('abc'), glob.has_magic(b'*'))
finally:
    for rel in sorted(files, key=len, reverse=True):
        os.remove(os.path.join(base, rel))
    for d in ['sub/.h', 'sub/deep', 'sub', 'other', 'empty', '']:
        os.rmdir(os.path.join(base, d))
print(os.path.exists(base))
