# except* with nested groups, raising from handlers and unmatched leftovers.
def make():
    return ExceptionGroup('top', [
        ValueError('v'),
        ExceptionGroup('sub', [TypeError('t'), ValueError('v2')]),
        KeyError('k'),
    ])


try:
    raise make()
except* ValueError as eg:
    print('ValueError part:', repr(eg))
except* (TypeError, KeyError) as eg:
    print('Type/Key part:', repr(eg))

try:
    try:
        raise make()
    except* ValueError:
        raise RuntimeError('handler failed')
except ExceptionGroup as eg:
    print(type(eg).__name__, [type(x).__name__ for x in eg.exceptions])
try:
    exec('try:\n    raise ValueError(1)\nexcept* ExceptionGroup:\n    pass\n')
except TypeError as e:
    print(type(e).__name__, e)
