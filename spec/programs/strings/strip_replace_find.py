# strip, replace, find, index, count, startswith and endswith.
s = '  \t hello world \n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'abcHIcba'.strip('abc'), '..a..'.lstrip('.'), '..a..'.rstrip('.'))
print('aaaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'hello'.replace('l', ''), 'x'.replace('y', 'z'))
t = 'the cat sat on the mat'
print(t.find('at'), t.find('at', 6), t.rfind('at'), t.find('dog'), t.find('at', 2, 4), t.find(''))
print(t.index('sat'), t.rindex('the'), t.count('at'), t.count('the'), t.count(''), 'aaaa'.count('aa'))
try:
    t.index('dog')
except ValueError as e:
    print(type(e).__name__, e)
print(t.startswith('the'), t.startswith(('a', 'the')), t.endswith('mat'), t.endswith('at', 0, 7))
print(t.startswith('cat', 4), 'abc'.removeprefix('ab'), 'abc'.removesuffix('bc'), 'abc'.removeprefix('x'))
try:
    t.startswith(['the'])
except TypeError as e:
    print(type(e).__name__, e)
