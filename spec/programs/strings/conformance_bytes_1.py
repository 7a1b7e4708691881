def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# constructors
t(bytes, 3); t(bytes, -1); t(bytes, [1, 2, 255]); t(bytes, [256]); t(bytes, [-1]); t(bytes, ['a'])
t(bytes, 'abc'); t(bytes, 'abc', 'ascii'); t(bytes, 'é', 'ascii'); t(bytes, 'é', 'ascii', 'ignore'); t(bytes, 'é', 'latin-1')
t(bytes, 3, 'ascii'); t(bytes, b'x', 'ascii'); t(bytes, None); t(bytes, 1.5); t(bytes, range(3)); t(bytes, memoryview(b'mv'))
t(bytes, (x for x in [65, 66])); t(bytearray, 2); t(bytearray, b'ab'); t(bytearray, 'ab', 'utf-8'); t(bytearray, [300])
t(bytes.fromhex, '41 42  43'); t(bytes.fromhex, '4'); t(bytes.fromhex, '4g'); t(bytearray.fromhex, 'ff00')
t(bytes, b'\x00\x01'.hex()); print(b'\xde\xad\xbe\xef'.hex(':'), b'\xde\xad\xbe\xef'.hex('-', 2), b'abc'.hex(' ', -1))
class B:
    def __bytes__(self): return b'from dunder'
t(bytes, B())
class BadB:
    def __bytes__(self): return 'nope'
t(bytes, BadB())
class Idx:
    def __index__(self): return 4
t(bytes, Idx())
# repr with quotes
for b in [b"it's", b'say "hi"', b'both \' and "', b'\n\t\r\x00\x7f\x80\\', bytearray(b"x'y")]:
    print(repr(b), str(b))
