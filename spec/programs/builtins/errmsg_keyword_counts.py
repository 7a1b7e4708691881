# Keyword-argument errors of builtins that count arguments before naming a stray keyword:
# Argument Clinic (str.split, str.encode, bytes.split, bytes.hex, str(), bytes()),
# PyArg_ParseTupleAndKeywords on an empty tuple (min, max, zip), and enumerate's own parsing.
def show(label, f):
    try:
        r = f()
        print(label, '->', r if not hasattr(r, '__next__') else list(r))
    except TypeError as e:
        print(label, '!!', e)


show('split 3 kw', lambda: 'a b'.split(sep=' ', maxsplit=1, x=2))
show('split kw', lambda: 'a b'.split(sep=' ', maxsplit=1))
show('split pos+kw', lambda: 'a b'.split(' ', sep=' '))
show('split unknown', lambda: 'a b'.split(' ', x=1))
show('rsplit 3', lambda: 'a b'.rsplit(' ', 1, maxsplit=1))
show('encode 3 kw', lambda: 'a'.encode(encoding='ascii', errors='strict', x=1))
show('encode repeat', lambda: 'a'.encode('ascii', encoding='ascii'))
show('splitlines 2', lambda: 'a'.splitlines(keepends=True, x=1))
show('expandtabs repeat', lambda: 'a'.expandtabs(4, tabsize=4))
show('bytes split', lambda: b'a b'.split(sep=b' ', maxsplit=1, x=1))
show('bytes hex', lambda: b'ab'.hex(sep=':', bytes_per_sep=1, x=1))
show('bytes hex repeat', lambda: b'ab'.hex(':', sep=':'))
show('bytes decode', lambda: b'a'.decode('ascii', 'strict', errors='strict'))
show('str()', lambda: str(object=b'a', encoding='ascii', errors='strict', x=1))
show('bytes()', lambda: bytes(source=b'a', x=1, y=2, z=3))
show('min 3 kw', lambda: min([1], key=None, default=1, x=1))
show('max 3 kw', lambda: max([1], key=None, default=2, z=2))
show('min unknown', lambda: min(1, 2, x=1))
show('min none', lambda: min(key=None, default=1))
show('zip 2 kw', lambda: zip([1], strict=True, x=1))
show('zip unknown', lambda: zip([1], x=1))
show('enumerate kw', lambda: enumerate(iterable='ab', start=1))
show('enumerate kw swapped', lambda: enumerate(start=1, iterable='ab'))
show('enumerate start only', lambda: enumerate(start=1))
show('enumerate x', lambda: enumerate(x=1))
show('enumerate iterable twice', lambda: enumerate('a', iterable='a'))
show('enumerate 2 + kw', lambda: enumerate('a', 1, x=3))
show('enumerate 3 kw', lambda: enumerate(a=1, b=2, c=3))
show('enumerate x start', lambda: enumerate(x=1, start=1))
show('enumerate iterable x', lambda: enumerate(iterable=1, x=1))
show('enumerate none', lambda: enumerate())


class E(enumerate):
    pass


show('subclass start only', lambda: E(start=1))
show('subclass kw', lambda: E(iterable='xy', start=5))
