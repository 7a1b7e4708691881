x = 'global'
def outer():
    x = 'outer'
    def inner():
        nonlocal x
        x = 'changed'
        return x
    return inner(), x
def unbound():
    print(x)
    x = 1
def unbound_del():
    y = 1
    del y
    return y
def free_unbound():
    def inner(): return z
    r = inner
    z = 1
    del z
    return r()
def gl():
    global newg
    newg = 5
    return newg
def cls_scope():
    v = 'func'
    class K:
        v = 'class'
        w = v
        def m(self): return v
        lst = [v for _ in range(1)]
    return K.w, K().m(), K.lst
def cls_scope2():
    class K:
        a = 1
        b = [a for _ in range(2)]
    return K.b
def comp_leak():
    [i for i in range(3)]
    return 'i' in locals()
def walrus():
    [y := i for i in range(3)]
    return y
def locals_snapshot():
    a = 1
    l = locals()
    b = 2
    return sorted(l)
def exec_ns():
    ns = {}
    exec('a = 1\nb = a + 1', ns)
    return ns['b'], '__builtins__' in ns
def exec_locals():
    g = {'x': 1}; l = {}
    exec('y = x + 1', g, l)
    return l, 'y' in g
def exec_func_locals():
    a = 1
    exec('a = 2')
    return a
def eval_ns():
    return eval('x + y', {'x': 1}, {'y': 2})
def eval_builtins():
    return eval('len("ab")', {'__builtins__': {}})
def eval_no_builtins():
    return eval('abs(-1)', {'__builtins__': {'abs': lambda v: 'mine'}})
def compile_modes():
    c = compile('1 + 1', '<x>', 'eval')
    d = compile('q = 3', '<x>', 'exec')
    ns = {}
    exec(d, ns)
    return eval(c), ns['q'], c.co_filename, c.co_name
def nonlocal_cls():
    v = 1
    class K:
        nonlocal v
        v = 2
    return v
def closures_loop():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3()
        return l2()
    return l1()
def cell_contents():
    a = 5
    def f(): return a
    return f.__closure__[0].cell_contents, f.__code__.co_freevars
def empty_cell():
    def f(): return a
    c = f.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        return str(e)
    a = 1
def global_in_class():
    class K:
        global gk
        gk = 'set'
    return gk
def globals_check():
    return globals() is globals(), '__name__' in globals(), globals()['__name__']
def builtins_shadow():
    len = lambda x: 'shadow'
    return len([1])
def del_global():
    global tmpg
    tmpg = 1
    del tmpg
    return 'tmpg' in globals()
def nested_comp():
    return [[i * j for j in range(3)] for i in range(3)]
def comp_scope_class():
    class K:
        n = 3
        r = [i for i in range(n)]
    return K.r
def comp_scope_class_err():
    class K:
        n = 3
        r = [n for i in range(2)]
    return K.r
def lambda_default_scope():
    y = 10
    f = lambda x=y: x
    y = 20
    return f()
def exec_return_none():
    return exec('1')
def eval_statement():
    return eval('x = 1')
def exec_bad_ns():
    return exec('1', [])
def eval_code_locals():
    return eval('locals()', {}, {'k': 1})
def unbound_msg():
    def f():
        if False:
            q = 1
        return q
    return f()
def free_msg():
    def f():
        def g(): return q
        g_ = g
        if False:
            q = 1
        return g_()
    return f()

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

