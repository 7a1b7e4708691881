# send/throw/close on fresh, running, suspended and finished generators (the exact messages),
# the throw() argument forms, gi_* attributes, a generator resuming itself, StopIteration
# raised inside a generator (PEP 479), return values carried by StopIteration, GeneratorExit
# handling, and yield from over generators, lists and iterators with or without send/throw/close.

def t(label, fn):
    try:
        r = fn()
        print(label, '->', repr(r))
    except BaseException as e:
        print(label, '!!', type(e).__name__, e)
def gen():
    x = yield 1
    print('got', x)
    y = yield 2
    return 'done', y
g = gen()
t('send nonNone first', lambda: g.send(5))
t('next', lambda: next(g))
t('send', lambda: g.send('a'))
t('send', lambda: g.send('b'))
t('send after', lambda: g.send('c'))
t('next after', lambda: next(g))
t('throw after', lambda: g.throw(ValueError('late')))
t('close after', lambda: g.close())
g = gen()
t('throw fresh', lambda: g.throw(ValueError('fresh')))
t('next', lambda: next(g))
g = gen()
t('close fresh', lambda: g.close())
t('next', lambda: next(g))
g = gen()
t('throw type', lambda: (next(g), g.throw(KeyError))[1])
g = gen(); next(g)
t('throw type+val', lambda: g.throw(KeyError, 'v'))
g = gen(); next(g)
t('throw type+tuple', lambda: g.throw(KeyError, ('a', 'b')))
g = gen(); next(g)
t('throw non-exc', lambda: g.throw(5))
t('throw instance+val', lambda: g.throw(KeyError('x'), 'v'))
t('throw class non-exc', lambda: g.throw(int))
t('throw no args', lambda: g.throw())
t('send no args', lambda: g.send())
t('send 2 args', lambda: g.send(1, 2))
t('close args', lambda: g.close(1))
t('gi_running', lambda: g.gi_running)
t('gi_frame', lambda: g.gi_frame is not None)
t('gi_yieldfrom', lambda: g.gi_yieldfrom)
t('gi_code', lambda: g.gi_code.co_name)
t('gi_suspended', lambda: g.gi_suspended)
t('__name__', lambda: g.__name__)
t('__qualname__', lambda: g.__qualname__)
g.__name__ = 'renamed'
t('renamed', lambda: g.__name__)
t('del name', lambda: delattr(g, '__name__'))
t('set name int', lambda: setattr(g, '__name__', 5))
def selfref():
    yield g2.send(None)
g2 = selfref()
t('self send', lambda: next(g2))
def selfref2():
    yield next(g3)
g3 = selfref2()
t('self next', lambda: next(g3))
t('self next again', lambda: next(g3))
def selfclose():
    g4.close()
    yield 1
g4 = selfclose()
t('self close', lambda: next(g4))
def selfthrow():
    g5.throw(KeyError)
    yield 1
g5 = selfthrow()
t('self throw', lambda: next(g5))
def stopper():
    yield 1
    raise StopIteration('inner')
t('gen raises StopIteration', lambda: list(stopper()))
def stopper2():
    yield 1
    next(iter([]))
t('gen next exhausted', lambda: list(stopper2()))
def ret():
    return 5
    yield
try:
    next(ret())
except StopIteration as e:
    print('stop value', e.value, e.args)
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print('stop value', e.value, e.args)
def ret_none():
    return
    yield
try:
    next(ret_none())
except StopIteration as e:
    print('stop value', e.value, e.args)
def ret_exc():
    return StopIteration('x')
    yield
try:
    next(ret_exc())
except StopIteration as e:
    print('stop value', repr(e.value), e.args)
def catch_exit():
    try:
        yield 1
    except GeneratorExit:
        print('got exit')
        return 'ret in exit'
g = catch_exit(); next(g)
t('close returns', lambda: g.close())
def catch_exit_raise():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('instead')
g = catch_exit_raise(); next(g)
t('close raises other', lambda: g.close())
def catch_exit_yield():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = catch_exit_yield(); next(g)
t('close yields', lambda: g.close())
t('then next', lambda: next(g))
t('then close', lambda: g.close())
def catch_all():
    while True:
        try:
            yield 1
        except BaseException as e:
            print('caught', type(e).__name__)
g = catch_all(); next(g)
t('throw into catch_all', lambda: g.throw(ValueError))
t('close catch_all', lambda: g.close())
def yf():
    r = yield from sub()
    print('yf got', r)
    return r
def sub():
    try:
        a = yield 'sa'
        b = yield 'sb'
    except KeyError as e:
        print('sub caught', e)
        return 'sub handled'
    return a, b
g = yf()
t('yf next', lambda: next(g))
t('yf yieldfrom', lambda: type(g.gi_yieldfrom).__name__)
t('yf send', lambda: g.send(1))
t('yf send', lambda: g.send(2))
g = yf(); next(g)
t('yf throw', lambda: g.throw(KeyError('k')))
g = yf(); next(g)
t('yf throw unhandled', lambda: g.throw(ValueError('v')))
g = yf(); next(g)
t('yf close', lambda: g.close())
def yf_list():
    r = yield from [1, 2]
    return r
t('yf list', lambda: list(yf_list()))
g = yf_list(); next(g)
t('yf list send', lambda: g.send(5))
g = yf_list(); next(g)
t('yf list throw', lambda: g.throw(KeyError('k')))
g = yf_list(); next(g)
t('yf list close', lambda: g.close())
def yf_bad():
    yield from 5
t('yf non-iterable', lambda: list(yf_bad()))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration('itret')
        return self.n
def yf_it():
    r = yield from It()
    return r
t('yf custom it', lambda: list(yf_it()))
g = yf_it(); next(g)
t('yf custom send', lambda: g.send(3))
class ItSend(It):
    def send(self, v):
        print('ItSend.send', v)
        return self.__next__()
    def throw(self, *a):
        print('ItSend.throw', a)
        return 'thrown-ret'
    def close(self):
        print('ItSend.close')
def yf_its():
    r = yield from ItSend()
    return r
g = yf_its(); next(g)
t('yf its send', lambda: g.send(3))
t('yf its throw', lambda: g.throw(KeyError('q')))
t('yf its close', lambda: g.close())
def ge():
    return (x for x in range(3))
g = ge()
t('genexp send first', lambda: g.send(1))
t('genexp next', lambda: next(g))
t('genexp send', lambda: g.send(1))
t('genexp throw', lambda: g.throw(KeyError('z')))
t('genexp next after', lambda: next(g))
t('genexp name', lambda: (g.__name__, g.__qualname__))
