# generator.throw() puts the exception into the generator as it is: no __context__ from the
# exception the caller is handling, nor from one the generator is suspended in
def g1():
    try:
        yield 1
    except Exception as e:
        print('g1 caught', repr(e), repr(e.__context__))
        yield 2
g = g1(); next(g)
try:
    raise KeyError('outer')
except KeyError:
    print(g.throw(ValueError('thrown')))
def g2():
    try:
        raise KeyError('inner')
    except KeyError:
        try:
            yield 'in handler'
        except ValueError as e:
            print('g2 caught', repr(e), repr(e.__context__))
            yield 'done'
g = g2(); print(next(g)); print(g.throw(ValueError('v')))
def g3():
    try:
        yield
    except ValueError:
        raise TypeError('new in gen')
g = g3(); next(g)
try:
    g.throw(ValueError('v3'))
except TypeError as e:
    print(repr(e), repr(e.__context__))
def g4():
    yield
g = g4(); next(g)
try:
    raise KeyError('handling')
except KeyError:
    try:
        g.throw(IndexError('escapes'))
    except IndexError as e:
        print('escaped', repr(e), repr(e.__context__))
