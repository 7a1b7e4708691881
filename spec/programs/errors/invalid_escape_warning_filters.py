import warnings
for flt in ('ignore', 'always', 'error'):
    warnings.resetwarnings()
    warnings.simplefilter(flt)
    for s in ["x = '\\d'", "y = b'a\\q'", "z = '\\777'", "f'\\w{1}'", "ok = '\\n'", "r'\\d'", "a = 1\nb = 'x\\z' 'y\\k'\n"]:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter(flt)
            try:
                compile(s, '<s>', 'exec')
                print(flt, repr(s), 'ok', [(x.category.__name__, str(x.message), x.lineno, x.filename) for x in w])
            except SyntaxError as e:
                print(flt, repr(s), 'SyntaxError', e.args)
