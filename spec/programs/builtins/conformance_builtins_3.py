# Every builtin function called with 1-3 arguments of ten kinds: results and TypeError/ValueError messages.
import builtins
skip = {'pow', 'input', 'breakpoint', 'help', 'exit', 'quit', 'copyright', 'credits', 'license', 'open', 'print', 'exec', 'eval', 'compile', '__import__', 'globals', 'locals', 'vars', 'dir', 'id', 'hash', 'memoryview', 'super', 'object', 'aiter', 'anext', 'delattr', 'setattr', 'iter'}
vals = [None, 'ab', 1.5, [1, 2], -3, 2**40, b'q', (1,), {'k': 1}, True]
for name in sorted(dir(builtins)):
    if name.startswith('_') or name in skip: continue
    f = getattr(builtins, name)
    if not callable(f) or isinstance(f, type) and issubclass(f, BaseException): continue
    res = []
    for v in vals:
        for args in [(v,), (v, v), (1, v), (v, 2, 3)]:
            try:
                r = f(*args)
                s = repr(sorted(r)) if isinstance(r, (set, frozenset)) else repr(r)
                if ' at 0x' in s or ' object at ' in s: s = type(r).__name__
                res.append('ok:' + s[:40])
            except Exception as e:
                res.append(type(e).__name__ + ':' + str(e))
    print(name, ' | '.join(res))
