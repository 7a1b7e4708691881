# Generators and generator expressions capture variables through cells, read lazily.
def make():
    n = 1
    gen = (n * i for i in range(3))
    n = 10
    return list(gen)


print(make())


def counter_gen():
    step = 1
    def gen():
        i = 0
        while i < 5:
            yield i
            i += step
    g = gen()
    first = next(g)
    step = 2
    return [first] + list(g)


print(counter_gen())


def outer():
    data = [1, 2, 3]
    g = (x for x in data)
    data = ['replaced']
    return list(g)


print(outer())
