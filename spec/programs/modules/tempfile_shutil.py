# tempfile (mkstemp/mkdtemp, NamedTemporaryFile, TemporaryFile, TemporaryDirectory,
# SpooledTemporaryFile) and shutil (copy, copyfile, copytree with ignore and dirs_exist_ok, move,
# rmtree with ignore_errors/onerror, which, disk_usage, ignore_patterns) on a temporary tree.
import tempfile, shutil, os, sys

print(os.path.isabs(tempfile.gettempdir()), tempfile.gettempprefix(), tempfile.template, tempfile.TMP_MAX)
fd, p = tempfile.mkstemp(suffix='.x', prefix='pp')
print(type(fd).__name__, os.path.basename(p)[:2], p.endswith('.x'), oct(os.stat(p).st_mode), os.path.isabs(p))
os.write(fd, b'data'); os.close(fd)
with open(p) as f: print(f.read())
os.remove(p)
fd, p = tempfile.mkstemp(prefix=b'bb'); print(type(p).__name__); os.close(fd); os.remove(p)
try:
    tempfile.mkstemp(prefix=b'x', suffix='y')
except TypeError as e:
    print('TypeError', e)
d = tempfile.mkdtemp(); print(oct(os.stat(d).st_mode), os.path.isdir(d)); os.rmdir(d)
with tempfile.NamedTemporaryFile('w+') as f:
    print(type(f).__name__, f.delete, f.write('hi'), f.seek(0), f.read(), os.path.exists(f.name))
    n = f.name
print('after with', os.path.exists(n))
f = tempfile.NamedTemporaryFile(delete=False, suffix='.txt')
f.write(b'kept'); f.close()
print(os.path.exists(f.name), f.name.endswith('.txt'), open(f.name).read()); os.remove(f.name)
f = tempfile.NamedTemporaryFile(mode='w')
print('lines', f.writelines(['a\n', 'b\n']), f.closed)
f.close(); print(f.closed, os.path.exists(f.name))
with tempfile.TemporaryFile() as f:
    print(type(f.name).__name__, f.write(b'ab'), f.seek(0), f.read())
with tempfile.TemporaryFile('w+') as f:
    f.write('text\nmore\n'); f.seek(0); print(f.readlines())
with tempfile.TemporaryDirectory(prefix='zz', suffix='_d') as d:
    print(type(d).__name__, os.path.isdir(d), os.path.basename(d)[:2], d.endswith('_d'))
    with open(os.path.join(d, 'f.txt'), 'w') as g:
        g.write('hello')
    os.makedirs(os.path.join(d, 'sub', 'deep'))
    with open(os.path.join(d, 'sub', 'deep', 'g.txt'), 'w') as g:
        g.write('deep')
    # shutil on the tree
    print(shutil.copy(os.path.join(d, 'f.txt'), os.path.join(d, 'sub')) == os.path.join(d, 'sub', 'f.txt'))
    print(shutil.copyfile(os.path.join(d, 'f.txt'), os.path.join(d, 'copy.txt')) == os.path.join(d, 'copy.txt'))
    try:
        shutil.copyfile(os.path.join(d, 'f.txt'), os.path.join(d, 'f.txt'))
    except shutil.SameFileError as e:
        print('SameFileError', isinstance(e, OSError), isinstance(e, shutil.Error))
    shutil.copytree(os.path.join(d, 'sub'), os.path.join(d, 'sub2'), ignore=shutil.ignore_patterns('*.txt'))
    print(sorted(os.listdir(os.path.join(d, 'sub2'))), os.listdir(os.path.join(d, 'sub2', 'deep')))
    shutil.copytree(os.path.join(d, 'sub'), os.path.join(d, 'sub3'))
    print(sorted(os.listdir(os.path.join(d, 'sub3'))), open(os.path.join(d, 'sub3', 'deep', 'g.txt')).read())
    try:
        shutil.copytree(os.path.join(d, 'sub'), os.path.join(d, 'sub3'))
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    shutil.copytree(os.path.join(d, 'sub'), os.path.join(d, 'sub3'), dirs_exist_ok=True)
    print(shutil.move(os.path.join(d, 'copy.txt'), os.path.join(d, 'sub2')) == os.path.join(d, 'sub2', 'copy.txt'))
    print(shutil.move(os.path.join(d, 'sub3'), os.path.join(d, 'moved')) == os.path.join(d, 'moved'))
    print(sorted(os.listdir(d)))
    try:
        shutil.move(os.path.join(d, 'f.txt'), os.path.join(d, 'sub'))
    except shutil.Error as e:
        print('Error', str(e).replace(d, 'D'))
    shutil.rmtree(os.path.join(d, 'moved'))
    print(sorted(os.listdir(d)))
    try:
        shutil.rmtree(os.path.join(d, 'nope'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    shutil.rmtree(os.path.join(d, 'nope'), ignore_errors=True)
    calls = []
    shutil.rmtree(os.path.join(d, 'nope'), onerror=lambda fn, p, info: calls.append((fn.__name__, info[0].__name__)))
    print(calls)
    t = tempfile.TemporaryDirectory(dir=d)
    print(repr(t).startswith("<TemporaryDirectory '" + d))
    t.cleanup(); t.cleanup(); print(os.path.exists(t.name))
print('gone', os.path.exists(d))
print(shutil.which('sh') is not None, shutil.which('no_such_program_zz'), shutil.which('/bin/sh'))
u = shutil.disk_usage('/tmp'); print(type(u).__name__, u._fields, u.total >= u.used)
os.environ['COLUMNS'] = '100'; os.environ['LINES'] = '30'; print(shutil.get_terminal_size())
print(shutil.ignore_patterns('*.pyc', 'tmp*')('d', ['a.pyc', 'b.py', 'tmpx']) == {'a.pyc', 'tmpx'})
s = tempfile.SpooledTemporaryFile(max_size=5, mode='w+')
s.write('abc'); print(s._rolled); s.write('defgh'); print(s._rolled); s.seek(0); print(s.read()); s.close()
with tempfile.SpooledTemporaryFile() as s:
    s.write(b'xyz'); s.seek(0); print(s.read(), s.name)
