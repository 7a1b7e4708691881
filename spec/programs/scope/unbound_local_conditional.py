# A binding in a branch that was not taken still makes the name local.
value = 'global'


def pick(flag):
    if flag:
        value = 'local'
    return value


print(pick(True))
try:
    print(pick(False))
except UnboundLocalError as e:
    print(type(e).__name__, e)


def loop(n):
    for item in range(n):
        pass
    return item


print(loop(3))
try:
    loop(0)
except UnboundLocalError as e:
    print(type(e).__name__, e)


def while_bound():
    while False:
        w = 1
    return w


try:
    while_bound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
