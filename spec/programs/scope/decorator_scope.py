# Decorators are evaluated in the enclosing scope, bottom-up application, top-down evaluation.
log = []


def tag(name):
    log.append('evaluate ' + name)

    def apply(fn):
        log.append('apply ' + name)

        def wrapper(*args):
            return name + '(' + fn(*args) + ')'
        wrapper.__name__ = fn.__name__
        return wrapper
    return apply


@tag('outer')
@tag('inner')
def hello(who):
    return 'hello ' + who


print(log)
print(hello('world'))
print(hello.__name__)


def counting(fn):
    count = 0

    def wrapper(*a):
        nonlocal count
        count += 1
        return fn(*a), count
    return wrapper


@counting
def double(x):
    return x * 2


print(double(1), double(2), double(3))
