[(gw := i) for i in range(3)]
print(gw)
def f():
    return gw
