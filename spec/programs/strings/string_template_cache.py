# string.Template parses each template once (cached per delimiter and template text):
# substitution results and errors as CPython's, braces and format characters in the
# literal text, identifiers ASCII only, the template or delimiter changed between calls.
from string import Template

t = Template("{x} $a-${b} {{}} %s $$ $a_1 ${c}d :!r")
print(t.substitute(a=1, b=[2], c="C", a_1=None))
print(t.safe_substitute(a="A"), t.safe_substitute({"b": 0}, c=3))
print(t.substitute({"a": 1, "b": 2, "c": 3, "a_1": 4}, a="kw wins"))

class Loud:
    def __str__(self):
        return "str!"
    def __format__(self, spec):
        return "format!"
print(Template("$x/${x}").substitute(x=Loud()))

class Recording(dict):
    def __missing__(self, key):
        print("missing", key)
        return key.upper()
print(Template("$p ${q} $p").substitute(Recording(p="P")))

for text in ["$ok $missing", "$ok $ bad", "$missing $ bad", "x\ny\n  $", "${oops", "${1x}",
             "$\u212a", "$\u00e9t\u00e9", "${\u0131}", "\u212a$a\u212a"]:
    try:
        print(repr(Template(text).substitute(ok=1, a=2)))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(repr(Template(text).safe_substitute(ok=1, a=2)), Template(text).get_identifiers(),
          Template(text).is_valid())

t = Template("$a+$b")
print(t.substitute(a=1, b=2))
t.template = "$b-$a"
print(t.substitute(a=1, b=2))
t.delimiter = "@"
t.template = "@a $a @@"
print(t.substitute(a=5), t.safe_substitute())

class Percent(Template):
    delimiter = "%"
print(Percent("%who owes $5 and %% {}").substitute(who="tim"))
for i in range(300):
    s = Template("n$%d ${v}" % i).safe_substitute(v=i)
print(s, Template("n$0 ${v}").safe_substitute(v=0))
