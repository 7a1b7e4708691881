# Exceptions raised from else and from handlers are not caught by sibling clauses.
def f(where):
    try:
        if where == 'try':
            raise ValueError('in try')
    except ValueError:
        if where == 'try':
            raise KeyError('in handler')
    else:
        raise IndexError('in else')
    return 'unreached'


for where in ('try', 'none'):
    try:
        f(where)
    except LookupError as e:
        print(where, type(e).__name__, e, repr(e.__context__))


def g():
    try:
        return 'try value'
    except Exception:
        return 'except'
    else:
        return 'else never runs after return'


print(g())
