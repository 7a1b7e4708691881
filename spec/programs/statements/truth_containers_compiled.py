# Truth of dicts, sets, frozensets and tuples in a function loop (read inline by the VM's
# compiled code for the exact types); subclasses with __len__/__bool__ keep theirs.
class D(dict):
    def __len__(self): return 0
class S(set):
    def __bool__(self): return False
class T(tuple):
    def __len__(self): return 0
def run():
    memo = {}
    seen = set()
    stack = ()
    c = 0
    for i in range(4000):
        if not memo or i % 5 == 0:
            memo[i % 7] = i
        if memo and i % 3 == 0:
            memo.pop(next(iter(memo)))
        if not seen:
            seen.add(i)
        elif i % 4 == 0:
            seen.discard(next(iter(seen)))
        stack = (i,) if not stack else ()
        c += (1 if memo else 0) + (2 if seen else 0) + (4 if stack else 0)
    print(c, memo, seen, stack)
    odd = [D(a=1), S({1}), T((1, 2)), frozenset(), frozenset({0}), {}, {0: 0}, set(), (), (None,)]
    print([bool(x) for x in odd])
    r = []
    for k in range(300):
        x = odd[k % len(odd)]
        r.append(1 if x else 0)
        if not x:
            r[-1] += 10
    print(sum(r), r[:10])
run()
