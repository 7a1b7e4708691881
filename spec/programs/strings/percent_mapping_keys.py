# %(key) mapping keys: nested parentheses, empty keys, unclosed keys (through the kept template and the engine), bytes keys.
d = {'a(b)c': 1, 'x': 'X', 'y': 5, '': 'empty', '(': 'p'}
for f in ['%(a(b)c)s', '%(x)s-%(y)05d', '%()s', '%(x)s %%', '%((()s']:
    try: print(repr(f % d))
    except Exception as e: print(type(e).__name__, e)
for f in ['%(a', '%(x', '%(a(b)']:
    for _ in range(2):
        try: print(f % d)
        except Exception as e: print(type(e).__name__, e)
print(b'%(k)s' % {b'k': b'v'})
