# except* handles the matching parts of an exception group.
def raise_group():
    raise ExceptionGroup('batch', [ValueError('bad value'), TypeError('bad type'), ValueError('again')])


try:
    raise_group()
except* ValueError as eg:
    print('values:', repr(eg))
except* TypeError as eg:
    print('types:', [str(e) for e in eg.exceptions])

try:
    try:
        raise_group()
    except* TypeError:
        print('handled types only')
except ExceptionGroup as rest:
    print('unhandled:', repr(rest))

try:
    raise KeyError('naked')
except* KeyError as eg:
    print('naked wrapped:', type(eg).__name__, repr(eg.exceptions))

try:
    raise ExceptionGroup('g', [OSError('os')])
except* OSError:
    print('os handled')
else:
    print('no else')
finally:
    print('finally')
