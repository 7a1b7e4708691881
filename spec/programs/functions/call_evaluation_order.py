# The callee and arguments are evaluated left to right, before the call.
log = []


def t(label, value=None):
    log.append(label)
    return value


def target(*args, **kwargs):
    log.append('call')
    return args, kwargs


def get_target():
    log.append('callee')
    return target


result = get_target()(t('a', 1), t('b', 2), *t('star', [3]), k=t('k', 4), **t('dstar', {'m': 5}))
print(result)
print(log)
log.clear()
obj = type('O', (), {'method': staticmethod(target)})
t('obj', obj).method(t('x'), y=t('y'))
print(log)
