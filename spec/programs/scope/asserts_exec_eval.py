def lambda_in_eval():
    f = eval('lambda: y', {}, {'y': 1})
    return f()
def comp_in_eval():
    return eval('[y for _ in range(2)]', {}, {'y': 1})
def comp_in_eval_glob():
    return eval('[y for _ in range(2)]', {'y': 1})
def exec_class_body():
    ns = {}
    exec('class C:\n    a = 1\n    b = a + 1\n', ns)
    return ns['C'].b
def exec_func_def_global():
    g = {}; l = {}
    exec('x = 5\ndef f(): return x\nr = f()', g, l)
    return sorted(l)
def exec_func_def_global2():
    g = {}; l = {}
    exec('x = 5\ndef f(): return x\nr = f()', g, l)
def exec_global_stmt():
    g = {}; l = {}
    exec('global gv\ngv = 1\nlv = 2', g, l)
    return g.get('gv'), sorted(l)
def exec_nonlocal():
    exec('nonlocal q')
def exec_return():
    exec('return 1')
def exec_yield():
    exec('yield 1')
def exec_locals_func():
    a = 1
    l = locals()
    exec('a = 2; b = 3', globals(), l)
    return l['a'], l['b'], a
def locals_in_class():
    class K:
        x = 1
        keys = sorted(locals())
    return K.keys
def vars_noarg():
    z = 1
    return sorted(vars())
def eval_with_mapping():
    class M(dict):
        def __missing__(self, k): return k.upper()
    return eval('abc + x', {}, M(x='!'))
def exec_with_mapping_globals():
    class M(dict):
        def __missing__(self, k): return 0
    return eval('undefined_q', M())
def exec_builtins_injected():
    g = {}
    exec('pass', g)
    return type(g['__builtins__']).__name__
def eval_globals_identity():
    g = {'a': 1}
    return eval('globals() is g2', g, {'g2': g})
def compile_then_exec_twice():
    c = compile('n = n + 1 if "n" in dir() else 0', '<c>', 'exec')
    ns = {}
    exec(c, ns); exec(c, ns); exec(c, ns)
    return ns['n']
def compile_single():
    c = compile('1 + 1', '<s>', 'single')
    return c.co_name
def code_attrs():
    c = compile('a = 1\nb = 2', 'fname', 'exec')
    return c.co_filename, c.co_name, c.co_firstlineno, sorted(c.co_names)
def eval_code_with_free():
    def outer():
        v = 1
        def inner(): return v
        return inner.__code__
    return eval(outer())
def exec_code_free():
    def outer():
        v = 1
        def inner(): return v
        return inner.__code__
    exec(outer(), {})
def nested_exec():
    ns = {}
    exec("exec('z = 9')", ns)
    return ns.get('z')
def dunder_name_in_exec():
    ns = {}
    exec('n = __name__', ns)
    return ns['n']
def dunder_name_in_exec2():
    ns = {'__name__': 'custom'}
    exec('def f(): pass\nm = f.__module__', ns)
    return ns['m']
def class_in_exec_module():
    ns = {'__name__': 'mymod'}
    exec('class C: pass', ns)
    return ns['C'].__module__, repr(ns['C'])
def unbound_vs_name():
    def f():
        try:
            return undefined_zz
        except NameError as e:
            r1 = (type(e).__name__, str(e))
        def g():
            x
            x = 1
        try:
            g()
        except NameError as e:
            r2 = (type(e).__name__, str(e))
        return r1, r2
    return f()
def free_var_msg():
    def f():
        def g(): return v
        try:
            return g()
        except NameError as e:
            return type(e).__name__, str(e)
        v = 1
    return f()
def class_free_var():
    def f():
        x = 1
        class K:
            y = x
            x = 2
            z = x
        return K.y, K.z
    return f()
def class_free_unbound():
    def f():
        class K:
            y = x
        x = 1
        return K.y
    return f()
def del_nonlocal():
    def f():
        v = 1
        def g():
            nonlocal v
            del v
        g()
        return v
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

assert_raises('lambda_in_eval()', lambda: (lambda_in_eval()), 'NameError', "name 'y' is not defined")
assert_raises('comp_in_eval()', lambda: (comp_in_eval()), 'NameError', "name 'y' is not defined")
check('comp_in_eval_glob()', lambda: (comp_in_eval_glob()), '[1, 1]')
check('exec_class_body()', lambda: (exec_class_body()), '2')
assert_raises('exec_func_def_global()', lambda: (exec_func_def_global()), 'NameError', "name 'x' is not defined")
assert_raises('exec_func_def_global2()', lambda: (exec_func_def_global2()), 'NameError', "name 'x' is not defined")
check('exec_global_stmt()', lambda: (exec_global_stmt()), "(1, ['lv'])")
assert_raises('exec_nonlocal()', lambda: (exec_nonlocal()), 'SyntaxError', 'nonlocal declaration not allowed at module level (<string>, line 1)')
assert_raises('exec_return()', lambda: (exec_return()), 'SyntaxError', "'return' outside function (<string>, line 1)")
assert_raises('exec_yield()', lambda: (exec_yield()), 'SyntaxError', "'yield' outside function (<string>, line 1)")
check('exec_locals_func()', lambda: (exec_locals_func()), '(2, 3, 1)')
check('locals_in_class()', lambda: (locals_in_class()), "['__module__', '__qualname__', 'x']")
check('vars_noarg()', lambda: (vars_noarg()), "['z']")
check('eval_with_mapping()', lambda: (eval_with_mapping()), "'ABC!'")
check('exec_with_mapping_globals()', lambda: (exec_with_mapping_globals()), '0')
check('exec_builtins_injected()', lambda: (exec_builtins_injected()), "'dict'")
check('eval_globals_identity()', lambda: (eval_globals_identity()), 'True')
check('compile_then_exec_twice()', lambda: (compile_then_exec_twice()), '2')
check('compile_single()', lambda: (compile_single()), "'<module>'")
check('code_attrs()', lambda: (code_attrs()), "('fname', '<module>', 1, ['a', 'b'])")
assert_raises('eval_code_with_free()', lambda: (eval_code_with_free()), 'TypeError', 'code object passed to eval() may not contain free variables')
assert_raises('exec_code_free()', lambda: (exec_code_free()), 'TypeError', 'code object requires a closure of exactly length 1')
check('nested_exec()', lambda: (nested_exec()), '9')
check('dunder_name_in_exec()', lambda: (dunder_name_in_exec()), "'builtins'")
check('dunder_name_in_exec2()', lambda: (dunder_name_in_exec2()), "'custom'")
check('class_in_exec_module()', lambda: (class_in_exec_module()), '(\'mymod\', "<class \'mymod.C\'>")')
check('unbound_vs_name()', lambda: (unbound_vs_name()), '((\'NameError\', "name \'undefined_zz\' is not defined"), (\'UnboundLocalError\', "cannot access local variable \'x\' where it is not associated with a value"))')
check('free_var_msg()', lambda: (free_var_msg()), '(\'NameError\', "cannot access free variable \'v\' where it is not associated with a value in enclosing scope")')
assert_raises('class_free_var()', lambda: (class_free_var()), 'NameError', "name 'x' is not defined")
assert_raises('class_free_unbound()', lambda: (class_free_unbound()), 'NameError', "cannot access free variable 'x' where it is not associated with a value in enclosing scope")
assert_raises('del_nonlocal()', lambda: (del_nonlocal()), 'UnboundLocalError', "cannot access local variable 'v' where it is not associated with a value")
print('ok', _n, _fails)
