import warnings
def capture(fn):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        fn()
    return [(x.category.__name__, str(x.message)) for x in w]
def capture_default(fn):
    with warnings.catch_warnings(record=True) as w:
        fn()
    return [(x.category.__name__, str(x.message)) for x in w]
class MyWarn(UserWarning): pass
def w_basic(): warnings.warn('basic')
def w_cat(): warnings.warn('cat', MyWarn)
def w_instance(): warnings.warn(MyWarn('inst'))
def w_twice():
    for i in range(3): warnings.warn('loop')
def w_stack():
    def inner(): warnings.warn('stack', stacklevel=2)
    inner()
def w_bad_cat(): warnings.warn('x', int)
def w_bad_cat2(): warnings.warn('x', ValueError)
def w_runtime(): warnings.warn('rt', RuntimeWarning)
def w_error():
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        warnings.warn('boom')
def w_error_cat():
    with warnings.catch_warnings():
        warnings.simplefilter('error', MyWarn)
        warnings.warn('not mine')
        warnings.warn('mine', MyWarn)
def w_filter_msg():
    with warnings.catch_warnings(record=True) as w:
        warnings.filterwarnings('ignore', message='skip')
        warnings.warn('skip this')
        warnings.warn('keep this')
    return [str(x.message) for x in w]
def w_filter_module():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        warnings.filterwarnings('ignore', module='__main__')
        warnings.warn('hidden')
    return len(w)
def w_bad_action(): warnings.simplefilter('bogus')
def w_bad_filter(): warnings.filterwarnings('ignore', message=1)
def w_once():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('once')
        for i in range(3): warnings.warn('once msg')
        warnings.warn('other')
    return len(w)
def w_default_action():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('default')
        for i in range(3): warnings.warn('dflt')
    return len(w)
def w_message_attrs():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        warnings.warn('attrs')
    m = w[0]
    return (m.category.__name__, m.lineno > 0, isinstance(m.filename, str), type(m.message).__name__, m.message.args)
def w_showwarning():
    out = []
    old = warnings.showwarning
    warnings.showwarning = lambda *a, **k: out.append((str(a[0]), a[1].__name__))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('always')
            warnings.showwarning = lambda *a, **k: out.append((str(a[0]), a[1].__name__))
            warnings.warn('shown')
    finally:
        warnings.showwarning = old
    return out
def w_format():
    return warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'line text')
def w_explicit():
    warnings.warn_explicit('expl', UserWarning, 'f.py', 5)
def w_filters_len():
    with warnings.catch_warnings():
        warnings.resetwarnings()
        warnings.simplefilter('ignore')
        warnings.simplefilter('ignore')
        return len(warnings.filters), warnings.filters[0][0]

# ---- generated checks (expected values from CPython 3.11)

_n = _fails = 0

def _fail(line, got):
    global _fails
    _fails += 1
    print('FAIL', line, '->', got)

def check(line, fn, expected):
    global _n
    _n += 1
    try:
        got = fn()
    except Exception as e:
        _fail(line, 'raised %s: %s' % (type(e).__name__, e))
        return
    if repr(got) != expected:
        _fail(line, repr(got) + ' != ' + expected)

def assert_raises(line, fn, exc, msg):
    global _n
    _n += 1
    try:
        got = fn()
    except BaseException as e:
        if type(e).__name__ != exc or str(e) != msg:
            _fail(line, 'raised %s: %s (expected %s: %s)' % (type(e).__name__, e, exc, msg))
        return
    _fail(line, 'no exception, got %r (expected %s: %s)' % (got, exc, msg))

check('capture(w_basic)', lambda: (capture(w_basic)), "[('UserWarning', 'basic')]")
check('capture(w_cat)', lambda: (capture(w_cat)), "[('MyWarn', 'cat')]")
check('capture(w_instance)', lambda: (capture(w_instance)), "[('MyWarn', 'inst')]")
check('capture(w_twice)', lambda: (capture(w_twice)), "[('UserWarning', 'loop'), ('UserWarning', 'loop'), ('UserWarning', 'loop')]")
check('capture(w_stack)', lambda: (capture(w_stack)), "[('UserWarning', 'stack')]")
assert_raises('capture(w_bad_cat)', lambda: (capture(w_bad_cat)), 'TypeError', "category must be a Warning subclass, not 'type'")
assert_raises('capture(w_bad_cat2)', lambda: (capture(w_bad_cat2)), 'TypeError', "category must be a Warning subclass, not 'type'")
check('capture_default(w_runtime)', lambda: (capture_default(w_runtime)), "[('RuntimeWarning', 'rt')]")
check('capture_default(w_twice)', lambda: (capture_default(w_twice)), "[('UserWarning', 'loop')]")
assert_raises('w_error()', lambda: (w_error()), 'UserWarning', 'boom')
assert_raises('w_error_cat()', lambda: (w_error_cat()), 'MyWarn', 'mine')
check('w_filter_msg()', lambda: (w_filter_msg()), "['keep this']")
check('w_filter_module()', lambda: (w_filter_module()), '0')
assert_raises('w_bad_action()', lambda: (w_bad_action()), 'AssertionError', "invalid action: 'bogus'")
assert_raises('w_bad_filter()', lambda: (w_bad_filter()), 'AssertionError', 'message must be a string')
check('w_once()', lambda: (w_once()), '2')
check('w_default_action()', lambda: (w_default_action()), '1')
check('w_message_attrs()', lambda: (w_message_attrs()), "('UserWarning', True, True, 'UserWarning', ('attrs',))")
check('w_showwarning()', lambda: (w_showwarning()), "[('shown', 'UserWarning')]")
check('w_format()', lambda: (w_format()), "'file.py:10: UserWarning: msg\\n  line text\\n'")
check('capture(w_explicit)', lambda: (capture(w_explicit)), "[('UserWarning', 'expl')]")
check('w_filters_len()', lambda: (w_filters_len()), "(1, 'ignore')")
check('issubclass(MyWarn, Warning)', lambda: (issubclass(MyWarn, Warning)), 'True')
check('UserWarning.__mro__', lambda: (UserWarning.__mro__), "(<class 'UserWarning'>, <class 'Warning'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)")
print('ok', _n, _fails)
