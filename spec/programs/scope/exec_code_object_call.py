# exec()/eval() of code objects run them as a call of a function made from the code (CPython's
# PyEval_EvalCode): parameters are missing arguments, a generator's code gives a generator,
# eval() returns what the code returns; exec(..., closure=cells) (3.11) supplies free
# variables; the namespaces are checked (and __builtins__ inserted) before the source.
# Found by tools/fuzz-scope.py's probes.
import types
C = types.CellType


def outer():
    c = 'cell'

    def inner():
        return c
    return inner


def with_params(a, b=2):
    print('in with_params', a)


def with_cell():
    x = 1

    def h():
        return x
    print('in with_cell', h())
    return 5


def gen():
    yield 'g1'


inn = outer()
nofree = compile('print("ran", zz)', 's', 'exec')


def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__ if isinstance(r, types.GeneratorType) else r)
        if isinstance(r, types.GeneratorType):
            print(label, list(r))
    except Exception as e:
        print(label, type(e).__name__, e)


for code in [with_params.__code__, with_cell.__code__, gen.__code__, (lambda: 'lam').__code__]:
    t('exec', lambda: exec(code, {'print': print}))
    t('eval', lambda: eval(code))
t('args0', lambda: exec())
t('args1', lambda: exec(source='1'))
t('args2', lambda: exec('1', globals={}))
t('args3', lambda: exec('1', {}, {}, {}))
t('args4', lambda: exec('1', {}, {}, {}, closure=None))
t('args5', lambda: exec('1', {}, {}, foo=1))
t('args6', lambda: eval(source='1'))
t('args7', lambda: eval())
t('args8', lambda: eval('1', {}, {}, {}))
t('cl1', lambda: exec('1', closure=None))
t('cl2', lambda: exec('1', closure=(C(1),)))
t('cl3', lambda: exec(nofree, {'zz': 1}, closure=(C(1),)))
t('cl4', lambda: exec(nofree, {'zz': 2}, closure=None))
t('cl5', lambda: exec(nofree, {'zz': 3}, closure=()))
t('cl6', lambda: exec(inn.__code__, {}))
t('cl7', lambda: exec(inn.__code__, {}, closure=[C(1)]))
t('cl8', lambda: exec(inn.__code__, {}, closure=(C(1), C(2))))
t('cl9', lambda: exec(inn.__code__, {}, closure=(1,)))
cell = C('given')
t('cl10', lambda: exec(inn.__code__, {}, closure=(cell,)))
t('cl11', lambda: exec(inn.__code__, {}, closure=(C(),)))
t('cl12', lambda: eval(inn.__code__, {}))
t('cl13', lambda: exec(types.FunctionType(inn.__code__, {}, None, None, (cell,)).__code__, {}, closure=(cell,)))
t('ord1', lambda: exec(5, 5))
t('ord2', lambda: eval(5, 5))
t('ord3', lambda: exec(5, {}, 5))
t('ord4', lambda: eval(5, {}, 5))
t('ord5', lambda: eval('1 +', 5))
t('ord6', lambda: exec('1 +', 5))
t('ord7', lambda: exec(inn.__code__, 5))
t('ord8', lambda: eval(inn.__code__, {}, 5))
t('ord9', lambda: exec(inn.__code__, [], closure=(C(1),)))
for src in [inn.__code__, 5, '1 +']:
    for fn in (exec, eval):
        g = {}
        try:
            fn(src, g)
        except Exception as e:
            print(fn.__name__, type(e).__name__, '__builtins__' in g)


def reads_global():
    return gv


gv = 'module'
t('glob', lambda: eval(reads_global.__code__, {'gv': 'explicit'}))
t('glob2', lambda: eval(reads_global.__code__, {}))
