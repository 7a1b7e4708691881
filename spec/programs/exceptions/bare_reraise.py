# A bare raise re-raises the exception being handled.
def f():
    try:
        raise ValueError('original')
    except ValueError:
        print('logging, then re-raising')
        raise


try:
    f()
except ValueError as e:
    print(type(e).__name__, e)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)


def nested():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise IndexError('inner')
        except IndexError:
            pass
        raise


try:
    nested()
except LookupError as e:
    print(type(e).__name__, e)


def reraise_later():
    try:
        raise TypeError('saved')
    except TypeError as e:
        saved = e
    raise saved


try:
    reraise_later()
except TypeError as e:
    print(type(e).__name__, e)
