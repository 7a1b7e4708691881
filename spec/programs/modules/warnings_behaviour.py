# warnings: rules (regex message/module, lineno, append), registries, once/module/default,
# showwarning/formatwarning replacement, catch_warnings details, argument errors.
import sys
import warnings


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def registry():
    r = globals().get('__warningregistry__', {})
    return sorted((k if isinstance(k, str) else (k[0], k[1].__name__) + k[2:]) for k in r if k != 'version')


class Out:
    # Shown warnings become part of the output, without the script's folder.
    def write(self, text):
        sys.stdout.write(text.replace(__file__, 'SCRIPT'))


sys.stderr = Out()

with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings('error', message='bad.*thing')
    warnings.filterwarnings('ignore', message='QUIET')
    warnings.filterwarnings('always', module='__ma')
    print([(a, m.pattern if m else m, c.__name__, mod.pattern if mod else mod, ln)
           for a, m, c, mod, ln in warnings.filters[:3]])
    show('regex error', lambda: warnings.warn('Bad big thing'))
    warnings.warn('quiet please')          # message regex is case-insensitive, prefix match
    warnings.warn('say it')
    warnings.warn('say it')
    print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.simplefilter('always', lineno=0, category=RuntimeWarning)
    warnings.simplefilter('ignore', category=RuntimeWarning, append=True)  # already present? no: differs
    print(len(warnings.filters), warnings.filters[0][0], warnings.filters[-1][0])
    warnings.simplefilter('always', category=RuntimeWarning)  # moved to the front, not duplicated
    print(len(warnings.filters))
    warnings.warn('rt', RuntimeWarning)
    warnings.warn('user')
    print([(w.category.__name__, str(w.message)) for w in log])

for action in ['default', 'module', 'once', 'always', 'ignore']:
    with warnings.catch_warnings():
        warnings.simplefilter(action)
        for i in range(2):
            warnings.warn('act ' + action)
        warnings.warn('act ' + action)
        print(action, registry())

with warnings.catch_warnings():
    warnings.simplefilter('once')
    reg = {}
    warnings.warn_explicit('ex', UserWarning, 'somewhere.py', 10, registry=reg)
    warnings.warn_explicit('ex', UserWarning, 'somewhere.py', 11, registry=reg)
    warnings.warn_explicit('ex', UserWarning, 'elsewhere.py', 12)
    warnings.warn_explicit('ex', UserWarning, 'elsewhere.py', 13)
    print(sorted(str(k) for k in reg if k != 'version'), [k for k in warnings.onceregistry if k != 'version'][0][0])
    warnings.simplefilter('error', lineno=5)
    show('lineno rule', lambda: warnings.warn_explicit('five', UserWarning, 'f.py', 5))
    warnings.warn_explicit('six', UserWarning, 'f.py', 6)
    warnings.simplefilter('error', DeprecationWarning)
    warnings.filterwarnings('ignore', module='mod')
    warnings.warn_explicit('dep', DeprecationWarning, 'mod.py', 7)     # module derived: 'mod'
    show('module rule', lambda: warnings.warn_explicit('dep', DeprecationWarning, 'other.py', 7))
    show('instance', lambda: warnings.warn_explicit(RuntimeWarning('inst'), UserWarning, 'g.py', 1))


def custom_show(message, category, filename, lineno, file=None, line=None):
    print('custom:', type(message).__name__, message, category.__name__, lineno, file, line)


def custom_format(message, category, filename, lineno, line=None):
    return 'FMT[%s|%s|%s]\n' % (message, category.__name__, line)


with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = custom_show
    warnings.warn('via hook')
    warnings.showwarning = 42
    show('not callable', lambda: warnings.warn('x'))
print(warnings.showwarning is custom_show)

stock_format = warnings.formatwarning
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.formatwarning = custom_format
    warnings.warn('formatted', SyntaxWarning)
    warnings.showwarning('direct', UserWarning, 'z.py', 3, line='code here')
    warnings.formatwarning = stock_format
print(warnings.formatwarning('m', BytesWarning, 'file.py', 99, line='  the line  '), end='')
print(warnings.formatwarning('m', BytesWarning, 'file.py', 99, line=''), end='')
warnings.showwarning('to file', UserWarning, 'q.py', 1, file=sys.stdout, line='q = 1')


def deep(level):
    warnings.warn('deep %d' % level, stacklevel=level)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    deep(1)
    deep(2)
    deep(50)
    deep(0)
    print([(str(w.message), w.lineno if w.filename != 'sys' else ('sys', w.lineno)) for w in log])
    print(str(log[0])[:33], log[0].line, log[0].file, log[0].source)

w = warnings.WarningMessage('m', FutureWarning, 'f', 3, None, 'ln')
print(w, w.message, w.category.__name__, w.filename, w.lineno, w.line, w._category_name)
print(warnings.WarningMessage(1, None, 'f', 2), warnings.WarningMessage._WARNING_DETAILS)

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
show('exit first', lambda: cw.__exit__(None, None, None))
cw.__enter__()
show('enter twice', lambda: cw.__enter__())
cw.__exit__(None, None, None)

saved = warnings.filters
with warnings.catch_warnings(action='error', category=UserWarning):
    print(warnings.filters is saved, warnings.filters[0][0], warnings.filters[0][2].__name__)
    show('action', lambda: warnings.warn('boom'))
print(warnings.filters is saved, len(warnings.filters))

for bad in [lambda: warnings.simplefilter('sometimes'),
            lambda: warnings.filterwarnings('error', b'x'),
            lambda: warnings.filterwarnings('error', category='x'),
            lambda: warnings.filterwarnings('error', category=dict),
            lambda: warnings.filterwarnings('error', module=None),
            lambda: warnings.filterwarnings('error', lineno=-2),
            lambda: warnings.simplefilter('error', lineno=1.5),
            lambda: warnings.warn('m', 'category'),
            lambda: warnings.warn('m', ValueError),
            lambda: warnings.warn('m', UserWarning, 'x'),
            lambda: warnings.warn_explicit('m', UserWarning, 'f.py', 1, registry=()),
            lambda: warnings.warn_explicit('m', UserWarning, 'f.py', 2.0)]:
    show('bad', bad)

with warnings.catch_warnings():
    warnings.filters.insert(0, ('strange', None, Warning, None, 0))
    show('unknown action', lambda: warnings.warn('q'))
    warnings.filters[0] = ('error', None)
    show('short rule', lambda: warnings.warn('q'))
    warnings.filters = ('not', 'a', 'list')
    show('not a list', lambda: warnings.warn('q'))

with warnings.catch_warnings():
    warnings.resetwarnings()
    print(warnings.filters, warnings.defaultaction)
    warnings.defaultaction = 'error'
    show('defaultaction', lambda: warnings.warn('dflt'))
    warnings.defaultaction = 'default'
print(len(warnings.filters), warnings.__all__)
sys.stderr = sys.__stderr__
