# The inner function reads the variable at call time, not at definition time.
def outer():
    msg = 'first'

    def show():
        return msg
    r1 = show()
    msg = 'second'
    r2 = show()
    return r1, r2, show


r1, r2, show = outer()
print(r1, r2, show())


def builder():
    parts = []
    fns = []
    for word in ['a', 'b', 'c']:
        parts.append(word)
        fns.append(lambda: ''.join(parts))
    parts.append('!')
    return [f() for f in fns]


print(builder())
