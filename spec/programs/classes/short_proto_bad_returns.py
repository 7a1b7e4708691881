class S:
    def __str__(self): return 5
    def __repr__(self): return None
class B:
    def __bool__(self): return 1
class L:
    def __len__(self): return 2.0
class H:
    def __hash__(self): return "x"
class I:
    def __index__(self): return 1.5
class It:
    def __iter__(self): return [1, 2]
class Init:
    def __init__(self): return 5
class N:
    def __next__(self): return 1
class NewOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
class F:
    def __float__(self): return 1
class Int:
    def __int__(self): return "1"
class Fmt:
    def __format__(self, spec): return 3
class Cmp:
    def __eq__(self, o): raise RuntimeError("eq boom")
tests = [lambda: str(S()), lambda: repr(S()), lambda: bool(B()), lambda: len(L()), lambda: hash(H()),
         lambda: [1, 2][I()], lambda: iter(It()), lambda: Init(), lambda: iter(N()), lambda: print(NewOther()),
         lambda: float(F()), lambda: int(Int()), lambda: format(Fmt()), lambda: f"{Fmt()}", lambda: [Cmp()] == [Cmp()],
         lambda: Cmp() in [1], lambda: [1].index(Cmp()) if False else {Cmp(): 1}, lambda: "%s" % S(), lambda: print(S())]
for t in tests:
    try:
        r = t()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
