# string: constants, capwords, Template (scanned and regex-driven subclasses, mappings that only
# have __getitem__, invalid placeholders' line/column, delimiters of every kind) and Formatter
# (the parse rules and errors of str.format, field-name splitting, numbering, the call order
# of the overridable methods).
import string
from string import Template, Formatter
def run(label, f):
    try:
        r = f()
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    print(label, repr(r))
print(string.__all__)
for n in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'printable']:
    print(n, repr(getattr(string, n)))
for s, sep in [('hello   world  foo', None), ('  a-b-c  ', '-'), ('ONE two', ' '), ('x', 'x'), ('', None), ('aBC dEF\tgHI\nj', None), ('éa ßb ǆc', None)]:
    run(f'capwords {s!r} {sep!r}', lambda: string.capwords(s, sep))
run('capwords empty sep', lambda: string.capwords('a b', ''))
run('capwords int', lambda: string.capwords(5))
# Formatter.parse
f = Formatter()
cases = ['', 'abc', '{}', '{0}', '{name}', 'a{{b', 'a}}b', '{{}}', '{{{0}}}', '{0!r}', '{0!r:>10}', '{0:>{1}}', '{:{}{}}', '{a[0]}', '{a.b.c}', '{a[x]}', '{a[}]}', '{a[{]}', '{!s}', '{:}', '{0:}', '{0!s:}', 'x{0}y{1}z', '{0[a:b]}', '{0:{{}}}', '{0:}}', '{ 0 }', '{0!r!s}', '{0!}', '{0!rr}', '{', '}', 'a{', 'a}', '{0', '{0:', '{0!', '{0[', '{0:{', '{0:{1}', '{:}}', '{}}', '{{}', '{0]}', '{0.}', '{0[]}', '{0..a}', '{0[0]x}', '{0!:}', '{!}', '{0:{1:{2}}}', 'é{0}ß']
cases += ['{a{b}}', '{a}b}', '{0:[}', '{0[}:]}', '{0!r:{1}}', '{\x00}', '{0!\x00}']
for c in cases:
    run(f'parse {c!r}', lambda: list(f.parse(c)))
# get_field / format
class Obj:
    x = 5
    items = {'k': [10, 20], 3: 'three'}
for name in ['0', '1', 'name', '0.x', '0.items[k][1]', '0.items[3]', 'name.upper', '0.x.real', '0[0]', '0.', '0[', '0[]', '0]', '.x', '[0]', '0.x[0', '0[0]x', '00', '-1', '0.items[k][01]', ' 0', '٣']:
    run(f'get_field {name!r}', lambda: (lambda r: (type(r[0]).__name__, r[1]))(f.get_field(name, (Obj(), 'b'), {'name': 'nm', ' 0': 'sp', '٣': 'arabic'})))

for n in ['٣', '0٣', '١٢', '²', '0x', '', '[', '.', 'a.b[c]d', 'a[b]]', 'a[[b]', 'a.', 'a[b].c[d]', '99999999999999999999', '0[99999999999999999999]']:
    run(f'split {n!r}', lambda: f.get_field(n, ['zero'] * 13, {'': 'empty', '²': 'sq', '0x': 'hex', 'a': {'b': {'d': 4}}}))
print(Formatter().format('{}{}{0}' if False else '{0}{0}', 'z'))
fmts = [('{} {}', (1, 2), {}), ('{0} {0}', (1,), {}), ('{1} {0}', ('a', 'b'), {}), ('{} {0}', (1,), {}), ('{0} {}', (1,), {}), ('{x}', (), {'x': 3.5}),
        ('{0:>{1}}', ('a', 5), {}), ('{:{}}', ('a', 4), {}), ('{:{}{}}', (3.14159, '.', '2f'), {}), ('{0!r}', ('s',), {}), ('{0!a}', ('é',), {}), ('{0!s}', (1,), {}),
        ('{0!x}', (1,), {}), ('{0:{1:{2}}}', (1, 2, 3), {}), ('{0:{1:{2:{3}}}}', (1, 2, 3, 4), {}), ('{}', (), {}), ('{x}', (), {}), ('{0.real:{1}}', (5, 'd'), {}),
        ('{0.x}', (Obj(),), {}), ('{0[k]}', ({'k': 'v'},), {}), ('{0[1]}', ([5, 6],), {}), ('{0.real}{}', (7,), {}), ('{:d}', ('s',), {}), ('{!r:^9}', ('ab',), {}),
        ('{a}{b}', (), {'a': 1, 'b': 2}), ('{0}{1}', (1,), {}), ('{}{}', (1, 2, 3), {})]
