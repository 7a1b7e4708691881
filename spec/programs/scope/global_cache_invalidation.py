# Global and builtin reads stay right as namespaces change: shadowing a builtin with a global
# and removing it again, rebinding, deleting, builtins changed at run time, module-level names.
import builtins

def use_len():
    return len([1, 2, 3])

print(use_len())
len = lambda x: 'global len'
print(use_len())
del len
print(use_len())

counter = 0
def bump():
    global counter
    counter += 1
    return counter

for _ in range(5):
    bump()
print(counter)

def read_g():
    return g

try:
    read_g()
except NameError as e:
    print(e)
g = 1
print(read_g())
g = 2
print(read_g())
del g
try:
    read_g()
except NameError as e:
    print(e)

builtins.my_builtin = 'from builtins'
def read_b():
    return my_builtin
print(read_b())
builtins.my_builtin = 'changed'
print(read_b())
my_builtin = 'shadowed'
print(read_b())
del my_builtin
print(read_b())
del builtins.my_builtin
try:
    read_b()
except NameError as e:
    print(e)

# Module level (*_NAME): loop variables and names added while the loop runs.
total = 0
for i in range(10):
    total += i
    if i == 5:
        extra = 100
print(total, extra, i)
for k in range(3):
    globals()['dyn%d' % k] = k
print(dyn0, dyn1, dyn2)

# A function whose code runs with other globals.
src = compile('def h():\n    return value * 2\n', '<s>', 'exec')
ns1 = {'value': 1}
ns2 = {'value': 10}
exec(src, ns1)
exec(src, ns2)
print(ns1['h'](), ns2['h'](), ns1['h']())
ns2['value'] = 21
print(ns2['h'](), ns1['h']())

def f1(a, b):
    return ('f1', a, b)
def f2(a, b):
    return ('f2', a, b)
print(f1(1, 2))
f1 = f2
print(f1(1, 2))
class C:
    def m(self, x):
        return ('m', x)
c = C()
print(c.m(1))
c.m = lambda x: ('instance', x)
print(c.m(2))
del c.m
print(c.m(3))
C.m = lambda self, x: ('replaced', x)
print(c.m(4))
