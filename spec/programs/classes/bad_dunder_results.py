# Special methods returning the wrong type: the TypeErrors of repr/str/len/int/float/complex/
# bool/iter/hash/format/dir, and exceptions raised inside them propagating.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class R:
    def __repr__(self): return 5
    def __str__(self): return None
t(lambda: repr(R()))
t(lambda: str(R()))
t(lambda: f"{R()}")
t(lambda: "%s" % R())
t(lambda: print(R()))
t(lambda: [R()])
class L:
    def __len__(self): return True
t(lambda: len(L()))
class L2:
    def __len__(self): return "3"
t(lambda: len(L2()))
class I:
    def __index__(self): return True

class Int:
    def __int__(self): return 3.5
t(lambda: int(Int()))
class Fl:
    def __float__(self): return "x"
t(lambda: float(Fl()))
class Cx:
    def __complex__(self): return 1
t(lambda: complex(Cx()))
class Bo:
    def __bool__(self): return 1
t(lambda: bool(Bo()))
class It:
    def __iter__(self): return [1]
t(lambda: iter(It()))
class Nx:
    def __iter__(self): return self
    def __next__(self): raise ValueError("in next")
t(lambda: list(Nx()))
class Hs:
    def __hash__(self): return 1.5
t(lambda: hash(Hs()))
class Fm:
    def __format__(self, s): return 1
t(lambda: f"{Fm()}")
class Gt:
    def __getattribute__(self, n): raise KeyError(n)
t(lambda: Gt().x)
class Ct:
    def __contains__(self, x): return []
t(lambda: 1 in Ct())
class Eq:
    def __eq__(self, o): raise RuntimeError("eq boom")
t(lambda: Eq() in [1])
t(lambda: [Eq()] == [Eq()])
t(lambda: {Eq(): 1} if False else [1].index(Eq()) )
class Ln:
    def __len__(self): raise ValueError("len boom")
t(lambda: bool(Ln()))
class Rv:
    def __reversed__(self): return 5
t(lambda: reversed(Rv()))
class Dr:
    def __dir__(self): return 5
t(lambda: dir(Dr()))
class Ab:
    def __abs__(self): return "abs"
t(lambda: abs(Ab()))
class Rd:
    def __round__(self): return "r"
t(lambda: round(Rd()))
t(lambda: round(Rd(), 2))
