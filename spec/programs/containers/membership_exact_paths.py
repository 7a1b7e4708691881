# `in` / `not in` on exact sets, frozensets and dicts (the VM tests them without the protocol),
# their subclasses, a set looked up as a frozenset, equal keys of other types, and the errors.
class S(set):
    def __contains__(self, k):
        return k == "magic"


class D(dict):
    def __contains__(self, k):
        return True


def probe(n):
    s = {1, 2.5, "a", (1, 2), frozenset({3})}
    fs = frozenset(s)
    d = {1: "x", "k": 2, (3, 4): 5}
    out = []
    for i in range(n):
        out.append((i in s, i not in fs, i in d, 1.0 in s, True in d, (1, 2) in fs,
                    {3} in s, {3} in fs, "a" in s, "k" not in d, 2.5 in fs))
    out.append(("magic" in S(), 1 in S({1}), "zz" in D(), 0 in D()))
    return out


for row in probe(4):
    print(row)
for bad in ([1], {1: 2}, {5}):
    for container in ({1, 2}, frozenset({1}), {1: 2}):
        try:
            print(bad in container)
        except TypeError as e:
            print(type(container).__name__, e)
