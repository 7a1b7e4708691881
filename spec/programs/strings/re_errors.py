# re: re.error messages and positions (msg, pattern, pos, lineno, colno) for bad patterns,
# bad templates, and the TypeError/ValueError/OverflowError cases.
import re

bad = [
    '(a', 'a)', '*', 'a**', 'a*?*', '+a', '?', 'a{2}{3}', '^*', '(?:*)', '[a', '[a-', '[]', '[^]',
    'a\\', '\\q', '\\1', '(a)\\2', '\\8', '[z-a]', '[\\d-z]', '[a-\\d]', 'x{3,2}', '(?z)', '(?P',
    '(?Px)', '(?P<>a)', '(?P<1a>x)', '(?P<a', '(?P<a>x)(?P<a>y)', '(?P=b)', '(?P=)', '(?P=a)(?P<a>x)',
    '(?<a)', '(?<', '(?', '(?(2)a|b)', '(?(1)a|b|c)(a)', '(?(0)a)', '(?(x)a)', '(?(-1)a)', '(?(a',
    'a(?i)b', '(?i', '(?i-', '(?-)', '(?-i)', '(?i-i:a)', '(?ij)', '(?i:', '(?L)a', '(?au)a',
    '(?-a:x)', '(?#abc', '\\x1', '\\xg0', '\\u12', '\\U0011ffff', '\\777', '[\\777]', '\\N',
    '(?<=a+)b', '(?<=a|bc)', '(?<!x*)', '(?<=(a)\\1)', '(a(?<=\\1))', '(a)(?<=\\1)x', '(?<=(?P<n>a))(?P=n)',
    'a{99999999999}', '(?x)a\n(b', '\n\n(c', '[\\A]', '(?P<a-b>x)', 'a|*',
]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError, TypeError) as e:
        print(repr(p), type(e).__name__, e)

for p in [b'(a', b'\\u1234', b'(?u)a', b'[\xff-a]']:
    try:
        re.compile(p)
        print(p, 'compiled')
    except re.error as e:
        print(p, 'error:', e, '|', e.msg, e.pos)

for flags in (re.L, re.A | re.U):
    try:
        re.compile('a', flags)
    except ValueError as e:
        print('ValueError', e)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError', e)

# template errors
m = re.match(r'(a)(?P<n>b)', 'ab')
for t in ['\\3', '\\g<3>', '\\g<x>', '\\g<1', '\\g', '\\g<>', '\\g<-1>', '\\g<a b>', '\\q', 'x\\', '\\400', '\\g<n>\\2\\1\\0\\x']:
    try:
        print(repr(t), repr(m.expand(t)))
    except re.error as e:
        print(repr(t), 'error:', e)
    except IndexError as e:
        print(repr(t), 'IndexError:', e)
try:
    re.sub('a', '\\1', 'a')
except re.error as e:
    print('error:', e)
try:
    re.sub('a', 5, 'a')
except TypeError as e:
    print('TypeError:', e)
print(isinstance(re.error('x'), Exception), re.error.__name__, re.error.__module__, re.error('m').pos)
e = re.error('msg', 'ab\ncd', 4)
print(e, e.lineno, e.colno)
print(str(re.error('plain')))
