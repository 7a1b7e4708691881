# exec()/eval() of a function's code object: the frame's f_locals is the namespace given (or the
# globals when none is), so locals() inside writes the function's locals into that dict and
# returns it, as CPython 3.11's frames do.
def f5():
    len = lambda o: 'fakelen'
    print('L7', [k for k in locals() if not k.startswith('__')])
    print('x' in locals(), len('abc'))
    return 1


f5()
g = {'x': 'x12'}
print(eval(f5.__code__, g))
print(sorted(k for k in g if k != '__builtins__'))
l = {'q': 1, 'len': 'old'}
exec(f5.__code__, g, l)
print(sorted(l), l['len']('zz'))


def h():
    a = 1
    d = locals()
    del a
    d2 = locals()
    print(d is d2, sorted(d2))


ns = {'a': 'global a'}
exec(h.__code__, ns)
print(sorted(k for k in ns if k != '__builtins__'))
h()
