import sys
sys.setrecursionlimit(200)
def t(f):
    try:
        r = f()
        print('ok', r if len(repr(r)) < 80 else len(repr(r)))
    except RecursionError as e:
        print('RecursionError', e)
    except Exception as e:
        print(type(e).__name__, e)
def inf(n): return inf(n + 1)
t(lambda: inf(0))
class R:
    def __repr__(self): return repr(self)
t(lambda: repr(R()))
class S:
    def __str__(self): return str(self)
t(lambda: str(S()))
class G:
    def __getattr__(self, n): return getattr(self, n + 'x')
t(lambda: G().a)
class E:
    def __eq__(self, o): return self == o
t(lambda: E() == E())
class H:
    def __hash__(self): return hash(self)
t(lambda: hash(H()))
l = []
for _ in range(300): l = [l]
t(lambda: len(repr(l)))
d = {}
for _ in range(300): d = {'k': d}
t(lambda: len(str(d)))
t(lambda: l == l)
l2 = []
for _ in range(300): l2 = [l2]
t(lambda: l == l2)
def gen_rec(n):
    yield from gen_rec(n + 1)
t(lambda: list(gen_rec(0)))
def deep(n):
    if n == 0: return 0
    return 1 + deep(n - 1)
t(lambda: deep(150))
sys.setrecursionlimit(1000)
t(lambda: deep(900))
t(lambda: eval('(' * 100 + ')' * 100))
t(lambda: eval('[' * 300 + ']' * 300))
def catch_and_continue():
    try:
        inf(0)
    except RecursionError:
        return 'recovered', deep(50)
t(catch_and_continue)
t(lambda: sys.setrecursionlimit(0))
print(sys.getrecursionlimit())
