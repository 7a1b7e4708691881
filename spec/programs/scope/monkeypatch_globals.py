# Rebinding a global function through globals() is seen by callers immediately.
def helper():
    return 'original helper'


def caller():
    return helper()


results = [caller()]
globals()['helper'] = lambda: 'patched helper'
results.append(caller())
old = globals()['helper']


def helper():
    return 'redefined helper'


results.append(caller())
globals().update(helper=lambda: 'updated via update')
results.append(caller())
globals().pop('helper')
try:
    caller()
except NameError as e:
    results.append(type(e).__name__ + ': ' + str(e))
globals().setdefault('helper', lambda: 'setdefault helper')
results.append(caller())
for r in results:
    print(r)
