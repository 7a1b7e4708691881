# Closures made in a loop all see the loop variable's final value.
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 'rebound'
print([f() for f in funcs])


def in_function():
    fs = []
    for j in range(3):
        def show():
            return j * 10
        fs.append(show)
    j = 100
    return [f() for f in fs]


print(in_function())

comps = [lambda: k for k in range(3)]
print([f() for f in comps])
print(comps[0].__closure__[0] is comps[2].__closure__[0])
