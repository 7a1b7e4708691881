# Deleting module globals, from module level and from functions.
a = 1
b = 2
del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)


def drop_b():
    global b
    del b


def read_b():
    return b


print(read_b())
drop_b()
try:
    read_b()
except NameError as e:
    print(type(e).__name__, e)
b = 'back'
print(read_b())
del globals()['b']
print('b' in globals())
try:
    del undefined_global
except NameError as e:
    print(type(e).__name__, e)
c = d = 5
del c, d
print('c' in globals(), 'd' in globals())
