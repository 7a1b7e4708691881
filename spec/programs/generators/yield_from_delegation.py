# yield from forwards send() and throw() to the subgenerator.
def sub():
    log = []
    try:
        while True:
            try:
                v = yield len(log)
                log.append(v)
            except KeyError as e:
                log.append(f'caught {e}')
    finally:
        print('sub finally, log =', log)


def delegator():
    result = yield from sub()
    return result


d = delegator()
print(next(d))
print(d.send('a'))
print(d.throw(KeyError('k')))
print(d.send('b'))
d.close()


def sub2():
    yield 1
    return 'sub2 result'


def delegate_throw():
    try:
        yield from sub2()
    except ValueError as e:
        yield f'delegator caught {e}'


g = delegate_throw()
next(g)
print(g.throw(ValueError('through')))
