from collections import UserDict, UserList, UserString
import collections, copy
class UD(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
u = UD({"A": 1}, Z=26)
u["B"] = 2
print(u, u.data, "a" in u, len(u), u.get("b"), u.get("q", 0), dict(u), type(u.copy()).__name__, u.copy(), u | {"c": 3}, {"x": 0} | u, type({"x": 0} | u).__name__)
u |= {"D": 4}
print(u, sorted(u), list(u.items()), u.pop("a"), u.setdefault("e", 5), u.popitem(), UD.fromkeys("XY", 0))
class Missing(UserDict):
    def __missing__(self, key):
        return f"missing {key}"
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m, repr(UserDict()), UserDict(a=1) == {"a": 1}, isinstance(u, collections.abc.MutableMapping))
try:
    UserDict()["k"]
except KeyError as e:
    print(repr(e))
ul = UserList([3, 1, 2])
ul.sort(); ul.append(4)
print(ul, ul[1:], type(ul[1:]).__name__, ul + [5], [0] + ul, type([0] + ul).__name__, 4 in ul, ul.data, ul * 2, 2 * ul, len(ul), ul.index(2), ul.pop(), ul.count(1))
ul += (7, 8)
ul *= 1
ul.extend(UserList([9]))
ul.insert(0, -1)
ul.remove(7)
ul.reverse()
print(ul, ul == [9, 8, 3, 2, 1, -1], ul < [10], ul > UserList([1]), ul.copy(), type(copy.copy(ul)).__name__, ul[0], ul[-1])
del ul[0]; ul[0] = "x"
print(ul, repr(UserList()), UserList("abc"), UserList(UserList([1])))
us = UserString("hello")
print(us.upper(), us[1:], us[0], type(us.upper()).__name__, us + "!", "<" + us, type("<" + us).__name__, us == "hello", us < "z", len(us), "ell" in us, UserString("ll") in us, us.data, repr(us), str(us), us * 2)
print(us.split("l"), us.replace("l", "L"), us.find("l"), us.count("l"), us.startswith("he"), us.center(9, "*"), us.join(["a", "b"]), type(us.join("ab")).__name__, us.partition("l"), us.encode(), us.title(), us.zfill(7), us.strip("ho"), us.isalpha(), us.capitalize(), hash(us) == hash("hello"))
print(UserString(42), UserString("%s-%s") % (1, 2), int(UserString("12")) + 1, float(UserString("1.5")), sorted([UserString("b"), UserString("a")]), list(UserString("ab")), UserString("a,b").rsplit(","), UserString("x").format() if False else "")
print(UserDict.__module__, UserList.__name__, UserString.__mro__[1].__name__, issubclass(UserList, collections.abc.MutableSequence))
