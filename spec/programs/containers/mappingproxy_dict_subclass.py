# types.MappingProxyType over a dict subclass reads through the subclass's __getitem__,
# __len__ and __contains__ (over an exact dict it reads the table).
import types


class Doubling(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return dict.__getitem__(self, k) * 2

    def __len__(self):
        print("len")
        return 99

    def __contains__(self, k):
        print("contains", k)
        return k == "yes"


m = types.MappingProxyType(Doubling(a=1, b=2))
print(m["a"], m["b"])
print(len(m))
print("yes" in m, "a" in m)
print(sorted(m), m.get("a"), m.get("zz", "dflt"))
try:
    m["missing"]
except KeyError as e:
    print("KeyError", e)


class Missing(dict):
    def __missing__(self, k):
        return ("missing", k)


mm = types.MappingProxyType(Missing(x=1))
print(mm["x"], mm["y"])
plain = types.MappingProxyType({"p": 1})
print(plain["p"], len(plain), "p" in plain, "q" in plain)
try:
    plain["q"]
except KeyError as e:
    print("KeyError", e)