for fs, a, k in fmts:
    run(f'format {fs!r}', lambda: f.format(fs, *a, **k))
    run(f'str.format {fs!r}', lambda: fs.format(*a, **k))
run('vformat', lambda: f.vformat('{0}{k}', [1], {'k': 2}))
run('format kw fs', lambda: f.format(format_string='{}'))
class Logging(Formatter):
    def parse(self, s):
        print('  parse', repr(s))
        return super().parse(s)
    def get_value(self, key, args, kwargs):
        print('  get_value', repr(key))
        return super().get_value(key, args, kwargs)
    def check_unused_args(self, used, args, kwargs):
        print('  unused check', sorted(used, key=str))
    def format_field(self, value, spec):
        print('  format_field', repr(value), repr(spec))
        return super().format_field(value, spec)
    def convert_field(self, value, conv):
        print('  convert_field', repr(value), repr(conv))
        return super().convert_field(value, conv)
print(Logging().format('a{0!r:>{1}}b{k.real}c{{', 'x', 6, k=3))
class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(range(len(args))) | set(kwargs)
        extra -= used
        if extra:
            raise ValueError(f'unused: {sorted(extra, key=str)}')
run('strict', lambda: Strict().format('{0}{x}', 1, 2, x=3, y=4))
class Default(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)
print(Default().format('{a} {b} {0}', 'zero', a='A'))
run('convert bad', lambda: Formatter().convert_field(1, 'q'))
run('recursion', lambda: Formatter()._vformat('{0:{1}}', (1, 2), {}, set(), 0))
print(Formatter()._vformat('{}{}', (1, 2), {}, set(), 2, 5) if False else '')
# Template
t = Template('$who likes ${what} $$ and $ and ${bad and $9 end $')
run('safe', lambda: t.safe_substitute(who='tim', what='pie'))
run('sub', lambda: t.substitute(who='tim', what='pie'))
run('ids', lambda: t.get_identifiers())
run('valid', lambda: t.is_valid())
for tpl in ['$a', '${a}', '$a_b1 $A $_x', '$$', '$$$a', 'x$', '$ab$cd', '${a}b', '${ a}', '${a', '$1', 'line1\nline2 $', 'abc\n$', '\n\n  $3', 'a\rb\r\n$!', '$é', '${é}', '$aé', 'ǅ$a', '$K', '$a.b', '${a.b}', '$$a', '$$$$']:
    T = Template(tpl)
    run(f'tpl {tpl!r} sub', lambda: T.substitute({'a': 1, 'ab': 2, 'cd': 3, 'a_b1': 4, 'A': 5, '_x': 6, 'K': 7}))
    run(f'tpl {tpl!r} safe', lambda: T.safe_substitute(a=1, A=5))
    run(f'tpl {tpl!r} ids', lambda: (T.get_identifiers(), T.is_valid()))
run('missing', lambda: Template('$x $y').substitute(x=1))
run('mapping and kw', lambda: Template('$x $y').substitute({'x': 1, 'y': 2}, y=3))
run('mapping pos 2', lambda: Template('$x').substitute({}, {}))
run('mapping kw name', lambda: Template('$mapping $self').substitute(mapping=1, self=2))
class OnlyGetitem:
    def __getitem__(self, k):
        print('  getitem', k)
        if k == 'z': raise KeyError(k)
        return k.upper()
run('getitem mapping', lambda: Template('$a ${b} $z').safe_substitute(OnlyGetitem()))
run('getitem mapping kw', lambda: Template('$a ${b} $z').safe_substitute(OnlyGetitem(), b='B'))
run('getitem mapping sub', lambda: Template('$a $b').substitute(OnlyGetitem(), b='kw'))
class Miss(dict):
    def __missing__(self, k): return '?' + k
run('missing dict', lambda: Template('$a $b').substitute(Miss(a=1)))
run('str values', lambda: Template('$a$b$c').substitute(a=1.5, b=None, c=[1]))
run('template attr', lambda: Template('x').template)
run('non str template', lambda: Template(5).substitute())
class Pct(Template):
    delimiter = '%'
