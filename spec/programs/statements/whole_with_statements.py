# `with` statements: protocol order, suppression, exceptions in __enter__/__exit__, contextlib.
import contextlib

log = []
class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        log.append('enter ' + self.name)
        if self.fail_enter:
            raise RuntimeError('enter failed: ' + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append(f'exit {self.name} {et.__name__ if et else None} {ev!r} {tb is not None}')
        if self.fail_exit:
            raise KeyError('exit failed: ' + self.name)
        return self.suppress

def run(label, body):
    log.clear()
    try:
        body()
        log.append('completed')
    except BaseException as e:
        log.append(f'raised {type(e).__name__}: {e}')
        if e.__context__ is not None:
            log.append(f'  context {type(e.__context__).__name__}: {e.__context__}')
    print(label, '|', '; '.join(log))

def b1():
    with CM('a') as x, CM('b') as y:
        log.append(f'body {x} {y}')
run('nested ok', b1)
def b2():
    with CM('a'), CM('b', suppress=True):
        raise ValueError('v')
run('inner suppresses', b2)
def b3():
    with CM('a', suppress=True), CM('b'):
        raise ValueError('v')
run('outer suppresses', b3)
def b4():
    with CM('a'), CM('b', fail_enter=True), CM('c'):
        log.append('not reached')
run('enter fails', b4)
def b5():
    with CM('a'), CM('b', fail_exit=True):
        raise ValueError('body')
run('exit fails', b5)
def b6():
    with CM('a', fail_exit=True):
        pass
run('exit fails clean', b6)
def b7():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                continue
            if i == 2:
                break
run('loop control', b7)
def b8():
    def inner():
        with CM('r'):
            return 'ret'
    log.append(inner())
run('return', b8)
def b9():
    with CM('g', suppress=True):
        raise GeneratorExit()
run('suppress base', b9)

class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return 'yes'
with Truthy():
    raise ValueError('swallowed by truthy')
print('after truthy')

for obj in [1, None, object()]:
    try:
        with obj:
            pass
    except TypeError as e:
        print('TypeError', e)
class OnlyEnter:
    def __enter__(self): return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print('TypeError', e)

@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name
    except ZeroDivisionError as e:
        print('handled in cm:', e)
    finally:
        print(f'</{name}>')

with tag('p') as n:
    print('inside', n)
with tag('div'):
    with tag('span'):
        1 / 0
    print('after span')
try:
    with tag('x'):
        raise KeyError('escapes')
except KeyError as e:
    print('KeyError', e)

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

with contextlib.suppress(KeyError, IndexError):
    [][0]
print('suppressed IndexError')
try:
    with contextlib.suppress(KeyError):
        int('x')
except ValueError as e:
    print('ValueError', e)

with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    v = stack.enter_context(tag('stacked'))
    print('entered', v)
print('stack closed')

with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: print('push sees', exc[0].__name__) or True)
    raise IndexError('gone')
print('exitstack suppressed')

with contextlib.nullcontext('value') as nv:
    print('nullcontext', nv)

class Resource(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print('resource closed', exc[0])
with Resource() as r:
    print(type(r).__name__)

class Closable:
    def close(self):
        print('closing')
with contextlib.closing(Closable()) as c:
    print('using', type(c).__name__)
