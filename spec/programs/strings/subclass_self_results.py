# Where CPython hands back a str/bytes subclass instance itself rather than an exact copy.
class P(str):
    pass

p = P("abc")
r = p % ()
print(type(r).__name__, r is p, type(P("") % ()).__name__, type(P("a%%b") % ()).__name__)
print(type(P("ab") % {}).__name__, type(p.__mod__(())).__name__)
try:
    P("ab") % 5
except TypeError as e:
    print(type(e).__name__, e)
print([type(x).__name__ for x in p.partition("z")], [type(x).__name__ for x in p.rpartition("z")])
print([type(x).__name__ for x in p.partition("b")], type(P("").partition("x")[0]).__name__)
print(type(format(p, "s")).__name__, type(format(p, "2")).__name__, type(format(p, ".3")).__name__)
print(type(format(p, "<")).__name__, type(format(p, "4")).__name__, type(format(p, ".2")).__name__, type(format(P(""), "s")).__name__)
print(type(format(p)).__name__, type(format(p, "")).__name__, type(f"{p}").__name__, type(f"{p:3}").__name__, type(f"{p:5}").__name__)
print(type(p.format()).__name__, type(p.strip()).__name__, type(p.center(2)).__name__, type(p[:]).__name__, type(str(p)).__name__)
for m in ("upper", "lower", "title", "casefold", "swapcase", "expandtabs"):
    print(m, type(getattr(p, m)()).__name__)

class B(bytes):
    pass

b = B(b"abc")
print([type(x).__name__ for x in b.partition(b"z")], [type(x).__name__ for x in b.rpartition(b"z")])
print([type(x).__name__ for x in b.partition(b"b")], type(b % ()).__name__, type(b.strip()).__name__, type(b[:]).__name__)

class BA(bytearray):
    pass

ba = BA(b"abc")
print([type(x).__name__ for x in ba.partition(b"z")], type(ba.copy()).__name__, type(ba[:]).__name__)

class L(list):
    def __iter__(self):
        print("L.iter")
        return iter([9, 9])

    def __len__(self):
        print("L.len")
        return 42

print(bytes(L([65])), bytearray(L([65])), list(L([1])), tuple(L([1])))

class G:
    def __iter__(self):
        print("G.iter")
        return iter([1])

    def __length_hint__(self):
        print("G.hint")
        return 3

print(bytes(G()), bytearray(G()))
