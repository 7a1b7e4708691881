# Defaults, closures and globals interacting in nested definitions.
scale = 10


def make(base):
    def apply(x, factor=base * 2):
        return x * factor + offset + scale
    offset = base
    return apply


f = make(1)
print(f(1), f(1, factor=0))
scale = 100
print(f(1))


def counter_family():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def reset(to=0):
        nonlocal count
        count = to
    return inc, reset


inc, reset = counter_family()
print(inc(), inc(5), reset(10), inc(), inc.__defaults__, reset.__defaults__)
