global a
a = 1
b = 2
global c
def f():
    global b
    return a, b, c
class K:
    global d
    d = 1
