# Exceptions that go up as completion signals in the tree-walker (raise statements, calls of
# functions that raise, dict misses, int division by zero) in try bodies, loops and plain statements: handlers,
# finally blocks, tracebacks, frames kept alive by tracebacks, and the value a function returns.
import sys, traceback

class E1(Exception):
    pass

def thrower(x):
    if x > 2:
        raise E1(x)
    return x

def mid(x):
    y = thrower(x)
    thrower(x)
    return y

def outer(n):
    out = []
    for i in range(n):
        try:
            v = mid(i)
            out.append(v)
        except E1 as e:
            out.append(('E1', e.args, e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno, e.__traceback__.tb_next.tb_next.tb_lineno))
    return out

print(outer(5))

def keys(d, k):
    try:
        d[k]
    except KeyError as e:
        return 'miss', e.args, e.__context__
    try:
        x = d[k]
    finally:
        print('finally', sys.exc_info()[0])
    return x

print(keys({1: 2}, 1), keys({1: 2}, 3))

def fin(d, k):
    try:
        x = d[k]
    finally:
        print('finally sees', sys.exc_info()[0].__name__)

try:
    fin({}, 'a')
except KeyError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([(t.name, t.lineno) for t in tb])

def ctx():
    try:
        raise ValueError('a')
    except ValueError:
        return helper()

def helper():
    try:
        {}['k']
    except KeyError as e:
        return 'caught ' + repr(e)

print(ctx())

def nomatch():
    try:
        raise KeyError('x')
    except ValueError:
        return 'no'

def wrap():
    try:
        nomatch()
    except KeyError as e:
        return [(t.name, t.lineno) for t in traceback.extract_tb(e.__traceback__)]
print(wrap())

def retfin():
    try:
        raise ValueError(1)
    finally:
        return 'swallowed'
print(retfin())

def loopraise():
    for i in range(3):
        while True:
            thrower(5)
print(end='')
try:
    loopraise()
except E1 as e:
    print([(t.name, t.lineno) for t in traceback.extract_tb(e.__traceback__)])

class C:
    def m(self, x):
        if x:
            raise E1('m')
        return 'ok'
    def run(self):
        r = []
        for x in (0, 1):
            try:
                v = self.m(x)
                r.append(v)
                self.m(x)
            except E1 as e:
                r.append([(t.name, t.lineno) for t in traceback.extract_tb(e.__traceback__)])
        return r
print(C().run())

def falloff():
    try:
        raise ValueError
    except ValueError:
        pass
print(falloff())

def lam():
    f = lambda: {}[1]
    try:
        f()
    except KeyError as e:
        return [(t.name, t.lineno) for t in traceback.extract_tb(e.__traceback__)]
print(lam())

def elseraise():
    try:
        try:
            pass
        except E1:
            return 'wrong'
        else:
            raise E1('else')
    except E1 as e:
        return 'outer ' + str(e)
print(elseraise())

def deep(n):
    if n == 0:
        raise E1('deep')
    deep(n - 1)

try:
    deep(3)
except E1 as e:
    print([(t.name, t.lineno) for t in traceback.extract_tb(e.__traceback__)])
def pinned():
    try:
        thrower(7)
    except E1 as e:
        fr = e.__traceback__.tb_next.tb_frame
    thrower(1)
    thrower(2)
    return fr.f_locals, fr.f_lineno

print(pinned())


def divs(a, b):
    out = []
    for op in range(3):
        try:
            if op == 0:
                x = a / b
            elif op == 1:
                x = a // b
            else:
                a % b
                x = 'mod ok'
            out.append(x)
        except ZeroDivisionError as e:
            out.append((str(e), [(t.name, t.lineno) for t in traceback.extract_tb(e.__traceback__)]))
    return out
print(divs(7, 2))
print(divs(7, 0))
print(divs(7.0, 0))
print(divs(True, 0))
print(divs(2**70, 0))
def nodiv(a, b):
    y = a // b
    return y
try:
    nodiv(1, 0)
except ZeroDivisionError as e:
    print(e, [(t.name, t.lineno) for t in traceback.extract_tb(e.__traceback__)])
def uncaught():
    y = mid(9)
    return y
uncaught()