check('outer()', lambda: outer(), "('changed', 'changed')")
assert_raises('unbound()', lambda: unbound(), 'UnboundLocalError', "cannot access local variable 'x' where it is not associated with a value")
assert_raises('unbound_del()', lambda: unbound_del(), 'UnboundLocalError', "cannot access local variable 'y' where it is not associated with a value")
assert_raises('free_unbound()', lambda: free_unbound(), 'NameError', "cannot access free variable 'z' where it is not associated with a value in enclosing scope")
check('gl()', lambda: gl(), '5')
check('newg', lambda: newg, '5')
check('cls_scope()', lambda: cls_scope(), "('class', 'func', ['func'])")
assert_raises('cls_scope2()', lambda: cls_scope2(), 'NameError', "name 'a' is not defined")
check('comp_leak()', lambda: comp_leak(), 'False')
check('walrus()', lambda: walrus(), '2')
check('locals_snapshot()', lambda: locals_snapshot(), "['a']")
check('exec_ns()', lambda: exec_ns(), '(2, True)')
check('exec_locals()', lambda: exec_locals(), "({'y': 2}, False)")
check('exec_func_locals()', lambda: exec_func_locals(), '1')
check('eval_ns()', lambda: eval_ns(), '3')
assert_raises('eval_builtins()', lambda: eval_builtins(), 'NameError', "name 'len' is not defined")
check('eval_no_builtins()', lambda: eval_no_builtins(), "'mine'")
check('compile_modes()', lambda: compile_modes(), "(2, 3, '<x>', '<module>')")
check('nonlocal_cls()', lambda: nonlocal_cls(), '2')
check('closures_loop()', lambda: closures_loop(), '([2, 2, 2], [0, 1, 2])')
check('(c(), c(), c())', lambda: (c(), c(), c()), '(1, 2, 3)')
check('deep()', lambda: deep(), '1')
check('cell_contents()', lambda: cell_contents(), "(5, ('a',))")
check('empty_cell()', lambda: empty_cell(), "'Cell is empty'")
check('global_in_class()', lambda: global_in_class(), "'set'")
check('globals_check()', lambda: globals_check(), "(True, True, '__main__')")
check('builtins_shadow()', lambda: builtins_shadow(), "'shadow'")
check('del_global()', lambda: del_global(), 'False')
check('nested_comp()', lambda: nested_comp(), '[[0, 0, 0], [0, 1, 2], [0, 2, 4]]')
check('comp_scope_class()', lambda: comp_scope_class(), '[0, 1, 2]')
assert_raises('comp_scope_class_err()', lambda: comp_scope_class_err(), 'NameError', "name 'n' is not defined")
check('lambda_default_scope()', lambda: lambda_default_scope(), '10')
check('exec_return_none()', lambda: exec_return_none(), 'None')
assert_raises('eval_statement()', lambda: eval_statement(), 'SyntaxError', 'invalid syntax (<string>, line 1)')
assert_raises('exec_bad_ns()', lambda: exec_bad_ns(), 'TypeError', 'exec() globals must be a dict, not list')
check('eval_code_locals()', lambda: eval_code_locals(), "{'k': 1}")
assert_raises('unbound_msg()', lambda: unbound_msg(), 'UnboundLocalError', "cannot access local variable 'q' where it is not associated with a value")
assert_raises('free_msg()', lambda: free_msg(), 'NameError', "cannot access free variable 'q' where it is not associated with a value in enclosing scope")
assert_raises('undefined_name', lambda: undefined_name, 'NameError', "name 'undefined_name' is not defined")
assert_raises("eval('undefined_name')", lambda: eval('undefined_name'), 'NameError', "name 'undefined_name' is not defined")
check("eval('[x for x in range(2)]')", lambda: eval('[x for x in range(2)]'), '[0, 1]')
check("eval('lambda: 1')()", lambda: eval('lambda: 1')(), '1')
check("exec('def ff(): return 7', globals())", lambda: exec('def ff(): return 7', globals()), 'None')
check('ff()', lambda: ff(), '7')
assert_raises("eval('ff()', {})", lambda: eval('ff()', {}), 'NameError', "name 'ff' is not defined")
assert_raises("compile('x', 'f', 'bad')", lambda: compile('x', 'f', 'bad'), 'ValueError', "compile() mode must be 'exec', 'eval' or 'single'")
assert_raises("compile(1, 'f', 'exec')", lambda: compile(1, 'f', 'exec'), 'TypeError', 'compile() arg 1 must be a string, bytes or AST object')
check("compile('x', 'f', 'exec', dont_inherit=True).co_filename", lambda: compile('x', 'f', 'exec', dont_inherit=True).co_filename, "'f'")
check("eval(compile('a', 'f', 'exec'), {'a': 1})", lambda: eval(compile('a', 'f', 'exec'), {'a': 1}), 'None')
assert_raises("exec('raise ValueError(1)')", lambda: exec('raise ValueError(1)'), 'ValueError', '1')
check("eval('1', None, None)", lambda: eval('1', None, None), '1')
assert_raises("eval('1', 1)", lambda: eval('1', 1), 'TypeError', 'globals must be a dict')
assert_raises("eval('1', {}, 1)", lambda: eval('1', {}, 1), 'TypeError', 'locals must be a mapping')
check("eval(b'1 + 1')", lambda: eval(b'1 + 1'), '2')
check("eval('  1')", lambda: eval('  1'), '1')
check("eval('1\\n')", lambda: eval('1\n'), '1')
check("eval('\\n1')", lambda: eval('\n1'), '1')
print('ok', _n, _fails)
