# string.Template subclasses that change idpattern, braceidpattern, flags or the whole pattern.
from string import Template

class Dotted(Template):
    idpattern = r'[_a-z][._a-z0-9]*'

class Lookup(dict):
    def __missing__(self, key):
        return '<' + key + '>'

print(Dotted('$user.name is ${user.age}').substitute(Lookup()))
print(Dotted('$x.y $$ $').safe_substitute({'x.y': 1}))

class CaseSensitive(Template):
    flags = 0
s = CaseSensitive('$wHO likes ${WHAT} for ${meal}')
d = dict(wHO='tim', WHAT='ham', meal='dinner', w='fred')
try:
    s.substitute(d)
except ValueError as e:
    print('ValueError', e)
print(s.safe_substitute(d))

class Split(Template):
    idpattern = r'[a-z]+'
    braceidpattern = r'[A-Z]+'
    flags = 0
print(Split('$foo ${BAR}').substitute(foo='f', BAR='B'))
for text in ('$FOO', '${bar}', 'ok $foo'):
    t = Split(text)
    try:
        print(repr(t.substitute(foo=1, BAR=2)), t.is_valid(), t.get_identifiers())
    except ValueError as e:
        print('ValueError', e, t.is_valid())

class At(Template):
    pattern = r"""
    (?P<escaped>@{2})                 |
    @(?P<named>[_a-z][._a-z0-9]*)     |
    @{(?P<braced>[_a-z][._a-z0-9]*)}  |
    (?P<invalid>@)
    """
t = At('@who likes @{what} @@ home')
print(t.substitute(who='ann', what='tea'), t.get_identifiers(), t.is_valid())
print(At('line1\n x @').safe_substitute(), At('bad @').is_valid())
try:
    At('one\ntwo @').substitute()
except ValueError as e:
    print('ValueError', e)
try:
    At('@who').substitute()
except KeyError as e:
    print('KeyError', e)

# the default class and a delimiter-only subclass are unchanged
print(Template('$a and ${b} cost $$5').substitute(a=1, b=2))
class Percent(Template):
    delimiter = '%'
print(Percent('%who %% %{x}').substitute(who='me', x='y'), Percent('%x').get_identifiers())
print(Template.pattern.groupindex['named'] > 0, Template.idpattern, Template.braceidpattern)
