# every member of an except tuple must be an exception class, even when an earlier one matches
for members in [(ValueError, 5), (ValueError, 'x'), (KeyError, (ValueError,)), (ValueError, object)]:
    try:
        try:
            raise ValueError('v')
        except members:
            print('matched', members)
    except TypeError as e:
        print('TypeError', e)
try:
    try:
        raise ValueError
    except ():
        print('empty tuple matched')
except ValueError:
    print('empty tuple never matches')
