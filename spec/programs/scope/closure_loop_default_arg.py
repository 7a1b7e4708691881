# Binding the current value through a default argument or a factory.
funcs = [lambda i=i: i for i in range(4)]
print([f() for f in funcs])
print([f(9) for f in funcs])


def factory(n):
    return lambda: n


made = [factory(n) for n in range(4)]
print([f() for f in made])


def adders():
    result = []
    for step in (1, 2, 3):
        def add(x, step=step):
            return x + step
        result.append(add)
    return result


print([add(10) for add in adders()])
print([add.__defaults__ for add in adders()])
