# int's comparisons do not handle a float subclass that defines its own: int returns
# NotImplemented and the subclass's reflected method runs (1 <= f calls f.__ge__).
class F(float):
    def __le__(self, o): return 'F.le'
    def __ge__(self, o): return 'F.ge'
    def __eq__(self, o): return 'F.eq'
    def __lt__(self, o): return 'F.lt'
    __hash__ = float.__hash__

f = F(2.5)
for expr in ['1 <= f', '1 >= f', '1 == f', '1 > f', '1 < f', '1 != f', '2**70 <= f', 'True == f', 'f <= 1', '1.0 <= f']:
    print(expr, repr(eval(expr)))

class G(float):
    pass

g = G(2.5)
print(1 < g, 3 > g, 2 == G(2.0), 2**70 > g)

class H(G):
    def __gt__(self, o):
        return NotImplemented

for expr in ['1 < H(2.0)', '3 < H(2.0)', 'H(2.0) > 1']:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, e)
print(sorted([F(1.0), 3, 2], key=float))
