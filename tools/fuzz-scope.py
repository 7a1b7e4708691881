#!/usr/bin/env python3
"""Random Python programs that exercise the scoping rules (docs: ../shared/docs/semantics.md).

    tools/fuzz-scope.py SEED [OUT.py]      one program (stdout when OUT is not given)
    tools/fuzz-scope.py --range A B DIR    programs DIR/s<SEED>.py for SEED in A..B (inclusive)

A program is a prelude plus a sequence of *units*, each a module-level chunk built from nested
def / class / lambda / comprehension / generator-expression scopes (depth up to 4) that read,
write, delete and augment a small set of names (x, y, z, w), declare them global / nonlocal, call
the inner functions before and after the assignments, take locals() / globals() / vars()
snapshots, run exec / eval with explicit namespaces, shadow builtins, close over loop variables,
and so on. Every statement that can fail is wrapped so that the program prints
`type(e).__name__, e` and goes on.

Each unit is compiled with this CPython first: a unit that the compiler rejects (the generator
sometimes breaks the declarations on purpose) is emitted as a string given to compile(), so the
program prints the SyntaxError's message, line and offset instead. A valid unit is sometimes run
through exec() with fresh namespaces instead of inline. Output is deterministic: only str / int
values are printed, dict keys are sorted, no ids.
"""
import random
import sys

NAMES = ['x', 'y', 'z', 'w']

PRELUDE = '''\
import sys
import builtins
import types


def _show(label, d):
    out = []
    for k in sorted(d):
        if k.startswith('__') or k in ('sys', 'builtins', 'types', '_show', '_Rec', '_mod', '_LEN', '_rle'):
            continue
        v = d[k]
        out.append((k, v if isinstance(v, (str, int)) else type(v).__name__))
    print(label, out)


class _Rec:
    """A locals mapping that is not a dict."""
    def __init__(self, **kw):
        self.d = dict(kw)

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def keys(self):
        return self.d.keys()


_LEN = len


def _rle(xs):
    out = []
    for v in xs:
        if out and out[-1][0] == v:
            out[-1][1] += 1
        else:
            out.append([v, 1])
    return out


def _mod(name, src):
    m = types.ModuleType(name)
    exec(src, m.__dict__)
    sys.modules[name] = m
    return m

'''


