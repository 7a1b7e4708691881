# The name bound by `except E as e` is deleted when the handler ends.
e = 'module e'
try:
    raise ValueError('boom')
except ValueError as e:
    print('inside:', type(e).__name__, e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)

err_copy = None
try:
    1 / 0
except ZeroDivisionError as exc:
    err_copy = exc
print(type(err_copy).__name__, err_copy)
print('exc' in globals())

try:
    try:
        raise KeyError('k')
    except KeyError as inner:
        pass
    print(inner)
except NameError as outer:
    print(type(outer).__name__, outer)
