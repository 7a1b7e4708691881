# A module global with the name of a builtin shadows it; deleting it un-shadows it.
def count(items):
    return len(items)


print(count([1, 2, 3]))


def len(obj):
    return 'shadowed'


print(count([1, 2, 3]))
print(len('abc'))
del len
print(count([1, 2, 3]))
print(len('abcd'))

abs = 'not a function'
try:
    abs(-3)
except TypeError as e:
    print(type(e).__name__, e)
del abs
print(abs(-3))

try:
    del abs
except NameError as e:
    print(type(e).__name__, e)
