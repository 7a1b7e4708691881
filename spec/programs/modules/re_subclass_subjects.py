# re on str / bytes subclasses that override __getitem__: findall, split and groups give exact str / bytes.
import re
class S(str):
    def __getitem__(self, index):
        return S(super().__getitem__(index))
s = S("a:b::c")
print([type(x).__name__ for x in re.findall(":+", s)], [type(x).__name__ for x in re.split(":", s)])
m = re.search("(b)", s)
print(type(m.group()).__name__, type(m.group(1)).__name__, type(m[0]).__name__, [type(x).__name__ for x in m.groups()])
print(type(re.sub("a", "x", s)).__name__, re.sub("a", "x", s))
print([type(x).__name__ for x in "a b".split()], type(S("ab").strip()).__name__)
class B(bytes):
    def __getitem__(self, index):
        return B(super().__getitem__(index))
b = B(b"a:b::c")
print([type(x).__name__ for x in re.findall(b":+", b)], [type(x).__name__ for x in re.split(b"(:)", b)])
print([type(x).__name__ for x in re.findall(b"(:)(:*)", b)[0]], type(re.search(b"b", b).group()).__name__)
print([type(x).__name__ for x in re.compile(":+").findall(S("a:b"), 1)], re.split(":", S("a:b:c"), maxsplit=1))
print([m.group() for m in re.finditer(":", s)], [type(m.group()).__name__ for m in re.finditer(":", s)])
