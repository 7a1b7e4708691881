# SyntaxError.text: in 'exec' mode the line ends with a newline (CPython appends one to the
# source); 'eval' and 'single' keep a last line without one as it is; errors of the compiler and
# symbol table (not the parser) take their text from the named file, so a string compiled as
# '<probe>' has none.
for mode in ['exec', 'eval', 'single']:
    for src in ['1 +* 2', '1 +* 2\n', '(1,\n2 +* 3)', 'x = (', 'a b']:
        try:
            compile(src, '<s>', mode)
        except SyntaxError as e:
            print(mode, repr(src), repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
for src in ['1 +* 2', 'a b', '(']:
    try:
        eval(src)
    except SyntaxError as e:
        print('eval', repr(e.text), e.offset)
    try:
        exec(src)
    except SyntaxError as e:
        print('exec', repr(e.text), e.offset)
for src in ['return 5', 'nonlocal q', 'break', 'def f():\n  nonlocal z', 'x = 1\nyield 2',
            'async def f():\n  yield from x', 'def f(a, a): pass', 'f(**a, *b)', 'del (a, 1)',
            'continue', 'def f():\n  global x\n  x: int = 1', 'def f(x):\n  global x']:
    try:
        compile(src, '<probe>', 'exec')
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, repr(e.text))
# A real file's line is read back for a compiler error.
src = open(__file__).read() + '\nreturn 7\n'
try:
    compile(src, __file__, 'exec')
except SyntaxError as e:
    print(repr(e.msg), repr(e.text))
