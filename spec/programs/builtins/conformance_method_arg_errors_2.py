# Every public method of the builtin containers, str/bytes and numbers called with wrongly typed and
# out-of-range arguments (None, str, float, list, -1, 10**20, bytes, tuple): results and error messages.
objs = {'list': [3, 1, 2], 'dict': {'a': 1}, 'set': {1, 2}, 'frozenset': frozenset([1]), 'str': 'abc', 'bytes': b'abc', 'bytearray': bytearray(b'abc'), 'tuple': (1, 2), 'int': 5, 'float': 2.5, 'complex': 1j, 'range': range(3)}
vals = [None, 'x', 1.5, [], -1, 10**20, b'q', (1,)]
for tn, o in objs.items():
    for name in sorted(dir(o)):
        if name.startswith('_') or name in ('mro',): continue
        if not callable(getattr(o, name)): continue
        res = []
        for v in vals:
            for args in [(v,), (v, v), (0, v)]:
                c = o.copy() if hasattr(o, 'copy') else o
                try:
                    r = getattr(c, name)(*args)
                    res.append('ok:' + (repr(r) if not isinstance(r, (set, frozenset, dict)) else type(r).__name__)[:30])
                except Exception as e:
                    res.append(type(e).__name__ + ':' + str(e))
        print(tn, name, ' | '.join(res))
