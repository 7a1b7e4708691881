def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
s = 'Hello, World'
for i in range(-14, 15, 3):
    for j in range(-14, 15, 4):
        print(i, j, repr(s[i:j]), repr(s[i:j:2]), repr(s[j:i:-1]), s.find('o', i, j), s.rfind('l', i, j), s.count('l', i, j), s.startswith('l', i, j), s.endswith('d', i, j), s.find('', i, j), s.rfind('', i, j))
t(s.index, 'o', 5, 6); t(s.rindex, 'H', 1); t(s.count, '', 100); t(s.count, ''); print(''.count(''), 'aaa'.count('aa'), 'abab'.count('ab', 1), 'aaaa'.replace('aa', 'b'), 'abc'.split('b', 0), 'a  b'.split(' '), ' a b '.split(' ', 1), ' a b '.rsplit(None, 1), 'a\tb\nc'.split(), 'x'.join('abc'), 'abc'.partition('c'), 'abc'.rpartition('a'))
print('%s|%5s|%-5s|%.1s' % ('é', 'é', 'é', 'éa'), 'éa'.center(6, '*'), 'ß'.upper().lower(), 'ﬀ'.upper(), 'Ǆ'.lower(), 'ǆ'.title(), 'İ'.casefold(), 'σς'.upper(), 'ΑΣ'.lower(), 'ΑΣ Β'.lower(), 'ΑΣΑ'.lower(), 'Σ'.lower())
print(str.lower('ABC'), str.split('a b'), str.join('-', 'ab'), 'abc'.__getitem__(slice(1, None)), 'abc'.__add__('d'), 'abc'.__mul__(2), 'abc'.__rmul__(2), 'abc'.__len__(), 'b' in 'abc', 'abc'.__contains__('z'), 'abc'.__eq__(1), 'abc'.__lt__('b'), 'a'.__hash__() == hash('a'))
t(str.lower, 5); t(str.join, ',', [1]); t(str.__add__, 'a', 1); t(lambda: 'a'.__add__(1)); t(lambda: 'abc'.__mod__(5)); t(lambda: str.upper()); t(lambda: 'abc'[1.0]); t(lambda: 'abc'[None:2:None]); t(lambda: 'abc'[:'x'])
print('abc'.isascii(), ''.isascii(), '\x80'.isascii(), 'Ab1'.swapcase(), 'hello world'.title(), 'HELLO'.istitle(), 'Hello World'.istitle(), 'Hello world'.istitle(), '1A'.istitle(), 'A1 B2'.istitle())
print(repr('a\x00b'), repr('\x1b[0m'), repr('\ud800'), repr('tab\there'), repr("mixed'\""), ascii('\x7f\x80\xff\u0100\uffff\U00010000'), repr('\u2028'), repr('\xad'), repr('\u0378'), repr('\U000e0001'))
print(str(b'abc'), str(bytearray(b'x')), str(b"it's"), str(b'"'), repr(b'\x00\x7f\x80\xff'), repr(b"'\""), repr(bytearray(b'\n')), str(memoryview(b'a'))[:13])
print('a' 'b' "c" '''d''', 'tab:\t|', r'\n', len('\N{GREEK SMALL LETTER ALPHA}'), '\N{DIGIT ONE}', '\x41\101\u0041\U00000041', '\z' if False else '', b'\x41\101')
print(sorted(['a', 'B', 'c', 'D', '_', '1', ' ', 'é', 'Z']), 'a' < 'aa' < 'ab' < 'b', 'Z' < 'a', '' < ' ', min('bca'), max(['ab', 'b']))
print('{:>10}'.format('é'), '{:^7}'.format('中文'), len('中文'), '中文'.encode(), '中'.encode('utf-16-le'), 'ab'.encode('utf-32-be'), '€'.encode('cp1252') if True else '', 'x'.encode('latin-1'), b'\xe4'.decode('latin-1'), b'\xc3\xa4'.decode(), b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('ascii', 'ignore'), b'\xff'.decode('utf-8', 'backslashreplace'), 'é'.encode('utf-8', 'strict'))
t(b'\xff'.decode); t(b'\xc3'.decode); t(b'\xed\xa0\x80'.decode); t('\ud800'.encode); t('€'.encode, 'latin-1'); t(b'a'.decode, 'bogus'); t('a'.encode, errors='bogus'); t(b'\xff'.decode, 'utf-8', 'bogus')
print('%c' % 'é', '%5.2s|' % 'éèê', '%r' % 'é', '%a' % 'é', '{!a}'.format('é'), f'{"é"!a}', format('é', '^5'), 'é'.ljust(3, 'ü'), 'abc'.zfill(5), '-abc'.zfill(6), '+'.zfill(3), '١٢'.zfill(4), int('١٢') + 1)
