# Nested try statements and handlers that raise.
def level(n):
    try:
        if n == 0:
            raise ValueError('bottom')
        return level(n - 1)
    except ValueError as e:
        if n < 2:
            raise
        return f'caught at level {n}: {e}'


print(level(3))
try:
    try:
        try:
            raise KeyError('a')
        except IndexError:
            print('wrong handler')
        finally:
            print('inner finally')
    except KeyError as e:
        print('middle caught', e)
        raise TypeError('converted')
    finally:
        print('middle finally')
except TypeError as e:
    print('outer caught', e, repr(e.__context__))
