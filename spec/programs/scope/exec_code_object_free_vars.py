# Code objects with free variables cannot be run by exec.
def outer():
    x = 1

    def inner():
        return x
    return inner


code = outer().__code__
print(code.co_freevars)
try:
    exec(code)
except TypeError as e:
    print(type(e).__name__, e)


def plain():
    return 'plain'


ns = {}
print(exec(plain.__code__, ns))
src = compile('def h(): return q', '<h>', 'exec')
ns = {'q': 'q from ns'}
exec(src, ns)
print(ns['h']())
