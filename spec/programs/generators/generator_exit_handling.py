# GeneratorExit thrown by close(): catching it, and cleanup through yield from chains.
def inner():
    try:
        yield 'inner'
    except GeneratorExit:
        print('inner saw GeneratorExit')
        raise


def outer():
    try:
        yield from inner()
    finally:
        print('outer finally')


g = outer()
print(next(g))
g.close()


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return


r = returns_on_exit()
next(r)
print(r.close())
print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))
