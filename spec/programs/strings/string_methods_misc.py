# Less common str methods: translate, maketrans, encode, count with ranges, and comparisons.
table = str.maketrans('abc', 'xyz', 'd')
print('aabbccdd'.translate(table), table)
print('hello'.translate({ord('l'): None, ord('o'): '0'}), str.maketrans({'a': 'b'}))
print('héllo'.encode('utf-8'), 'héllo'.encode('latin-1'), 'abc'.encode('ascii'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print('é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'ignore'), 'é'.encode('ascii', 'backslashreplace'))
print('abc' < 'abd', 'Z' < 'a', 'a' < 'aa', '' < 'a', 'é' > 'z', 'abc' == 'abc')
print('ab' * 3, 3 * 'x', 'ab' * 0, 'ab' * -1, 'a' + 'b' + 'c')
print('b' in 'abc', 'ac' in 'abc', '' in 'abc', 'abc'.__contains__('bc'))
print(str(), str(123), str(None), str(b'x'), str(b'caf\xc3\xa9', 'utf-8'), str([1, 'a']))
print(list('abc'), tuple('ab'), sorted('cba'), reversed('ab').__class__.__name__)
