# yield from delegates to a subgenerator and evaluates to its return value.
def inner(n):
    for i in range(n):
        yield i
    return f'inner returned {n}'


def outer():
    result = yield from inner(2)
    print('got', result)
    result2 = yield from inner(1)
    print('got', result2)
    return 'outer done'


g = outer()
print(list(g))
g2 = outer()
while True:
    try:
        print('value', next(g2))
    except StopIteration as e:
        print('stop', e.value)
        break


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, 4]], [[5]]])))
