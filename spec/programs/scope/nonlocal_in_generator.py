# nonlocal inside generators nested in functions.
def make():
    produced = 0

    def gen(limit):
        nonlocal produced
        for i in range(limit):
            produced += 1
            yield i * i

    def count():
        return produced
    return gen, count


gen, count = make()
g = gen(4)
print(count())
print(next(g), count())
print(list(g), count())
print(list(gen(2)), count())


def outer():
    state = 'start'

    def inner_gen():
        def deeper():
            nonlocal state
            state = state + '+deep'
            yield state
        nonlocal state
        state = 'gen'
        yield from deeper()
        yield state
    return list(inner_gen()), state


print(outer())
