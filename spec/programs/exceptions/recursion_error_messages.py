# RecursionError names what CPython 3.11 was doing when the depth ran out: nested containers
# hit the limit while getting a repr or in a comparison, a __repr__ that calls repr() while
# calling a Python object; plain Python recursion says just "maximum recursion depth exceeded".
import sys


def attempt(label, thunk):
    try:
        thunk()
        print(label, "no error")
    except RecursionError as e:
        print(label, e)


def deep_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def deep_dict(n):
    x = {}
    for _ in range(n):
        x = {"k": x}
    return x


def deep_tuple(n):
    x = ()
    for _ in range(n):
        x = (x,)
    return x


attempt("list repr", lambda: repr(deep_list(5000)))
attempt("list str", lambda: str(deep_list(5000)))
attempt("dict repr", lambda: repr(deep_dict(5000)))
attempt("tuple repr", lambda: repr(deep_tuple(5000)))
attempt("list print", lambda: print(deep_list(5000)))
attempt("list eq", lambda: deep_list(5000) == deep_list(5000))
attempt("list lt", lambda: deep_list(5000) < deep_list(5000))
attempt("tuple eq", lambda: deep_tuple(5000) == deep_tuple(5000))
attempt("dict eq", lambda: deep_dict(5000) == deep_dict(5000))
a = []
a.append(a)
b = []
b.append(b)
attempt("cyclic eq", lambda: a == b)
print(len(repr(deep_list(100))), deep_list(100) == deep_list(100))


def plain(n):
    return plain(n + 1)


attempt("plain", lambda: plain(0))


def str_each_level(n):
    str(n)
    return str_each_level(n + 1)


attempt("str each level", lambda: str_each_level(0))


class SelfRepr:
    def __repr__(self):
        return repr(self)


class PercentRepr:
    def __repr__(self):
        return "%r" % (self,)


class FstringRepr:
    def __repr__(self):
        return f"<{self!r}>"


for limit in (1000, 999, 998, 500):
    sys.setrecursionlimit(limit)
    attempt(f"repr(self) {limit}", lambda: repr(SelfRepr()))
    attempt(f"%r {limit}", lambda: repr(PercentRepr()))
    attempt(f"f-string !r {limit}", lambda: repr(FstringRepr()))
