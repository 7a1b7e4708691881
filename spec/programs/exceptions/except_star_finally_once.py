# A finally block after a handled except* group runs once, also when it raises or breaks.
def f():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        print('handled')
    finally:
        print('F')
        raise KeyError('k')
try:
    f()
except KeyError as e:
    print('KE', repr(e), repr(e.__context__))
def g():
    for i in range(3):
        try:
            raise ExceptionGroup('g', [ValueError(i)])
        except* ValueError:
            print('handled', i)
        finally:
            print('F', i)
            if i == 1:
                break
    return 'out'
print(g())
