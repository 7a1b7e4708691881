def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
s = 'hello world hello'
for args in [('l',), ('l', -5), ('l', -100, 100), ('l', 5, 2), ('', 3), ('', 30), ('', 17), ('', 18), ('lo', 3, -1), ('x',)]:
    t(s.find, *args); t(s.rfind, *args); t(s.count, *args); t(s.index, *args); t(s.rindex, *args)
t(s.startswith, ('he', 'wo')); t(s.startswith, 'wo', 6); t(s.startswith, 'wo', -11, -9); t(s.endswith, ('lo', 'x'), 0, 5)
t(s.startswith, ['he']); t(s.endswith, 5); t(s.startswith, '', 17); t(s.startswith, '', 18); t(s.endswith, '', 5, 2)
t(s.find, 5); t(s.count, None); t(s.find, 'l', None, None); t(s.find, 'l', 1.5)
t(s.split, ''); t(s.rsplit, ''); t(s.split, ' ', 1); t(s.rsplit, ' ', 1); t(s.split, None, 0); t(s.split, maxsplit=1); t(s.split, sep='l', maxsplit=-1)
t('  a  b  '.split); t('  a  b  '.split, None, 1); t('  a  b  '.rsplit, None, 1); t(''.split); t(''.split, ','); t('a,,b,'.split, ',')
t('a\x1cb\x1dc\x1ed\x85e\u2028f\u3000g'.split)
t('a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'.splitlines)
t('a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n'.splitlines, True)
t(''.splitlines); t('\n'.splitlines); t('x\n\n'.splitlines, keepends=True)
t(s.partition, 'l'); t(s.rpartition, 'l'); t(s.partition, 'z'); t(s.rpartition, 'z'); t(s.partition, ''); t(s.rpartition, ''); t(s.partition, 5)
t('abc'.removeprefix, 'ab'); t('abc'.removeprefix, 'x'); t('abc'.removesuffix, 'bc'); t('abc'.removesuffix, ''); t('abc'.removeprefix, 1)
t('Straße ΣΑΣ ﬁ'.casefold); t('Straße'.upper); t('ΣΑΣ'.lower); t('ǅ'.swapcase); t('hello wORLD 3rd'.title); t("they're bill's".title); t('hELLO'.capitalize); t('ǆa'.capitalize)
for c in ['1', '١', '²', '½', 'Ⅳ', '٣', 'a', '', '𝟘', '௰']:
    print(repr(c), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(), c.isalpha())
for c in ['abc', '_a', '1a', 'a1', 'é', 'class', '', 'a b', 'ℕ', '·a', 'a·']:
    print(repr(c), c.isidentifier())
for c in ['abc', '\t', '\x7f', ' ', '\xa0', 'é', '', '\u2028', '\U0001F600', '\u200b']:
    print(repr(c), c.isprintable(), c.isspace(), c.isascii())
for c in ['ABC', 'Abc', 'A Bc', 'aBC', '1', 'A1', 'ǅ', 'Ab Cd', '']:
    print(repr(c), c.isupper(), c.islower(), c.istitle())
for w in [-1, 0, 3, 5, 6, 7]:
    t('-42'.zfill, w); t('+42'.zfill, w); t('42'.zfill, w); t(''.zfill, w); t('-'.zfill, w)
    t('abc'.center, w); t('ab'.center, w, '*'); t('abc'.ljust, w, '.'); t('abc'.rjust, w, '.')
t('abc'.center, 9, '**'); t('abc'.center, 9, ''); t('abc'.ljust, 9, 5); t('abc'.center); t('abc'.center, 'x')
t('a\tbc\tdef\tg'.expandtabs); t('a\tbc\tdef\tg'.expandtabs, 3); t('a\tb'.expandtabs, 0); t('a\tb'.expandtabs, -1); t('ab\n\tc\r\td'.expandtabs, 4); t('\t'.expandtabs, tabsize=2)
tbl = str.maketrans('abc', 'xyz'); print(sorted(tbl.items()))
tbl2 = str.maketrans('ab', 'xy', 'c'); print(sorted(tbl2.items()))
tbl3 = str.maketrans({'a': 'A', 98: None, 'c': 67}); print(sorted(tbl3.items()))
t(str.maketrans, 'ab', 'x'); t(str.maketrans, {'ab': 1}); t(str.maketrans, 5); t(str.maketrans, {1.5: 'x'}); t(str.maketrans, 'a')
print('abcabc'.translate(tbl), 'abcabc'.translate(tbl2), 'abcd'.translate(tbl3), 'abc'.translate({97: 'XYZ'}), 'abc'.translate([]))
t('abc'.translate, {97: 5.5}); t('abc'.translate, {97: 0x110000}); t('abc'.translate, 5)
class LT:
    def __getitem__(self, k):
        if k == 97: raise LookupError
        return k + 1
