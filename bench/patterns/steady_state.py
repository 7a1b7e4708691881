# Steady-state patterns (session 16): 48 small loops typical of unseen programs, each timed as
# the minimum of 7 rounds in one process, printed as "name microseconds". Run it under python3
# and under dyad and join the outputs to see each pattern's ratio (bench/README.md).
import time, math, heapq
from collections import deque, defaultdict, Counter

N = 20000
class P:
    def __init__(self, x): self.x = x; self.y = 0
    def m(self, a): return self.x + a
    @property
    def px(self): return self.x
    @classmethod
    def cm(cls, a): return a + 1
    @staticmethod
    def sm(a): return a + 1
class Q(P):
    def m(self, a): return super().m(a) + 1
def f2(a, b): return a + b
def fkw(a, b=1, *, c=2): return a + b + c
def fargs(*a): return len(a)
def mk(k):
    def inner(x): return x + k
    return inner
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
def gen(n):
    for i in range(n): yield i

def t_method():
    p = P(3); s = 0
    for i in range(N): s += p.m(i)
def t_attr():
    p = P(3)
    for i in range(N): p.y = p.x + i
def t_call():
    s = 0
    for i in range(N): s = f2(s, i)
def t_closure():
    g = mk(3); s = 0
    for i in range(N): s += g(i)
def t_list():
    l = []
    for i in range(N): l.append(i)
    s = 0
    for i in range(N): s += l[i]
def t_dict_str():
    d = {}; keys = [str(i % 500) for i in range(N)]
    for k in keys: d[k] = d.get(k, 0) + 1
def t_dict_int():
    d = {}
    for i in range(N): d[i % 1000] = i
    s = 0
    for i in range(N): s += d[i % 1000]
def t_dict_tuple():
    d = {}
    for i in range(N): d[(i % 100, i % 7)] = i
    s = 0
    for i in range(N): s += d.get((i % 100, 3), 0)
def t_set():
    st = set()
    for i in range(N): st.add(i % 3000)
    c = 0
    for i in range(N):
        if i in st: c += 1
def t_fstring():
    out = []
    for i in range(N): out.append(f"{i}:{i * 2:>5}|{i / 3:.2f}")
def t_join():
    parts = [str(i) for i in range(N)]
    for k in range(5): s = ",".join(parts)
