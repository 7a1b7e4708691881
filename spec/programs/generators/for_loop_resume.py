# Generators driven by `for` loops (the VM resumes them inside its dispatch loop): yield,
# return, StopIteration inside, exceptions through the loop, handled-exception state across
# yields, re-entrance, gi_running, closing on break, deep nesting, mixing with next().
import sys

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return 'done'

print([x for x in count(5)], sum(count(10)))
total = 0
for a in count(3):
    for b in count(a + 1):
        total += a * 10 + b
print(total)

def nested(depth):
    if depth == 0:
        yield 'leaf'
        return
    for v in nested(depth - 1):
        yield v + str(depth)
print(list(nested(6)))

def bad():
    yield 1
    raise StopIteration('inner')
try:
    for v in bad():
        print('got', v)
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

def raiser():
    yield 1
    yield 1 / 0
def outer():
    for v in raiser():
        print('outer got', v)
try:
    outer()
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)

def exc_state():
    try:
        raise KeyError('k')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
try:
    raise ValueError('v')
except ValueError:
    for v in exc_state():
        print('inside', v, sys.exc_info()[0].__name__)
print('after', sys.exc_info())

def reenter():
    yield 1
    for x in me:
        yield x
me = reenter()
try:
    for v in me:
        print('re', v)
except ValueError as e:
    print('ValueError:', e)

def running():
    yield g.gi_running
    yield g.gi_frame is not None
g = running()
def consumer():
    return [v for v in g]
print(consumer())

def with_finally(log):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        log.append('closed')
log = []
for v in with_finally(log):
    if v == 2:
        break
print(v, log)

def deep(n):
    if n:
        for v in deep(n - 1):
            yield v
    else:
        yield 0
try:
    for v in deep(100000):
        pass
    print('no error')
except RecursionError as e:
    print('RecursionError', e)

gen = count(3)
print(next(gen), list(gen), list(gen))
gen2 = count(4)
for v in gen2:
    if v == 1:
        break
print(next(gen2), [v for v in gen2])
def ret_value():
    x = yield from count(2)
    yield x
print(list(ret_value()))
def throws():
    try:
        yield 1
    except ValueError:
        yield 'caught'
t = throws()
for v in t:
    print(v)
    if v == 1:
        print(t.throw(ValueError))
print(t.gi_frame)
