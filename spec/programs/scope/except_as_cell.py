# A closure over the handler's target sees the cell emptied when the handler ends.
def f():
    try:
        raise ValueError('captured')
    except ValueError as e:
        show = lambda: str(e)
        print('in handler:', show())
    try:
        show()
    except NameError as err:
        print(type(err).__name__, err)
    return f.__code__.co_cellvars


print(f())


def g():
    results = []
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError as e:
            results.append(lambda: e)
    out = []
    for r in results:
        try:
            out.append(r())
        except NameError as err:
            out.append(type(err).__name__)
    return out


print(g())
