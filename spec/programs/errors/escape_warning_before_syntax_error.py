# An invalid escape sequence in a string before a syntax error: compile()/eval() still issue
# its DeprecationWarning, once; with the 'error' filter that warning becomes the SyntaxError.
import warnings

for src in ["'\\e' $", "x = '\\q'\ny = (", "'ok' $", "a = 1 +\n'\\z'"]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always', category=DeprecationWarning)
        try:
            compile(src, '<src>', 'exec')
            print(repr(src), 'compiled')
        except SyntaxError as e:
            print(repr(src), 'SyntaxError:', e.msg, e.lineno)
    print('  warnings:', [(str(w.message), w.category.__name__, w.filename, w.lineno) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('error', category=DeprecationWarning)
    try:
        eval("'\\e' $")
    except SyntaxError as e:
        print('as error:', e.msg, e.lineno)
    print('  warnings:', len(caught))
