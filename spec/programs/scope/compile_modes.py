# compile() in its three modes, and running the code objects.
code = compile('a = 6\nb = a * 7', '<exec>', 'exec')
ns = {}
print(exec(code, ns))
print(ns['b'])
print(code.co_name, code.co_filename, type(code).__name__)
expr = compile('b + 1', '<eval>', 'eval')
print(eval(expr, ns))
single = compile('b * 2', '<single>', 'single')
result = exec(single, ns)
print('result', result)
single_stmt = compile('c = 3', '<single>', 'single')
exec(single_stmt, ns)
print(ns['c'])
for mode in ('exec', 'eval', 'single'):
    try:
        compile('x = ', '<bad>', mode)
    except SyntaxError as e:
        print(mode, type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile('1', '<x>', 'other')
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile('a = 1', '<x>', 'eval')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
