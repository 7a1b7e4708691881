# eval without namespaces uses the caller's globals and a snapshot of its locals.
x = 'global x'


def f():
    x = 'local x'
    y = 'local y'
    print(eval('x'), eval('y'))
    print(eval('x', {'x': 'explicit'}))
    fn = eval('lambda: x')
    print(fn())
    return eval('[y for _ in range(2)]')


try:
    print(f())
except NameError as e:
    print(type(e).__name__, e)


def g():
    z = 5
    return eval('z * 2')


print(g())
print(eval('1 + 2'), eval('  3 * 3'), eval('x'))
try:
    eval('x = 1')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(eval(' "spaces" '))
