# split, rsplit, splitlines and join.
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1))
print('  many   spaces here  '.split(), '  many   spaces  '.split(' '))
print('a b c d'.split(None, 2), 'a b c d'.rsplit(None, 2), ''.split(), ''.split(','))
print('one\ntwo\r\nthree\rfour'.splitlines(), 'x\ny\n'.splitlines(True), ''.splitlines())
print('a\x0bb\x0cc\x1cd\u2028e'.splitlines())
print('-'.join(['a', 'b', 'c']), ''.join('xyz'), ', '.join(map(str, range(4))))
try:
    ','.join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a'.split('')
except ValueError as e:
    print(type(e).__name__, e)
print('a::b::c'.split('::'), 'abcabc'.split('b'), 'aaa'.split('a'))
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'none'.partition('='), 'none'.rpartition('='))