def t_strmeth():
    s = "  Hello World, this is a line  "
    c = 0
    for i in range(N // 4):
        t = s.strip().lower().replace("world", "there")
        c += len(t.split()) + t.find("line")
def t_listcomp():
    for k in range(10): l = [x * 2 for x in range(N // 10) if x % 3]
def t_genexpr():
    for k in range(10): s = sum(x * x for x in range(N // 10))
def t_sorted_key():
    data = [(i * 7919) % 1000 for i in range(N // 4)]
    s = sorted(data, key=lambda v: -v)
def t_except():
    c = 0
    for i in range(N // 4):
        try:
            raise ValueError(i)
        except ValueError:
            c += 1
def t_isinstance():
    c = 0; objs = [1, "a", 2.0, P(1), [1]]
    for i in range(N):
        if isinstance(objs[i % 5], (int, float)): c += 1
def t_float():
    s = 0.0
    for i in range(N): s += math.sqrt(i) * 1.5 - i / 7.0
def t_enumzip():
    a = list(range(N)); b = list(range(N)); s = 0
    for i, (x, y) in enumerate(zip(a, b)): s += i + x - y
def t_while():
    i = 0; s = 0
    while i < N:
        s += i; i += 1
def t_kwargs():
    s = 0
    for i in range(N): s += fkw(i, c=3)
def t_starargs():
    s = 0
    for i in range(N): s += fargs(i, i, i)
def t_super():
    q = Q(2); s = 0
    for i in range(N): s += q.m(i)
def t_property():
    p = P(5); s = 0
    for i in range(N): s += p.px
def t_clsmeth():
    s = 0
    for i in range(N): s += P.cm(i) + P.sm(i)
def t_unpack():
    a, b = 1, 2
    for i in range(N): a, b = b, a
def t_slice():
    l = list(range(100)); s = 0
    for i in range(N // 4): s += len(l[10:50]) + len(l[::-1])
def t_items():
    d = {i: i for i in range(1000)}; s = 0
    for k in range(N // 1000):
        for a, b in d.items(): s += a + b
def t_deque():
    q = deque()
    for i in range(N): q.append(i)
    while q: q.popleft()
def t_defaultdict():
    d = defaultdict(list)
    for i in range(N): d[i % 100].append(i)
def t_counter():
    c = Counter(i % 50 for i in range(N))
def t_heapq():
    h = []
    for i in range(N // 2): heapq.heappush(h, (i * 7919) % 1000)
    while h: heapq.heappop(h)
def t_strbuild():
    s = ""
    for i in range(N): s += "x"
def t_fib():
    fib(15)
def t_genfunc():
    s = 0
    for v in gen(N): s += v
def t_mapfilter():
    l = list(map(lambda v: v + 1, filter(lambda v: v % 2, range(N))))
def t_intstr():
    s = 0
    for i in range(N): s += int(str(i))
def t_percent():
    out = []
    for i in range(N // 2): out.append("%d-%s-%.1f" % (i, "a", i / 2))
def t_sortints():
    l = [(i * 7919) % 10007 for i in range(N)]
    l.sort()
def t_sorttuples():
    l = [((i * 7919) % 100, i) for i in range(N // 2)]
    l.sort()
def t_anyall():
    l = list(range(N // 10))
    for k in range(10): any(x < 0 for x in l); all(x >= 0 for x in l)
def t_mkclosure():
    s = 0
    for i in range(N // 2): s += mk(i)(1)
def t_bytes():
    b = bytearray()
    for i in range(N): b.append(i & 255)
    s = bytes(b); c = s.count(b"\x01") + len(s.hex())
def t_minmax():
    l = list(range(1000)); s = 0
    for k in range(N // 1000): s += max(l) - min(l) + sum(l)
def t_strindex():
    s = "abcdefghij" * 10; c = 0
    for i in range(N): c += ord(s[i % 100])
def t_listops():
    l = list(range(200))
    for i in range(N // 20):
        l.insert(0, i); l.pop(); l.reverse(); c = l.index(l[5]) + l.count(3)
def t_dictcomp():
    for k in range(10): d = {i: str(i) for i in range(N // 10)}
def t_nested():
    s = 0
    for i in range(100):
        for j in range(N // 100): s += i * j

# Session 17: shapes of short unseen programs (grids, memo tables, list surgery, random data).
def t_grid_bfs():
    seen = {(0, 0)}; q = [(0, 0)]
    for x, y in q:
        for dx, dy in ((1, 0), (0, 1), (-1, 0), (0, -1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < 60 and 0 <= ny < 60 and (nx, ny) not in seen:
                seen.add((nx, ny)); q.append((nx, ny))
def t_tuple_memo():
    m = {}
    for i in range(N):
        k = (i % 50, i % 30)
        if k in m: m[k] += 1
        else: m[k] = 1
def t_list_slices():
    idx = list(range(8)); s = 0
    for i in range(N // 4):
        j = i % 7
        idx[j:] = idx[j + 1:] + idx[j:j + 1]
        s += len(idx[2:5]) + idx[-1]
def t_truth():
    q = list(range(N)); c = 0
    while q:
        q.pop()
        if q and not c % 3: c += 1
def t_gen_builtins():
    v = (3, 1, 7, 5, 0, 2, 4, 6)
    for k in range(N // 20): tuple(x for x in v); len(set(v[i] + i for i in range(8))); "".join(str(x) for x in v)
def t_raise_catch():
    c = 0
    for i in range(N // 4):
        try: int("x" if i % 2 else "7")
        except ValueError: c += 1

tests = [(k, v) for k, v in list(globals().items()) if k.startswith("t_")]
T = time.perf_counter
res = {}
for rep in range(7):
    for name, fn in tests:
        t = T(); fn(); el = T() - t
        res[name] = min(res.get(name, 9), el)
for name, _ in tests:
    print(f"{name[2:]} {res[name] * 1e6:.0f}")
