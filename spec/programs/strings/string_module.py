import string
from string import Template
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"))
t = Template("$who likes ${what}, $$5, $who!")
print(t.substitute(who="tim", what="pie"), t.safe_substitute(who="ann"), t.substitute({"who": "x", "what": "y"}))
try:
    t.substitute(who="z")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$a $b $a").get_identifiers(), Template("${ok}").is_valid(), Template("$").is_valid(), Template("cost: $5").safe_substitute())
print(sorted(set(string.ascii_lowercase) - set("the quick brown fox jumps over the lazy dg")))