print('abc'.translate(LT()))
t('a'.join, ['x', 1]); t(','.join, 'abc'); t(','.join, []); t(','.join, ['a', b'b']); t(''.join, (str(i) for i in range(3)))
t('abc'.strip, 'ac'); t('  x '.strip, None); t('xxaxx'.lstrip, 'x'); t('xxaxx'.rstrip, 'x'); t('a'.strip, 5); t(' \t\n\x0b\x0c\x1c\u3000a\x85 '.strip)
t('aaa'.replace, 'a', 'b', 2); t('aaa'.replace, '', '-'); t('aaa'.replace, '', '-', 2); t('abc'.replace, 'b', ''); t(''.replace, '', 'x'); t('aaa'.replace, 'a', 'b', -1); t('aaa'.replace, 'a', 'b', 0)
t(str.__mul__, 'ab', -2); print('ab' * -1, repr(0 * 'ab'), 'ab' * True); t(lambda: 'ab' * 1.5); t(lambda: 'ab' * 'c'); t(lambda: 'a' + 1); t(lambda: 1 + 'a')
print('a' < 'b', 'a' < 'B', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'é' > 'z', '\U0001F600' > '\uffff', 'a' == 'a', 'a' != 'b')
t(lambda: 'a' < 1); t(lambda: 'a' <= None); t(lambda: 1 in 'abc'); print('' in 'abc', 'bc' in 'abc', 'x' not in 'abc', '' in '')
class A: pass
class B:
    def __repr__(self): return 'B-repr'
class C:
    def __str__(self): return 'C-str'
class D:
    def __str__(self): return 5
print(str(B()), repr(B()), str(C()), f'{B()} {C()!r:.3}', '%s %r' % (B(), B()), str(A()).startswith('<__main__.A object at 0x'))
t(str, D()); t(repr, type('E', (), {'__repr__': lambda s: None})()); t(format, D(), '')
t(str, b'abc', 'ascii'); t(str, b'\xff', 'utf-8'); t(str, b'\xff', 'utf-8', 'replace'); t(str, b'\xff', errors='ignore'); t(str, 'abc', 'utf-8'); t(str, 5, 'utf-8'); t(str, object=5); t(str, b'ab', encoding='latin-1')
t('abc'.encode, 'ascii'); t('é'.encode, 'ascii'); t('é'.encode, 'ascii', 'replace'); t('é'.encode, 'ascii', 'xmlcharrefreplace'); t('é'.encode, 'ascii', 'backslashreplace'); t('é'.encode, 'ascii', 'ignore'); t('é'.encode, 'utf-16'); t('é'.encode, 'nope')
t('abc'.index, 'd'); t('abc'.rindex, 'd'); t('abc'.index, 'a', 1); t('x'.startswith); t('x'.count)
t('abc'.__getitem__, 5); t('abc'.__getitem__, 'a'); t('abc'.__getitem__, -4); t(lambda: 'abc'[1:2:0])
t(lambda: setattr('abc', 'x', 1)); t(lambda: 'abc'.__setitem__(0, 'x'))
print('a b'.title(), 'ß'.title(), 'ﬁ'.upper(), 'İ'.lower(), len('İ'.lower()), 'ῼ'.lower(), 'ΐ'.upper())
print('%c%c' % (65, 'b'), 'abc'.swapcase(), 'a,b;c'.split(';'), '1,2,3'.rsplit(',', maxsplit=1))
t(lambda: '%c' % 'ab'); t(lambda: '%c' % 0x110000); t(lambda: '%c' % -1); t(lambda: '%c' % 1.5)
print(str.upper('x'), str.__len__('abc'), str.__contains__('abc', 'b'), str.__add__('a', 'b'), 'abc'.__mod__(()), 'a%s'.__rmod__('x') if False else '')
print(sorted(['b', 'A', 'a', 'B', 'é', 'E']), max('hello'), min('hello'), list(reversed('abc')), 'abc'[::-1], 'abcdef'[-2:], 'abcdef'[1:-1:2])
