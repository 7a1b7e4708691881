# Set and dict comprehensions end each loop with SET_ADD / MAP_ADD then JUMP_BACKWARD (one fused
# instruction on the VM): results, nested loops, filters, and errors raised while adding.
def f(n):
    s = {i * 7 % 13 for i in range(n)}
    d = {i: i * i for i in range(n) if i % 3}
    e = {k: v for k, v in d.items() if v % 2}
    g = {(x, y) for x in range(5) for y in range(x)}
    return sorted(s), len(d), sum(e), sorted(g)[:4]
print(f(1000))
class H:
    def __hash__(self): raise TypeError("nope")
try:
    {H() for _ in range(2)}
except TypeError as e:
    print("set:", e)
try:
    {H(): 1 for _ in range(2)}
except TypeError as e:
    print("dict:", e)
try:
    {[1]: 2 for _ in range(1)}
except TypeError as e:
    print(e)
