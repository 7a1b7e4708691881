# Every public method of the builtin containers, str/bytes and numbers called with 0-4 positional
# arguments and with a stray keyword: the TypeError messages of each calling convention.
objs = {'list': [3, 1, 2], 'dict': {'a': 1}, 'set': {1, 2}, 'frozenset': frozenset([1]), 'str': 'abc', 'bytes': b'abc', 'bytearray': bytearray(b'abc'), 'tuple': (1, 2), 'int': 5, 'float': 2.5, 'complex': 1j, 'range': range(3)}
argsets = [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4)]
for tn, o in objs.items():
    for name in sorted(dir(o)):
        if name.startswith('_') or name in ('fromkeys', 'maketrans', 'fromhex', 'from_bytes', 'mro'): continue
        m = getattr(o, name)
        if not callable(m): continue
        res = []
        for a in argsets:
            c = o.copy() if hasattr(o, 'copy') else o
            m = getattr(c, name)
            try:
                r = m(*a)
                res.append('ok')
            except Exception as e:
                res.append(type(e).__name__ + ':' + str(e))
        try:
            getattr(o.copy() if hasattr(o, 'copy') else o, name)(x=1)
            res.append('kw ok')
        except Exception as e:
            res.append(type(e).__name__ + ':' + str(e))
        print(tn, name, ' | '.join(res))
