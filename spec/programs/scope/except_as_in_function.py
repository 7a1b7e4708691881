# In a function the handler's target is a local that becomes unbound afterwards.
def f():
    try:
        raise RuntimeError('x')
    except RuntimeError as e:
        pass
    return e


try:
    f()
except UnboundLocalError as err:
    print(type(err).__name__, err)


def g():
    e = 'before'
    try:
        int('z')
    except ValueError as e:
        msg = str(e)
    print(msg)
    return 'e' in locals()


print(g())


def h():
    try:
        pass
    except Exception as e:
        pass
    return e


try:
    h()
except UnboundLocalError as err:
    print(type(err).__name__, err)


def keep():
    try:
        raise TypeError('kept')
    except TypeError as e:
        saved = e
    return saved.args


print(keep())
