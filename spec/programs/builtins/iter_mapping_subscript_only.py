# Types whose [] is only a mapping subscript (types.UnionType's parameter substitution,
# re.Match's groups) are not iterable through the old __getitem__ protocol, unlike a class
# defining __getitem__: every consumer of iterables reports them as not iterable.
import re

objects = [int | None, re.match("a", "a")]
consumers = [
    ("list", list),
    ("iter", iter),
    ("star", lambda o: [*o]),
    ("star call", lambda o: print(*o)),
    ("in", lambda o: 1 in o),
    ("str.join", lambda o: "".join(o)),
    ("bytes.join", lambda o: b"".join(o)),
    ("bytearray.extend", lambda o: bytearray().extend(o)),
    ("sorted", sorted),
    ("enumerate", enumerate),
    ("reversed", reversed),
]
for o in objects:
    print(type(o).__name__)
    for name, f in consumers:
        try:
            print(" ", name, f(o))
        except TypeError as e:
            print(" ", name, "TypeError:", e)
    try:
        a, b = o
    except TypeError as e:
        print("  unpack TypeError:", e)
    try:
        a, *b = o
    except TypeError as e:
        print("  starred unpack TypeError:", e)
    try:
        for x in o:
            pass
    except TypeError as e:
        print("  for TypeError:", e)

# Subscripting itself still works.
print((int | list[int])[()] if False else (int | None), re.match("(a)(b)", "ab")[2])


class Items:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * i


print(list(Items()), 4 in Items(), [*Items()])