run('pct', lambda: Pct('%who %% %{x} 100%').safe_substitute(who='me', x='X'))
run('pct sub', lambda: Pct('%who %%').substitute(who='me'))
class Multi(Template):
    delimiter = '<<'
run('multi', lambda: Multi('<<a <<<<b <<{c}<<').safe_substitute(a=1, c=3))
class Letter(Template):
    delimiter = 'x'
run('letter', lambda: Letter('xa Xa xxy').safe_substitute(a=1))
class Ids(Template):
    idpattern = r'[a-z]+\.[a-z]+'
run('ids pattern', lambda: Ids('$foo.bar $baz $a.b').safe_substitute({'foo.bar': 1, 'a.b': 2}))
class Braced(Template):
    braceidpattern = r'[^}]+'
run('braced', lambda: Braced('${a b} $c ${d}').safe_substitute({'a b': 1, 'c': 2}))
class NoCase(Template):
    flags = 0
run('flags0', lambda: NoCase('$abc $ABC').safe_substitute(abc=1, ABC=2))
class Custom(Template):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \[(?P<braced>[a-z]+)\] |
      (?P<invalid>)
    )
    '''
run('custom', lambda: Custom('#a #[b] ## # end').safe_substitute(a=1, b=2))
run('custom sub', lambda: Custom('#a #[b] ##').substitute(a=1, b=2))
run('custom ids', lambda: (Custom('#a #[b] #a').get_identifiers(), Custom('#a #').is_valid()))
class Odd(Template):
    pattern = r'\$(?P<named>[a-z]+)|(?P<other>@)'
run('odd sub', lambda: Odd('$a @').substitute(a=1))
run('odd safe', lambda: Odd('$a @').safe_substitute(a=1))
run('odd ids', lambda: Odd('$a @').get_identifiers())
run('odd valid', lambda: Odd('$a @').is_valid())
import re
try:
    class Compiled(Template):
        pattern = re.compile(r'@(?:(?P<escaped>@)|(?P<named>\w+)|\{(?P<braced>\w+)\}|(?P<invalid>))')
except ValueError as e:
    print('compiled', e)
class CompiledNoFlags(Template):
    flags = 0
try:
    class Compiled2(CompiledNoFlags):
        pattern = re.compile(r'@(?:(?P<escaped>@)|(?P<named>\w+)|\{(?P<braced>\w+)\}|(?P<invalid>))')
except ValueError as e:
    print('compiled2', e)
try:
    class BadRe(Template):
        pattern = '(unclosed'
except re.error as e:
    print('bad re', type(e).__name__)
class SubOfCustom(Custom):
    pass
run('sub of custom', lambda: SubOfCustom('#a $a').safe_substitute(a=1))
class SubOfIds(Ids):
    delimiter = '%'
run('sub of ids', lambda: SubOfIds('%foo.bar $foo.bar').safe_substitute({'foo.bar': 1}))
t2 = Template('$a $$')
t2.delimiter = '#'
run('instance delimiter', lambda: (t2.substitute(a=1), t2.safe_substitute(a=1)))
print(type(Template.pattern).__name__, type(Pct.pattern).__name__, Template.delimiter, Template.idpattern, Template.braceidpattern)
print(Template.pattern.match('$abc').group('named'), Template.pattern.match('${x}').group('braced'), Template.pattern.match('$$').group('escaped'), Template.pattern.match('$!').group('invalid'))
print(Pct.pattern.match('%%').group('escaped'), Multi.pattern.match('<<{z}').group('braced'))
run('init_subclass kw', lambda: type('K', (Template,), {}, x=1))
run('Template()', lambda: Template())
run('substitute too many', lambda: Template('').substitute({}, {}, {}))
run('safe none value', lambda: Template('$a $b ${c} $$').safe_substitute({'a': None, 'b': 0}))
run('safe none value2', lambda: Template('$a $b ${c} $$').safe_substitute({'a': None}, b=''))
class Braces(Template):
    delimiter = '{'
run('brace delim', lambda: (Braces('{a {{ {b} x{').safe_substitute(a=1, b=2), Braces('{a {{').substitute(a='}')))
class Bs(Template):
    delimiter = '\\'
run('backslash delim', lambda: Bs(r'\a \\ \{b}').substitute(a=1, b=2))