class Scope:
    def __init__(self, kind, parent, name, depth):
        self.kind = kind            # 'module', 'function', 'class'
        self.parent = parent
        self.name = name
        self.depth = depth
        self.binds = set()          # names this block may assign (planned up front)
        self.globals = set()
        self.nonlocals = set()
        self.params = set()
        self.funcs = []             # (name, is_generator, n_required_args) callable here
        self.classes = []           # class names with a method m()
        self.lambdas = []

    def function_binders(self):
        """Names a nonlocal in a child function of this scope could refer to."""
        out = set()
        s = self
        while s is not None:
            if s.kind == 'function':
                out |= (s.binds | s.nonlocals) - s.globals
            s = s.parent
        return out


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seed = seed
        self.counter = 0
        self.lines = []

    # -- helpers ------------------------------------------------------------------------------
    def label(self, prefix='L'):
        self.counter += 1
        return f"'{prefix}{self.counter}'"

    def fresh(self, prefix):
        self.counter += 1
        return f'{prefix}{self.counter}'

    def value(self, n):
        self.counter += 1
        return f"'{n}{self.counter}'"

    def guarded(self, body, ind):
        """body: list of lines (no indentation) that may raise."""
        pad = '    ' * ind
        out = [pad + 'try:']
        out += [pad + '    ' + b for b in body]
        out += [pad + 'except Exception as _e:', pad + "    print(type(_e).__name__, _e)"]
        return out

    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return self.r.choice(list(seq))

    # -- planning -----------------------------------------------------------------------------
    def plan(self, scope):
        r = self.r
        if scope.kind == 'module':
            scope.binds = set(NAMES)
            return
        scope.binds = set(n for n in NAMES if r.random() < 0.45)
        if scope.parent is not None and r.random() < 0.45:
            scope.globals = set(n for n in NAMES if r.random() < 0.3)
        binders = scope.parent.function_binders() if scope.parent else set()
        if binders and r.random() < 0.55:
            scope.nonlocals = set(n for n in binders if r.random() < 0.5) - scope.globals
        scope.binds -= scope.globals | scope.nonlocals
        if scope.kind == 'function' and r.random() < 0.3:
            scope.params = set(n for n in scope.binds if r.random() < 0.5)

    # -- statements ---------------------------------------------------------------------------
    def writable(self, scope):
        return sorted(scope.binds | scope.globals | scope.nonlocals)

    def block(self, scope, ind, nstmts):
        """Statements for one block; returns list of lines."""
        out = []
        pad = '    ' * ind
        decls = []
        if scope.globals:
            decls.append(pad + 'global ' + ', '.join(sorted(scope.globals)))
        if scope.nonlocals:
            decls.append(pad + 'nonlocal ' + ', '.join(sorted(scope.nonlocals)))
        late_decl = decls and self.chance(0.04)
        if not late_decl:
            out += decls
        for i in range(nstmts):
            out += self.stmt(scope, ind)
            if late_decl and i == 0:
                out += decls
        if late_decl and nstmts == 0:
            out += decls
        if scope.kind == 'function':
            seen = '\n'.join(out)
            for b in sorted(scope.binds - scope.params):
                if f'{b} =' not in seen and f'as {b}' not in seen and f'for {b} ' not in seen:
                    out.append(pad + f'{b} = {self.value(b)}')
        if not out:
            out.append(pad + 'pass')
        return out

    def stmt(self, scope, ind):
        r = self.r
        pad = '    ' * ind
        w = self.writable(scope)
        kinds = [('read', 6), ('write', 5), ('aug', 2), ('del', 2), ('call', 4),
                 ('locals', 1.5), ('comp', 2.5), ('lambda', 1.5), ('except_as', 1),
                 ('exec', 1.5), ('loopclos', 1), ('builtin', 1), ('walrus', 1),
                 ('for', 1), ('gencomp', 1), ('corner', 2.5), ('hot', 2.5)]
        if scope.depth < 4:
            kinds += [('def', 3), ('class', 2)]
        if scope.kind == 'module':
            kinds += [('globalmut', 1.5), ('module', 0.7), ('starimport', 0.3)]
        total = sum(k[1] for k in kinds)
        x = r.random() * total
        for kind, wt in kinds:
            x -= wt
            if x < 0:
                break
        n = self.pick(NAMES)
        wn = self.pick(w) if w else None
        if kind == 'read':
            if self.chance(0.2):
                return self.guarded([f'print({self.label()}, {n}, {self.pick(NAMES)})'], ind)
            return self.guarded([f'print({self.label()}, {n})'], ind)
        if kind == 'write' and wn:
            if self.chance(0.1):
                return self.guarded([f'{wn} = {self.pick(NAMES)}'], ind)
            return [pad + f'{wn} = {self.value(wn)}']
        if kind == 'aug' and wn:
            return self.guarded([f"{wn} += '+'"], ind)
        if kind == 'del' and wn:
            return self.guarded([f'del {wn}'], ind)
        if kind == 'call' and (scope.funcs or scope.classes or scope.lambdas):
            choices = [('f', f) for f in scope.funcs] + [('c', c) for c in scope.classes] + \
                [('l', l) for l in scope.lambdas]
            k, what = self.pick(choices)
            if k == 'f':
                name, isgen, nargs = what
                args = ', '.join(self.value('a') for _ in range(nargs))
                call = f'{name}({args})'
                if isgen:
                    return self.guarded([f'print({self.label()}, list({call}))'], ind)
                return self.guarded([f'print({self.label()}, {call})'], ind)
            if k == 'c':
                return self.guarded([f'print({self.label()}, {what}().m())'], ind)
            return self.guarded([f'print({self.label()}, {what}())'], ind)
        if kind == 'locals':
            fn = self.pick(['locals()', 'vars()', 'locals()', 'globals()'])
            if self.chance(0.2):
                return self.guarded([f"print({self.label()}, {fn}.get('{n}', 'absent'))"], ind)
            if self.chance(0.25) and scope.kind != 'module':
                # the order of the keys too (CPython's localsplus order)
                return self.guarded([f"print({self.label()}, [k for k in {fn} if not k.startswith('__')])"], ind)
            return self.guarded([f'_show({self.label()}, {fn})'], ind)
        if kind == 'comp':
            return self.comp(scope, ind)
        if kind == 'gencomp':
            m = self.pick(NAMES)
            form = self.pick([
                f'list({n} + i for i in [{m}])',
                f'[[{n} + j for j in i] for i in [{m}]]',
                f'[(lambda: i + {n})() for i in [{m}]]',
                f'sorted({{i: {n} for i in [{m}]}}.items())',
                f'[i for i in {m} if {n}]',
            ])
            return self.guarded([f'print({self.label()}, {form})'], ind)
        if kind == 'lambda':
            name = self.fresh('lam')
            m = self.pick(NAMES)
            form = self.pick([f'lambda: {n}', f'lambda {m}={n}: ({m}, {n})',
                              f'lambda: (lambda: {n} + {m})()',
                              f'lambda: [{n} for _ in [1]]'])
            scope.lambdas.append(name)
            return [pad + f'{name} = lambda: "unset"'] + self.guarded([f'{name} = {form}'], ind)
        if kind == 'except_as' and wn:
            return [pad + 'try:', pad + f"    raise KeyError({self.value('k')})",
                    pad + f'except KeyError as {wn}:',
                    pad + f'    print({self.label()}, repr({wn}))'] + \
                self.guarded([f'print({self.label()}, {wn})'], ind)
        if kind == 'exec':
            return self.exec_stmt(scope, ind)
        if kind == 'loopclos':
            lv = wn if wn and self.chance(0.5) else '_i'
            if self.chance(0.5):
                return [pad + '_fs = []', pad + f'for {lv} in ["p", "q"]:',
                        pad + f'    _fs.append(lambda: {lv})'] + \
                    self.guarded([f'print({self.label()}, [f() for f in _fs])'], ind)
            return [pad + '_fs = []', pad + f'for {lv} in ["p", "q"]:',
                    pad + f'    _fs.append(lambda {lv}={lv}: {lv})'] + \
                self.guarded([f'print({self.label()}, [f() for f in _fs])'], ind)
        if kind == 'builtin':
            return self.builtin_stmt(scope, ind)
        if kind == 'walrus' and wn and (scope.kind != 'class' or self.chance(0.05)):
            t = wn
            it = self.pick(['"ab"', f'[{self.pick(NAMES)}]'])
            if self.chance(0.07):
                return self.guarded([f'print({self.label()}, [{t} := {t} for {t} in "ab"])'], ind)
            return self.guarded([f'print({self.label()}, [({t} := i) for i in {it}], {t})'], ind)
        if kind == 'for' and wn:
            body = self.guarded([f'print({self.label()}, {wn}, {self.pick(NAMES)})'], ind + 1)
            return [pad + f'for {wn} in [{self.value(wn)}]:'] + body
        if kind == 'hot':
            return self.hot_loop(scope, ind)
        if kind == 'corner':
            return self.corner(scope, ind, n, wn)
        if kind == 'def':
            return self.def_stmt(scope, ind)
        if kind == 'class':
            return self.class_stmt(scope, ind)
        if kind == 'globalmut':
            v = self.value(n)
            form = self.pick([f"globals()['{n}'] = {v}",
                              f"sys.modules[__name__].{n} = {v}",
                              f"setattr(sys.modules[__name__], '{n}', {v})",
                              f"exec(\"{n} = {v}\", globals())",
                              f"del globals()['{n}']",
                              f"delattr(sys.modules[__name__], '{n}')"])
            return self.guarded([form], ind)
        if kind == 'module':
            return self.module_stmt(scope, ind)
        if kind == 'starimport':
            mn = self.fresh('fzs')
            v = self.value(n)
            return [pad + f"_mod('{mn}', \"{n} = {v}\\n_hidden = 1\\ndef get(): return {n}\")",
                    pad + f'from {mn} import *'] + \
                self.guarded([f'print({self.label()}, {n}, get())'], ind)
        # fall back: a read
        return self.guarded([f'print({self.label()}, {n})'], ind)

    def corner(self, scope, ind, n, wn):
        """The rarer corners: match, except*, annotations, mangling, __class__, exec in functions."""
        pad = '    ' * ind
        lab = self.label()
        m = self.pick(NAMES)
        choice = self.r.randrange(12)
        if choice == 0 and wn:
            v = self.value(wn)
            pat = self.pick([f'[{wn}, *_r]', f"{{'k': {wn}}}", f'str() as {wn}', f'{wn}',
                             f"(1 | 2) as {wn}", f"[_a, {wn}] if _a == 'no'"])
            subj = self.pick([f'[{v}, 1]', f"{{'k': {v}}}", v, '2', f"['no', {v}]"])
            return [pad + f'match {subj}:', pad + f'    case {pat}:',
                    pad + f'        print({lab}, "matched")', pad + '    case _:',
                    pad + f'        print({lab}, "no match")'] + \
                self.guarded([f'print({lab}, {wn})'], ind)
        if choice == 1 and wn:
            return [pad + 'try:', pad + f"    raise ExceptionGroup('eg', [KeyError('k'), ValueError('v')])",
                    pad + f'except* KeyError as {wn}:', pad + f'    print({lab}, repr({wn}.exceptions))',
                    pad + f'except* ValueError:', pad + f'    print({lab}, "v")'] + \
                self.guarded([f'print({lab}, {wn})'], ind)
        if choice == 2:
            ann = [pad + f'{n}: int'] if self.chance(0.6) or n not in self.writable(scope) else \
                [pad + f'{n}: str = {self.value(n)}']
            if n in scope.globals or n in scope.nonlocals:
                ann = [pad + f'({n}): int']
            if scope.kind == 'function':
                return ann + self.guarded([f'print({lab}, {n})'], ind)
            return ann + self.guarded([f"print({lab}, {n})"], ind) + \
                self.guarded([f"print({lab}, sorted(__annotations__))"], ind)
        if choice == 3:
            k = self.fresh('Mg')
            return [pad + f'class {k}:', pad + f"    __p = 'priv'",
                    pad + f"    __q = [__p for _ in 'a'] if False else 'q'",
                    pad + f'    class Inner:', pad + f"        __p = 'inner'",
                    pad + f"        def get(self):", pad + f"            return self.__p, [self.__p for _ in 'a']",
                    pad + f"    def get(self):", pad + f"        return self.__p, (lambda: self.__p)(), [self.__p for _ in 'a']"] + \
                self.guarded([f'print({lab}, {k}().get(), {k}.Inner().get())',
                              f"print({lab}, sorted(a for a in vars({k}) if 'p' in a or 'q' in a))",
                              f"print({lab}, {k}.__p)"], ind)
        if choice == 4:
            k = self.fresh('Cc')
            probe = self.pick(["locals().get('__class__', 'none')", "vars().get('__class__', 'none')",
                               "dir().count('__class__')", "__class__"])
            return [pad + f'class {k}:', pad + f"    __class__ = 'cls-attr'"] + \
                self.guarded([f'print({lab}, {probe})'], ind + 1) + \
                [pad + f'    def m(self):', pad + f'        return __class__.__name__',
                    pad + f'    def n(self):', pad + f"        return self.__class__"] + \
                self.guarded([f'print({lab}, {k}().m(), {k}.__class__.__name__, {k}().n())'], ind)
        if choice == 5:
            f = self.fresh('fc')
            return [pad + f'def {f}():', pad + f"    __class__ = 'local'",
                    pad + f'    def g():', pad + f'        return __class__', pad + f'    return g()'] + \
                self.guarded([f'print({lab}, {f}())'], ind)
        if choice == 6:
            f = self.fresh('fe')
            return [pad + f'def {f}():', pad + f"    {n} = 'fast'",
                    pad + f"    exec(\"{n} = 'execd'\\n{m} = 'new'\")",
                    pad + f"    _d = locals()",
                    pad + f"    return {n}, _d.get('{n}'), _d.get('{m}', 'nom'), eval('{n}')"] + \
                self.guarded([f'print({lab}, {f}())'], ind)
        if choice == 7:
            k = self.fresh('Gc')
            return [pad + f'class {k}:', pad + f"    {n} = 'cv'"] + \
                self.guarded([f"print({lab}, list({n} for _ in 'a'))"], ind + 1) + \
                [pad + f"    print({lab}, [i for i in {n}])"]
        if choice == 8 and scope.kind == 'function' and scope.function_binders():
            b = self.pick(sorted(scope.function_binders()))
            k = self.fresh('Nk')
            return [pad + f'class {k}:', pad + f'    def m(self):', pad + f'        nonlocal {b}',
                    pad + f"        {b} = 'from-method'", pad + f'        return {b}'] + \
                self.guarded([f'print({lab}, {k}().m(), {b})'], ind)
        if choice == 9:
            k = self.fresh('Sc')
            return [pad + f'class {k}Base:', pad + '    def who(self):', pad + f"        return 'base'",
                    pad + f'class {k}({k}Base):', pad + '    def who(self):',
                    pad + f"        f = lambda: super(__class__, self).who()",
                    pad + f"        return [super().who() for _ in 'a'], f(), __class__.__name__"] + \
                self.guarded([f'print({lab}, {k}().who())'], ind)
        if choice == 10:
            k = self.fresh('Ck')
            return [pad + f'class {k}:', pad + f"    {n} = 'outer-cls'",
                    pad + f"    class In:", pad + f"        print({lab}, [type('T', (), {{'v': i}}).v for i in 'a'])"] + \
                self.guarded([f'print({lab}, {n})'], ind + 2)
        # eval of a lambda capturing names
        return self.guarded([f"_lf = eval('lambda: ({n}, {m})')", f'print({lab}, _lf())'], ind)

    def hot_loop(self, scope, ind):
        """A loop run past the VM's compile thresholds (loops: 8 back edges, bodies: 32 calls)
        reading names while namespaces change at chosen iterations; the results run-length
        encoded."""
        pad = '    ' * ind
        lab = self.label()
        n = self.pick(NAMES)
        m = self.pick(NAMES)
        w = self.writable(scope)
        out = []
        exprs = [n, f'({n}, {m})', "len('ab')", f"[{n} for _ in 'a']"]
        if scope.funcs:
            f = self.pick([f for f in scope.funcs if not f[1] and f[2] == 0] or [None])
            if f:
                exprs.append(f'{f[0]}()')
        if scope.lambdas:
            exprs.append(f'{self.pick(scope.lambdas)}()')
        if self.chance(0.6):
            h = self.fresh('h')
            body = self.pick([f'{n}', f"({n}, len('a'))", f'{n} + {m}', f"[{n} for _ in 'a']",
                              f'(lambda: {n})()'])
            if self.chance(0.5):
                out += [pad + f'def {h}():', pad + f'    return {body}']
            else:
                out += [pad + f'{h} = lambda: {body}']
            exprs.append(f'{h}()')
        expr = self.pick(exprs)
        muts = []
        for _ in range(self.r.randint(1, 3)):
            k = self.r.randrange(40)
            v = self.value(n)
            t = self.pick(NAMES)
            opts = [f"globals()['{t}'] = {v}", f"globals().pop('{t}', None)",
                    f"builtins.{t} = 'b{t}'", f"builtins.__dict__.pop('{t}', None)",
                    "builtins.len = lambda o: 'patched'", "builtins.len = _LEN",
                    "len = lambda o: 'shadow'", "del len",
                    f"sys.modules[__name__].{t} = {v}", f"exec(\"{t} = {v}\", globals())"]
            if w:
                wt = self.pick(w)
                opts += [f'{wt} = {self.value(wt)}', f'del {wt}', f"{wt} += '+'"]
            muts.append((k, self.pick(opts)))
        out += [pad + '_log = []', pad + 'for _k in range(40):']
        out += self.guarded([f'_log.append({expr})'], ind + 1)
        for k, mut in sorted(muts):
            out += [pad + f'    if _k == {k}:']
            out += self.guarded([mut], ind + 2)
        out += [pad + f'print({lab}, _rle(_log))']
        out += self.guarded(["builtins.len = _LEN"], ind)
        return out

    def comp(self, scope, ind):
        n = self.pick(NAMES)
        m = self.pick(NAMES)
        form = self.pick([
            f'[({n}, i) for i in "ab"]',
            f'[{n} for {n} in [{m}]]',
            f'[(i, {n}) for i in [{m}] for j in [i]]',
            f'sorted({{({n}, i) for i in "a"}})',
            f'sorted({{i: {n} for i in "ab"}}.items())',
            f'[f() for f in [lambda: {n} for _ in "a"]]',
            f'[[{n} for j in "a"] for i in "b"]',
        ])
        return self.guarded([f'print({self.label()}, {form})'], ind)

    def exec_stmt(self, scope, ind):
        n = self.pick(NAMES)
        m = self.pick(NAMES)
        v = self.value(n)
        lab = self.label()
        pad = '    ' * ind
        choice = self.r.randrange(13)
        if choice == 10 and scope.funcs:
            f = self.pick(scope.funcs)[0]
            how = self.pick([f"exec({f}.__code__, {{'{n}': {v}, 'print': print, '_show': _show}})",
                             f"eval({f}.__code__, {{'{n}': {v}}})",
                             f"types.FunctionType({f}.__code__, {{'{n}': {v}, 'print': print}})()",
                             f"exec({f}.__code__, globals(), closure=tuple(types.CellType({v}) for _ in {f}.__code__.co_freevars) or None)"])
            return self.guarded([f"_r = {how}",
                                 f"print({lab}, _r if isinstance(_r, (str, int, type(None))) else type(_r).__name__)"], ind)
        if choice == 11:
            return self.guarded([f"_g = {{}}", f"exec(compile(\"def _cf():\\n    return {n}\\n{n} = {v}\", 'cf', 'exec'), _g)",
                                 f"print({lab}, _g['_cf'](), eval('_cf()', _g), eval('{n}', _g, {{'{n}': 'shadow'}}))"], ind)
        if choice == 0:
            return self.guarded([f"_g = {{'{n}': {v}}}",
                                 f"exec(\"{m} = {n} + '!'\", _g)",
                                 f"print({lab}, _g.get('{m}'), '__builtins__' in _g, sorted(k for k in _g if k != '__builtins__'))"], ind)
        if choice == 1:
            return self.guarded([f"print({lab}, eval('{n}', {{'{n}': {v}}}))"], ind)
        if choice == 2:
            return self.guarded([f"print({lab}, eval('(lambda: {n})()', {{'{n}': {v}}}, {{'{n}': 'loc'}}))"], ind)
        if choice == 3:
            return self.guarded([f"_l = _Rec({n}={v})",
                                 f"exec(\"{m} = {n} + 'r'\\nprint({lab}, {m})\", {{}}, _l)",
                                 f"print({lab}, sorted(_l.keys()))"], ind)
        if choice == 4:
            return self.guarded([f"exec(\"{n} = {v}\")", f"print({lab}, {n})"], ind)
        if choice == 5:
            return self.guarded([f"print({lab}, eval('{n}'))"], ind)
        if choice == 6:
            return self.guarded([f"_g = {{'{n}': {v}}}",
                                 f"exec(\"def _ef():\\n    return {n}\\n{n} = 'redef'\\nprint({lab}, _ef())\", _g)"], ind)
        if choice == 7:
            return self.guarded([f"_g, _l = {{'{n}': 'G'}}, {{'{n}': 'L'}}",
                                 f"exec(\"def _ef():\\n    return {n}\\nprint({lab}, {n}, _ef())\", _g, _l)",
                                 f"print({lab}, sorted(_l), sorted(k for k in _g if k != '__builtins__'))"], ind)
        if choice == 8:
            return self.guarded([f"_g = {{'__builtins__': {{'print': print}}}}",
                                 f"exec(\"print({lab}, len)\", _g)"], ind)
        return self.guarded([f"print({lab}, eval('[{n} for _ in \"a\"]', None, {{'{n}': 'onlylocal'}}))"], ind)

    def builtin_stmt(self, scope, ind):
        lab = self.label()
        choice = self.r.randrange(6)
        if choice == 0:
            return self.guarded(["len = lambda o: 'fakelen'", f"print({lab}, len('ab'))"], ind)
        if choice == 1:
            return self.guarded(["del len", f"print({lab}, len('ab'))"], ind)
        if choice == 2:
            return self.guarded(["_old = builtins.len", "builtins.len = lambda o: 'patched'",
                                 f"print({lab}, len('ab'))", "builtins.len = _old",
                                 f"print({lab}, len('ab'))"], ind)
        if choice == 3:
            return self.guarded(["builtins.zq = 'bz'", f"print({lab}, zq)", "del builtins.zq",
                                 f"print({lab}, zq)"], ind)
        if choice == 4:
            return self.guarded([f"print({lab}, len('abc'), abs(-1))"], ind)
        n = self.pick(NAMES)
        return self.guarded([f"builtins.{n} = 'b{n}'", f"print({lab}, {n})"], ind) + \
            self.guarded([f"del builtins.{n}"], ind)

    def module_stmt(self, scope, ind):
        n = self.pick(NAMES)
        mn = self.fresh('fzm')
        lab = self.label()
        pad = '    ' * ind
        src = f"{n} = 'm{n}'\\ndef get():\\n    return {n}\\ndef helper():\\n    return 'orig'\\ndef use():\\n    return helper()"
        return [pad + f'{mn} = _mod({mn!r}, "{src}")', pad + f'from {mn} import helper as _h'] + \
            self.guarded([f"print({lab}, {mn}.get(), {mn}.use())",
                          f"{mn}.helper = lambda: 'patched'",
                          f"{mn}.{n} = 'set'",
                          f"print({lab}, {mn}.get(), {mn}.use(), _h())",
                          f"del {mn}.{n}",
                          f"print({lab}, {mn}.get())"], ind)

    # -- nested scopes ------------------------------------------------------------------------
    def def_stmt(self, scope, ind):
        r = self.r
        pad = '    ' * ind
        name = self.fresh('f')
        child = Scope('function', scope, name, scope.depth + 1)
        self.plan(child)
        is_gen = self.chance(0.15)
        params = sorted(child.params)
        pstr = []
        nreq = 0
        for p in params:
            if self.chance(0.5):
                pstr.append(f'{p}={self.pick(NAMES + [self.value(p)])}')
            else:
                if any('=' in q for q in pstr):
                    pstr.append(f'{p}={self.value(p)}')
                else:
                    pstr.append(p)
                    nreq += 1
        if len(pstr) > 1 and self.chance(0.4):
            # parameter kinds: positional-only, *args, keyword-only (with defaults), **kwargs
            k = self.r.randrange(len(pstr))
            kind = self.pick(['/', '*', '**', 'kwonly'])
            last = pstr[-1].split('=')[0]
            if kind == '/':
                pstr.insert(k + 1, '/') if k < nreq or '=' in pstr[k] else None
            elif kind == '*':
                pstr[-1] = '*' + last
                nreq -= 0 if '=' in pstr[-1] else (1 if nreq == len(pstr) else 0)
            elif kind == '**':
                if '=' not in pstr[-1] and nreq == len(pstr):
                    nreq -= 1
                pstr[-1] = '**' + last
            elif '=' in pstr[-1]:
                pstr.insert(len(pstr) - 1, '*')
        if scope.kind == 'class' and self.chance(0.3):
            pstr = ['self'] + [q if q.startswith('*') or q == '/' else '__' + q for q in pstr]
            nreq += 1
        out = []
        deco = None
        if scope.funcs and self.chance(0.15):
            deco = self.fresh('deco')
            n = self.pick(NAMES)
            out += [pad + f'def {deco}(fn):']
            out += self.guarded([f'print({self.label()}, {n})'], ind + 1)
            out += [pad + '    return fn']
            out += [pad + f'@{deco}']
        if self.chance(0.05):
            # a parameter that is also declared global: a SyntaxError on purpose
            if child.globals:
                pstr.append(self.pick(sorted(child.globals)) + "='pg'")
        out.append(pad + f"def {name}({', '.join(pstr)}):")
        body = self.block(child, ind + 1, r.randint(1, 6))
        out += body
        if is_gen:
            out += ['    ' * (ind + 1) + f'yield {self.label()}']
        elif self.chance(0.5):
            out += self.guarded([f'return {self.pick(NAMES)}'], ind + 1)
        if any('=' in q for q in pstr) or deco:
            # defaults and decorators run now and may raise: define it inside a try
            out = [pad + f'def {name}(*a, **k): return "undefined"', pad + 'try:'] + \
                ['    ' + l for l in out] + \
                [pad + 'except Exception as _e:', pad + '    print(type(_e).__name__, _e)']
        scope.funcs.append((name, is_gen, nreq))
        if self.chance(0.25):
            co = f'{name}.__code__'
            out += self.guarded([f'print({self.label()}, {co}.co_varnames, {co}.co_cellvars, {co}.co_freevars, '
                                 f'{co}.co_names, {co}.co_nlocals, {co}.co_argcount, {co}.co_kwonlyargcount)'], ind)
        if self.chance(0.3):
            # call it right away
            args = ', '.join(self.value('a') for _ in range(nreq))
            call = f'list({name}({args}))' if is_gen else f'{name}({args})'
            out += self.guarded([f'print({self.label()}, {call})'], ind)
        return out

    def class_stmt(self, scope, ind):
        r = self.r
        pad = '    ' * ind
        name = self.fresh('C')
        child = Scope('class', scope, name, scope.depth + 1)
        self.plan(child)
        child.nonlocals = set() if scope.kind == 'module' else child.nonlocals
        out = []
        if self.chance(0.1):
            deco = self.fresh('cdeco')
            n = self.pick(NAMES)
            out += [pad + f'def {deco}(cls):']
            out += self.guarded([f'print({self.label()}, {n}, cls.__name__)'], ind + 1)
            out += [pad + '    return cls', pad + f'@{deco}']
        out.append(pad + f'class {name}:')
        out += self.block(child, ind + 1, r.randint(1, 5))
        # a method that reads names (the class namespace must not be visible)
        n = self.pick(NAMES)
        p2 = '    ' * (ind + 1)
        out.append(p2 + 'def m(self):')
        mbody = [f'print({self.label()}, {n})']
        binders = scope.function_binders() if scope.kind == 'function' else set()
        if binders and self.chance(0.3):
            b = self.pick(sorted(binders))
            out.append(p2 + '    nonlocal ' + b)
            mbody.append(f"{b} += '.m'")
        if self.chance(0.3):
            mbody = [f'print({self.label()}, __class__.__name__, super().__class__.__name__)'] + mbody
        if self.chance(0.2):
            mbody = [f'print({self.label()}, self.{n})'] + mbody
        out += self.guarded(mbody, ind + 2)
        out.append(p2 + f'    return {self.label()}')
        scope.classes.append(name)
        if self.chance(0.5):
            out += self.guarded([f'print({self.label()}, {name}().m())'], ind)
        if self.chance(0.4):
            out += self.guarded([f"print({self.label()}, sorted(k for k in vars({name}) if not k.startswith('__')))"], ind)
        return out

    # -- program ------------------------------------------------------------------------------
    def unit(self):
        mod = Scope('module', None, '<module>', 0)
        self.plan(mod)
        lines = self.block(mod, 0, self.r.randint(3, 9))
        return '\n'.join(lines) + '\n'

    def program(self):
        out = [PRELUDE, f'# fuzz-scope seed {self.seed}']
        if self.chance(0.1):
            # annotations kept as strings, here and (inherited) in compile()/exec()/eval()
            out[0] = 'from __future__ import annotations\n' + PRELUDE
        nunits = self.r.randint(2, 5)
        for u in range(nunits):
            src = self.unit()
            if self.chance(0.12):
                src = self.breaker(src)
            ok = True
            try:
                compile(PRELUDE + src, 'unit', 'exec')
            except SyntaxError:
                ok = False
            out.append(f'print("-- unit {u}")')
            if not ok:
                lab = self.label('S')
                out.append(f'try:\n    compile({src!r}, "fz", "exec")\n    print({lab}, "compiled")\n'
                           f'except SyntaxError as _e:\n    print({lab}, "SyntaxError", _e.msg, _e.lineno, _e.offset, _e.end_lineno, _e.end_offset, repr(_e.text), len(_e.args))')
            elif self.chance(0.15):
                lab = self.label('X')
                how = self.pick(['g', 'gl'])
                ns = "{'_show': _show, '_Rec': _Rec, '_mod': _mod}"
                if how == 'g':
                    out.append(f'_xg = {ns}\n' + '\n'.join(self.guarded([f'exec({src!r}, _xg)'], 0)) +
                               f"\n_show({lab}, _xg)")
                else:
                    out.append(f'_xg, _xl = {ns}, {{}}\n' + '\n'.join(self.guarded([f'exec({src!r}, _xg, _xl)'], 0)) +
                               f"\n_show({lab}, _xg)\n_show({lab}, _xl)")
            else:
                out.append(src)
        out.append('print("-- end")')
        out.append('_show("final", globals())')
        text = '\n'.join(out) + '\n'
        compile(text, 'program', 'exec')
        return text

    def breaker(self, src):
        """Make the unit (probably) invalid in one of the ways the symbol table rejects."""
        n = self.pick(NAMES)
        forms = [
            f"def _bad():\n    print({n})\n    global {n}\n",
            f"def _bad():\n    {n} = 1\n    global {n}\n",
            f"nonlocal {n}\n",
            f"def _bad():\n    nonlocal {n}\n",
            f"def _bad({n}):\n    global {n}\n",
            f"def _bad({n}):\n    nonlocal {n}\n",
            f"def _bad():\n    global {n}\n    nonlocal {n}\n",
            f"def _o():\n    {n} = 1\n    def _bad():\n        {n} = 2\n        nonlocal {n}\n",
            f"def _o():\n    {n} = 1\n    def _bad():\n        print({n})\n        nonlocal {n}\n",
            f"[{n} := 0 for {n} in 'ab']\n",
            f"class _K:\n    [{n} := 0 for _ in 'ab']\n",
            f"[[({n} := 1) for _ in 'a'] for {n} in 'b']\n",
            f"def _bad():\n    [i for i in [({n} := 1)]]\n    [j for j in 'a' for _ in [({n} := j)]]\n    [{n} for {n} in [({n} := 2)]]\n",
            f"def _bad():\n    global {n}\n    {n}: int = 1\n",
            f"class _K:\n    def _m(self):\n        nonlocal {n}\n    {n} = 1\n",
            f"def _o():\n    class _K:\n        {n} = 1\n        def _m(self):\n            nonlocal {n}\n",
            f"def _o():\n    {n} = 1\n    class _K:\n        def _m(self):\n            nonlocal {n}\n            {n} = 2\n",
            f"def _bad():\n    from os import *\n",
            f"def _bad():\n    del {n}\n    global {n}\n",
            f"def _bad():\n    for {n} in []: pass\n    global {n}\n",
            f"def _bad():\n    lambda: {n}\n    nonlocal {n}\n",
            f"def _bad():\n    import {n}\n    global {n}\n",
            f"def _bad(a, a): pass\n",
            f"def _bad(*, {n}, {n}): pass\n",
            f"lambda {n}, {n}: 0\n",
            f"[i for i in 'a' if ({n} := i)] + [(j := 1) for j in 'b']\n",
            f"def _o():\n    {n} = 0\n    def _bad():\n        global {n}\n        nonlocal {n}\n",
            f"class _K:\n    global {n}\n    {n} = 1\n    print({n})\n    global {n}\n",
        ]
        bad = self.pick(forms)
        lines = src.splitlines()
        at = self.r.randint(0, len(lines))
        # only insert at a module-level line boundary
        while at < len(lines) and lines[at].startswith((' ', 'except', 'else', 'finally')):
            at += 1
        return '\n'.join(lines[:at] + bad.rstrip('\n').split('\n') + lines[at:]) + '\n'


def generate(seed):
    return Gen(seed).program()


def main(argv):
    if len(argv) >= 2 and argv[1] == '--range':
        a, b, d = int(argv[2]), int(argv[3]), argv[4]
        for s in range(a, b + 1):
            with open(f'{d}/s{s}.py', 'w', encoding='utf-8') as f:
                f.write(generate(s))
        return 0
    seed = int(argv[1])
    text = generate(seed)
    if len(argv) > 2:
        with open(argv[2], 'w', encoding='utf-8') as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
