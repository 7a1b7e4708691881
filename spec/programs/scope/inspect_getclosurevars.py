# inspect.getclosurevars(func): ClosureVars(nonlocals, globals, builtins, unbound), the current
# values of the names a function refers to outside itself (by co_freevars and co_names, so
# attribute names count and nested code objects are not searched). Dyad's inspect had no
# getclosurevars.
import inspect

LIMIT = 10


def outer():
    count = 0
    unused_cell = 'cell'

    def step(x):
        nonlocal count
        count += 1
        return count + LIMIT + len(x) + x.real + max(undefined_name, 1) + (lambda: unused_cell)()
    return step


step = outer()
cv = inspect.getclosurevars(step)
print(type(cv).__name__, cv._fields)
print(cv.nonlocals, cv.globals, sorted(cv.builtins), sorted(cv.unbound))
step.__closure__[0].cell_contents = 41
print(inspect.getclosurevars(step).nonlocals)


class K:
    def method(self):
        return LIMIT, print, self.attr


print(inspect.getclosurevars(K().method))
print(inspect.getclosurevars(K.method).globals)
print(inspect.getclosurevars(lambda: None))
for bad in [len, K, 5]:
    try:
        inspect.getclosurevars(bad)
    except TypeError as e:
        print('TypeError', str(e).split(' at ')[0])


class Missing(dict):
    def __missing__(self, key):
        return 'missing ' + key


ns = Missing()
exec("def f():\n    return gx, len, nothing\n", ns)
print(inspect.getclosurevars(ns['f']))
ns2 = {'__builtins__': {'print': print}}
exec("def f():\n    return print, len\n", ns2)
print(inspect.getclosurevars(ns2['f']))


def empty_cell():
    def inner():
        return later
    try:
        inspect.getclosurevars(inner)
    except ValueError as e:
        print('ValueError', e)
    later = 1


empty_cell()
