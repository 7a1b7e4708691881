# reversed() of a str collected whole (join, list, tuple, sorted): the units last first, the
# iterator left exhausted; partly consumed iterators, astral strs and subclasses as before.
for s in ("", "a", "abc", "hello world" * 3, "a😀b", "😀", "é\u0301x"):
    r = reversed(s)
    print(ascii("".join(r)), list(r), ascii("-".join(reversed(s))), list(reversed(s))[:4], tuple(reversed(s))[-2:], sorted(reversed(s))[:3])
it = reversed("abcdef")
print(next(it), next(it), "".join(it), next(it, "done"))
it = reversed("xyz")
for ch in it:
    break
print(ch, list(it))

class R(reversed):
    pass

print("".join(R("abc")), list(R("xy")))

class S(str):
    def __getitem__(self, i):
        return str.__getitem__(self, i).upper()

print("".join(reversed(S("abc"))), [len(x) for x in map("".join, [reversed("ab" * 50)])])
