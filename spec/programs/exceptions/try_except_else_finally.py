# The order in which try, except, else and finally blocks run.
def run(mode):
    log = []
    try:
        log.append('try')
        if mode == 'raise':
            raise ValueError('v')
        if mode == 'other':
            raise KeyError('k')
    except ValueError as e:
        log.append(f'except {e}')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log


print(run('ok'))
print(run('raise'))
try:
    run('other')
except KeyError as e:
    print('escaped', repr(e))


def multi(exc):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        return 'tuple clause ' + type(e).__name__
    except LookupError:
        return 'lookup clause'
    except Exception:
        return 'generic clause'


for exc in (TypeError(), ValueError(), IndexError(), KeyError(), RuntimeError()):
    print(multi(exc))
