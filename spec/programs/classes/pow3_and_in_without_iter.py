# Three-argument pow() never tries __rpow__; `in` on a class whose __iter__ is None.
class Pw:
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o): return ("rpow", o)
for f in (lambda: pow(Pw(), 2, 3), lambda: Pw() ** 2, lambda: 2 ** Pw(), lambda: pow(2, Pw(), 3),
          lambda: pow(2, 3, Pw()), lambda: pow(2, Pw())):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
class NI:
    __iter__ = None
for f in (lambda: iter(NI()), lambda: 1 in NI(), lambda: list(NI())):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
class NIG:
    __iter__ = None
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError
print(1 in NIG(), 5 in NIG())
