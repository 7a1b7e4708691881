# try/finally inside generators: finally runs on exhaustion, close and garbage-free early exit.
def guarded(log):
    try:
        for i in range(3):
            log.append(f'yield {i}')
            yield i
    finally:
        log.append('finally')


log = []
print(list(guarded(log)), log)
log = []
g = guarded(log)
next(g)
g.close()
print(log)
log = []
g = guarded(log)
print(next(g))
try:
    g.throw(ValueError('boom'))
except ValueError as e:
    print('propagated', e, log)


def return_in_finally():
    try:
        yield 1
    finally:
        return 'from finally'


r = return_in_finally()
next(r)
print(r.close())
