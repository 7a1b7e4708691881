# re: the Pattern and Match API (compile/search/match/fullmatch, groups, spans, reprs, flags).
import re

p = re.compile(r'(?P<user>\w+)@(?P<host>[\w.]+)')
print(p, p.pattern, p.flags, p.groups, sorted(p.groupindex.items()))
m = p.search('contact: bob@example.com, alice@dyad.org')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('host'), m.group(1, 'host', 0))
print(m[0], m[1], m['user'])
print(m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start(1), m.end('host'), m.span(2))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string[:8])
print(m.regs)
print(bool(m), type(m).__name__, type(p).__name__, type(m), type(p))

# match / fullmatch / search with pos and endpos
q = re.compile(r'\d+')
print(q.match('abc123'), q.match('abc123', 3), q.match('abc123', 3, 5))
print(q.search('abc123def45', 7), q.fullmatch('123'), q.fullmatch('123a'), q.fullmatch('123a', 0, 3))
print(q.search('12', -5, 100), q.search('12', 3), q.match('12', 2, 1))
print(re.compile('^a').search('ba', 1), re.compile('^a', re.M).search('b\na', 1))
print(re.compile('a$').search('ab', 0, 1))

# unmatched groups
m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.span(2), m.start(2), m.end(2), m.group(2), m.lastindex)
m = re.match(r'(?P<a>x)|(?P<b>y)', 'y')
print(m.groupdict(), m.groupdict(0), m.lastgroup, m.lastindex)
m = re.match(r'((a)b)', 'ab')
print(m.lastindex, m.lastgroup, m.regs)

# errors from group access
m = re.match('(a)', 'a')
for g in (2, -1, 'nope', 1.5):
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError', e)

# reprs of flags and patterns
print(re.I, re.IGNORECASE | re.MULTILINE, re.A | re.I | re.M, repr(re.NOFLAG), int(re.X), re.S == 16)
print(re.compile('x', re.I | re.M | re.S | re.X), re.compile('x', re.A), re.compile(b'x', re.I))
print(re.compile('x').flags, re.compile(b'x').flags, re.compile('x', re.A).flags, re.compile('(?i)x').flags)
print(repr(re.compile('a' * 300))[-10:])
print(re.compile('ab') == re.compile('ab'), re.compile('ab') == re.compile('ab', re.I))
print(re.compile('x') is re.compile('x'), re.compile(re.compile('y')).pattern)
try:
    re.compile(re.compile('y'), re.I)
except ValueError as e:
    print('ValueError', e)
for bad in (1, None):
    try:
        re.compile(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        re.search('a', bad)
    except TypeError as e:
        print('TypeError', e)
try:
    re.search('a', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.search(b'a', 'a')
except TypeError as e:
    print('TypeError', e)

# expand
m = re.match(r'(\w+) (?P<second>\w+)', 'hello world')
print(m.expand(r'\2-\1 \g<second> \g<1>\n'))

# finditer and scanner-like iteration
for m in re.finditer(r'[aeiou]+', 'beautiful queue'):
    print(m.span(), m.group())
print([m.span() for m in re.finditer(r'x*', 'axb')])
print([m.group() for m in re.compile(r'\w').finditer('abcd', 1, 3)])
print(re.purge())

# bytes patterns
m = re.search(rb'(\d+)-(\d+)', b'tel 555-1234')
print(m, m.groups(), m.span(1))
print(re.findall(rb'[a-z]+', b'abc DEF ghi'), re.sub(rb'\s', b'_', b'a b c'))
print(re.escape('a.b*c?'), re.escape(b'1+1=2'), re.escape('tab\there'))

# RegexFlag is an IntFlag
print(re.I.name, re.A.name, (re.I | re.M).name, re.RegexFlag(2), re.I.value, type(re.I | re.M).__name__)
print(list(re.RegexFlag))
print(re.I | 1024, ~re.I, re.I & re.M, re.I ^ re.I, re.M in (re.I | re.M), bool(re.NOFLAG), re.X == 64)
print(f'{re.I}', '%s %r %d' % (re.M, re.M, re.M), format(re.S, 'd'), str(re.U), re.RegexFlag.DOTALL, re.NOFLAG.name)
print(isinstance(re.I, int), re.I + 1, re.T, re.DEBUG)
try:
    re.Pattern()
except TypeError as e:
    print('TypeError', e)
print(re.compile('(?P<a>x)').groupindex['a'], type(re.compile('x').groupindex).__name__)
gi = re.compile('(?P<a>x)').groupindex
print(type(gi).__name__, dict(gi))
try:
    gi['b'] = 2
except TypeError as e:
    print('TypeError', e)

# RegexFlag class protocol
print((re.M|re.A|re.I).name, re.RegexFlag(1024).name, (re.I|1024).name, re.RegexFlag(0).name, repr(re.RegexFlag), len(re.RegexFlag), 'I' in re.RegexFlag.__members__, list(re.I|re.M), re.RegexFlag['DOTALL'], (re.I|re.M) is (re.I|re.M), re.RegexFlag(2) is re.I)
try: re.RegexFlag('x')
except Exception as e: print(type(e).__name__, e)
print(re.I | True, type(re.I|True), 3 | re.I, re.I & 3, type(re.I & 3), -re.I, re.I * 2, type(re.I * 2))
print(re.RegexFlag(-1), ~re.NOFLAG, re.RegexFlag.__name__, re.RegexFlag.__module__, re.I.__class__.__name__, issubclass(re.RegexFlag, int))
print(re.RegexFlag.IGNORECASE, re.RegexFlag.I, re.compile('a', re.I|re.M).flags, type(re.compile('a', re.I).flags))
