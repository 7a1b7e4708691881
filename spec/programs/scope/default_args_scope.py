# Defaults and annotations are evaluated in the enclosing scope, including class bodies.
class C:
    size = 3

    def method(self, n=size):
        return n

    def method2(self, n=size * 2, *, label=str(size)):
        return n, label


print(C().method(), C().method2())


def outer():
    local = 'outer local'

    def inner(v=local):
        return v
    local = 'changed'
    return inner()


print(outer())


def uses_param_names(a, b=None):
    return b


try:
    exec('def bad(a, b=a): pass', {})
except NameError as e:
    print(type(e).__name__, e)
x = 'global'
lam = lambda x=x: x
x = 'later'
print(lam())
