# Positional and keyword arguments bind to parameters by position and by name.
def f(a, b, c):
    return f'a={a} b={b} c={c}'


print(f(1, 2, 3))
print(f(1, c=3, b=2))
print(f(c=3, a=1, b=2))
print(f(*[1, 2], c=3))
print(f(**{'a': 1, 'b': 2, 'c': 3}))
print(f(1, *(2,), **{'c': 3}))
args = (1,)
kwargs = {'c': 'C'}
print(f(*args, 'B', **kwargs))
