# Adding and removing unrelated globals must not break cached lookups.
import builtins

target = 'target value'


def read():
    return target, abs(-1)


results = []
for i in range(30):
    globals()['filler_%d' % i] = i
    results.append(read())
    if i % 3 == 0:
        del globals()['filler_%d' % i]
print(results[0], results[-1])
print(len(set(results)))
builtins.abs = lambda v: 'patched abs'
print(read())
del builtins.abs
try:
    read()
except NameError as e:
    print(type(e).__name__, e)
import math
builtins.abs = math.fabs
print(read())