# methods
b = b'Hello, World! hello'
print(b.count(b'l'), b.count(b'l', 5), b.count(108), b.find(b'o'), b.rfind(b'o'), b.find(111, 6), b.index(b'W'))
t(b.index, b'zz'); t(b.rindex, b'zz'); t(b.count, 'l'); t(b.find, 256)
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize())
print(b.startswith(b'Hell'), b.startswith((b'x', b'H')), b.endswith(b'llo'), b.endswith(b'o', 0, 5))
t(b.startswith, 'H'); t(b.startswith, [b'H'])
print(b.split(), b.split(b', '), b.split(b'l', 2), b.rsplit(b'l', 2), b'a  b '.split(b' '), b''.split(), b''.split(b'x'))
t(b.split, b'')
print(b.partition(b', '), b.rpartition(b'l'), b.partition(b'zz'), b.rpartition(b'zz'))
print(b.replace(b'l', b'L'), b.replace(b'l', b'L', 2), b'abc'.replace(b'', b'-'), b.strip(b'Hho'), b'  x  '.strip(), b'xxaxx'.lstrip(b'x'), b'xxaxx'.rstrip(b'x'))
print(b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), bytearray(b',').join([b'x', b'y']))
t(b'-'.join, [b'a', 'b']); t(b'-'.join, [1])
print(b'ab'.center(6), b'ab'.center(7, b'*'), b'ab'.ljust(5, b'.'), b'ab'.rjust(5), b'42'.zfill(5), b'-42'.zfill(5))
t(b'ab'.center, 6, b'**'); t(b'ab'.center, 6, '*')
print(b'a\tb\tc'.expandtabs(), b'a\tb'.expandtabs(4), b'line1\nline2\r\nline3'.splitlines(), b'x\ny\n'.splitlines(True))
print(b'abc'.isalpha(), b'ab1'.isalnum(), b'123'.isdigit(), b' \t'.isspace(), b'abc'.islower(), b'ABC'.isupper(), b'Ab Cd'.istitle(), b'\x80'.isascii(), b''.isalpha())
print(b'hello'.removeprefix(b'he'), b'hello'.removesuffix(b'lo'), b'hello'.removeprefix(b'x'))
tbl = bytes.maketrans(b'abc', b'xyz'); print(b'aabbcc'.translate(tbl), b'aabbcc'.translate(None, b'b'), b'abc'.translate(tbl, b'a'))
t(bytes.maketrans, b'ab', b'x'); t(b'abc'.translate, b'short')
print(b'%s is %d years, %x hex %r %a %c %c' % (b'Bob', 42, 255, b'r', 'é', 65, b'Z'))
t(lambda: b'%s' % 'str'); t(lambda: b'%d' % b'x'); t(lambda: b'%s %s' % (b'a',)); t(lambda: b'%c' % 256)
print(b'%(a)s-%(b)05d' % {b'a': b'A', b'b': 7}, b'%5.2f|%-5s|' % (3.14159, b'ab'), b'%%' % ())
# decode
t(b'\xc3\xa9'.decode); t(b'\xff'.decode); t(b'\xff'.decode, 'utf-8', 'replace'); t(b'\xff'.decode, 'utf-8', 'ignore')
t(b'\xff\xfe'.decode, 'ascii'); t(b'\xe9'.decode, 'latin-1'); t(b'abc'.decode, 'nope'); t(b'\xff'.decode, 'utf-8', 'backslashreplace')
t(b'a\xc3'.decode); t(b'\xed\xa0\x80'.decode); t(b'\xff'.decode, errors='surrogateescape')
# indexing / slicing
print(b[0], b[-1], b[1:4], b[::-1][:5], b[::3], type(bytearray(b'ab')[0:1]).__name__)
t(lambda: b[100])
# comparisons & hashing
print(b'a' < b'b', b'abc' < b'abd', b'ab' < b'abc', b'' == bytearray(), bytearray(b'x') == b'x', b'a' == 'a', b'\x00' > b'')
print(hash(b'abc') == hash(b'abc'), hash(bytes(bytearray(b'q'))) == hash(b'q'))
t(hash, bytearray(b'x'))
t(lambda: b'a' < 'a'); t(lambda: b'a' < 1)
# bytearray mutation
ba = bytearray(b'abcdef')
ba[0] = 65; ba[1:3] = b'XYZ'; print(ba)
ba[::2] = b'1234'; print(ba)
t(ba.__setitem__, slice(None, None, 2), b'12')
del ba[::2]; print(ba)
del ba[0]; print(ba)
ba += b'gh'; print(ba); ba *= 2; print(ba)
ba.append(33); ba.extend(b'??'); ba.extend([1, 2]); ba.insert(0, 64); ba.insert(-1, 35); ba.insert(100, 36); print(ba)
print(ba.pop(), ba.pop(0), ba); ba.remove(ord('?')); print(ba)
t(ba.remove, 0); t(ba.append, 256); t(ba.append, 'x'); t(bytearray().pop); t(ba.__setitem__, 0, 999); t(ba.extend, 5)
ba.reverse(); print(ba); c = ba.copy(); ba.clear(); print(ba, len(c))
ba = bytearray(b'xyz'); ba[1:2] = []; print(ba); ba[5:] = b'!!'; print(ba); ba[:0] = bytearray(b'<'); print(ba)
ba[0:1] = 3 if False else b''; print(ba)
t(ba.__setitem__, slice(0, 1), 5); t(ba.__setitem__, slice(0, 1), 'ab')
m = bytearray(b'abc'); m2 = m; m2 += b'd'; print(m is m2, m)
t(lambda: b'abc' * -1); print(b'ab' * 3, 3 * bytearray(b'x'), b'a' + bytearray(b'b'), bytearray(b'a') + b'b')
t(lambda: b'a' + 'b'); t(lambda: b'a' + [1])
print(b'a' in b'cat', 97 in b'cat', b'' in b'x', bytearray(b'at') in b'cat')
t(lambda: 300 in b'a'); t(lambda: 'a' in b'a')
print(list(b'hi'), list(reversed(b'hi')), len(bytearray(10)), bytearray(b'abc').find(b'c'), bytes(bytearray(b'Z')))
print(b'AbC'.lower() == bytearray(b'abc'), type(bytearray(b'A').lower()).__name__, bytearray(b'a b').split())
print(int.from_bytes(bytearray(b'\x01\x02'), 'big'), b'abc'.isascii(), b'x'.__len__(), bytes.__name__)
ba = bytearray(b'hello'); it = iter(ba); next(it); ba.append(33); print(list(it))
