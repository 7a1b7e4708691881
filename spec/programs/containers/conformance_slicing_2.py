idx = [None, -7, -3, -1, 0, 1, 2, 5, 9]
steps = [None, -3, -1, 1, 2]
base = list(range(6))
for st in idx:
    for sp in idx:
        row = []
        for step in steps:
            sl = slice(st, sp, step)
            row.append(''.join(map(str, base[sl])))
            row.append(str(range(6)[sl]))
            row.append(str(sl.indices(6)))
            l = base[:]
            try:
                l[sl] = ['x', 'y']
                row.append(''.join(map(str, l)))
            except ValueError as e:
                row.append('VE:' + str(e))
            l = base[:]
            del l[sl]
            row.append(''.join(map(str, l)))
            b = bytearray(b'abcdef')
            try:
                b[sl] = b'XY'
                row.append(b.decode())
            except ValueError as e:
                row.append('VE:' + str(e))
        print(st, sp, ' '.join(row))
for bad in [lambda: base[::0], lambda: base.__setitem__(slice(None, None, 0), []), lambda: base[1.5:], lambda: base['a':], lambda: slice(1, 2, 0).indices(3), lambda: slice('a').indices(3), lambda: range(5)[::0], lambda: 'abc'[::0], lambda: (1, 2)[::0], lambda: bytearray(b'ab').__setitem__(slice(0, 2, 2), b'xyz'), lambda: base.__setitem__(slice(0, 4, 2), 5), lambda: base.__delitem__(slice(1, 'x'))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(base[Idx(1):Idx(4):Idx(2)], 'abcdef'[Idx(-2):], slice(Idx(1), None).indices(5), range(10)[Idx(2):Idx(8):Idx(3)])
s = slice(1, 5, 2); print(s.start, s.stop, s.step, s == slice(1, 5, 2), s != slice(1, 5), repr(slice(None)), slice(1) == slice(None, 1), hash(s) if False else '', slice(1, 2) < slice(1, 3))
class GI:
    def __getitem__(self, k): return k
g = GI(); print(g[1:2], g[1:2:3], g[:], g[::], g[1:], g[:, 1], g[..., 1:2], g[1:2, ::3], g[()], g[(1,)], g[-1])
