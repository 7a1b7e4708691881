import warnings
for flt in ('always', 'error'):
    for s in ["x = 1if 1else 2", "x = 0x1for x in y", "y = [0o7or 1]", "z = 1_0in x", "w = 1.5and 2", "v = 1jor 2", "a = 1\nb = 2not in c"]:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter(flt)
            try:
                compile(s, '<s>', 'exec')
                print(flt, repr(s), [(x.category.__name__, str(x.message), x.lineno) for x in w])
            except SyntaxError as e:
                print(flt, repr(s), type(e).__name__, e.args)
