# Context chaining stops at cycles and is rebuilt for each raise.
def chain_of(e):
    out = []
    while e is not None:
        out.append(f'{type(e).__name__}({e})')
        e = e.__context__
    return out


try:
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise KeyError(2)
    except KeyError:
        raise IndexError(3)
except IndexError as e:
    print(chain_of(e))

a = ValueError('a')
try:
    try:
        raise a
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError as b:
            raise a
except ValueError as e:
    print(chain_of(e)[:3], e.__context__ is not None)
