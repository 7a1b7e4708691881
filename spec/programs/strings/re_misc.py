# re: assorted API edge cases (callable replacements returning non-str, empty patterns, unicode
# line separators, titlecase under IGNORECASE, escapes).
import re
try:
    re.sub('a', lambda m: 5, 'xax')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub(b'a', lambda m: 'x', b'xax')
except TypeError as e:
    print('TypeError', e)
print(str(re.compile('a')), re.compile(r'\d+').sub('#', 'a1b22', count=1))
print(re.split(r'\s', 'a b c d', maxsplit=2), re.compile('x').fullmatch('axb', pos=1, endpos=2))
print(re.findall(r'^\w', 'ab\ncd', re.M), re.findall(r'(?m)\w$', 'ab\ncd\n'))
m = re.match(r'((a)?(b)?)?c', 'c')
print(m.groups(), m.groupdict(), m.lastindex)
print(re.search(r'(?P<year>\d{4})', 'in 1999').group('year'))
print(re.sub(r'(?P<w>\w+)', lambda m: m.group('w')[::-1], 'hello world'))
print([m.groupdict() for m in re.finditer(r'(?P<k>\w)=(?P<v>\d)?', 'a=1 b= c=3')])
print(re.match('', 'abc'), re.search('$', 'abc'), re.findall('$', 'a\n'), re.sub('$', 'X', 'a\n'))
print(re.compile('a|b|c').pattern, re.compile(r'\w+').search('  x  ').span())
print(re.match(r'a.c', 'a\u2028c'), re.match('a.c', 'a\rc'), re.findall(r'[^\S\n]+', 'a \t\nb'))
print(re.sub('(?i)ǅ', 'X', 'Ǆǅǆ'), re.findall('(?i)[ǅ]', 'Ǆǅǆ'))
print(re.match(r'(a)(?P<b>b)(c)', 'abc').expand(r'\3\g<b>\1'))
print(repr(re.sub('', '-', '')), re.sub('^', '>', 'a\nb', flags=re.M))
print(re.search(r'\bé', 'café é').span(), re.search(r'(?a)\b\w+', 'éa').span())
print(re.fullmatch(r'[\u0041-\u005A]+', 'ABC'), re.fullmatch(r'\x41\101\u0041\U00000041', 'AAAA'))

# re.Scanner
sc = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, t: ('ID', t)),
    (r'(\d+)\.(\d+)', lambda s, t: ('FLOAT', t)),
    (r'\d+', lambda s, t: ('INT', int(t))),
    (r'[-+*/=]', lambda s, t: ('OP', t)),
    (r'\s+', None),
])
print(sc.scan('x = 3.25 + foo*42 ?rest'))
print(sc.match.group() if hasattr(sc, 'match') else None)
print(re.Scanner([(r'a', 'A'), (r'b', None)]).scan('abac'))

# bytes-like subjects: slices are bytes
ba = bytearray(b'ab cd')
m = re.search(rb'\w+', ba)
print(type(m.group()), type(m.string), re.findall(rb'\w+', ba), re.split(rb' ', ba), re.sub(rb'a', b'x', ba), re.subn(rb'z', b'x', ba), type(re.match(rb'(a)', memoryview(b'ab')).group(1)))
print(m.expand(rb'\g<0>!'), m, m.groups(), re.findall(rb'(\w)(\w)', ba), re.sub(rb'(\w)', rb'<\1>', ba), re.sub(rb'\w', lambda m: m.group().upper(), ba))
print(re.split(rb'(c)', memoryview(b'abcd')), [m.group() for m in re.finditer(rb'.', bytearray(b'xy'))])
