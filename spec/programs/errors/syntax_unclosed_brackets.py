# Which SyntaxError wins when a bracket is never closed: CPython's tokenizer error ("'(' was
# never closed") replaces a parser error when the parser had read past the bracket's line
# (the parenthesised with-items rule and invalid_comprehension read ahead), else the parser's;
# 'did you forget parentheses' only when real for-clauses follow the items.
cases = [
    'with (a as b,\n',
    'with (a,\n',
    'with (a as b, c as d\nx = 1\n',
    'with (a as b):\n  pass\nwith (c as d,\n',
    'with (a as b,\n  c)\n',
    'with (a as b,\n  c) as d:\n  pass\n',
    'with (a as b, c as d:\n  pass\n',
    'with (a as b, [c as d\n',
    'with (a as b, c[1:2]\n',
    '[a, b for a in c]\n',
    'x = [a, b for a in c\n',
    'x = [a, b\nfor a in c]\n',
    'x = [a, b,\nfor a in [1]:\n  pass\n',
    'x = {a, b for a in c}\n',
    'x = [a, b for a in c\ny = 2\n',
    'f([a, b for a in c)\n',
    'print((a as b,\n',
    'for x in (a,\n',
    'x = (1, 2, for)\n',
    'x = [1, for: 2]\n',
    'x = [a, b for]\n',
    'x = [a, b async for x in y]\n',
    'x = [a, b for (x, y) in z]\n',
    'x = [a, b for x y]\n',
    'x = [a, b for x in y if z]\n',
]
for src in cases:
    try:
        compile(src, 'case', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno)
