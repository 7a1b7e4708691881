# Generators defined in loops and factories capture variables like any closure.
def make_gens():
    gens = []
    for i in range(3):
        def g():
            yield i
        gens.append(g)
    return [next(g()) for g in gens]


print(make_gens())


def counter_factory(step):
    def counter(n):
        for k in range(n):
            yield k * step
    return counter


by3 = counter_factory(3)
print(list(by3(4)))
gens = [(lambda i=i: (x * i for x in range(3)))() for i in range(3)]
print([list(g) for g in gens])
late = [(x * i for x in range(2)) for i in range(3)]
print([list(g) for g in late])
