"""inspect for Dyad: type predicates, docstrings, members, generator/coroutine states, source
code (getsource and friends, in _dyad_inspect_source), getattr_static, and call signatures
(Signature, Parameter, BoundArguments) of Python-level callables."""

import sys
import builtins as _builtins
import types as _types
import collections as _collections
from functools import partial as _partial
from keyword import iskeyword

# Code object flags (the values CPython uses in co_flags).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20

GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = (
    'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED')
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = (
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED')


# ================================================================ predicates

def _instance_check(kind):
    def predicate(object):
        return isinstance(object, kind)
    return predicate


ismodule = _instance_check(_types.ModuleType)
isclass = _instance_check(type)
ismethod = _instance_check(_types.MethodType)
isfunction = _instance_check(_types.FunctionType)
isgenerator = _instance_check(_types.GeneratorType)
iscoroutine = _instance_check(_types.CoroutineType)
isasyncgen = _instance_check(_types.AsyncGeneratorType)
istraceback = _instance_check(_types.TracebackType)
isframe = _instance_check(_types.FrameType)
iscode = _instance_check(_types.CodeType)
isbuiltin = _instance_check(_types.BuiltinFunctionType)
ismethodwrapper = _instance_check(_types.MethodWrapperType)
isgetsetdescriptor = _instance_check(_types.GetSetDescriptorType)
ismemberdescriptor = _instance_check(_types.MemberDescriptorType)
for _name, _fn in list(globals().items()):
    if _name.startswith('is') and getattr(_fn, '__name__', None) == 'predicate':
        _fn.__name__ = _fn.__qualname__ = _name
del _name, _fn


def _code_has(obj, flag):
    while True:
        if isinstance(obj, _partial):
            obj = obj.func
        elif isinstance(obj, _types.MethodType):
            obj = obj.__func__
        else:
            break
    if not isinstance(obj, _types.FunctionType):
        return False
    return bool(obj.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _code_has(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _code_has(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _code_has(obj, CO_ASYNC_GENERATOR)


def isawaitable(object):
    if isinstance(object, _types.CoroutineType):
        return True
    if isinstance(object, _types.GeneratorType):
        if object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
            return True
    return getattr(type(object), '__await__', None) is not None


def _plain_callable(object):
    return isinstance(object, (type, _types.MethodType, _types.FunctionType))


def ismethoddescriptor(object):
    if _plain_callable(object):
        return False
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(object):
    if _plain_callable(object):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def isroutine(object):
    return (isinstance(object, (_types.BuiltinFunctionType, _types.FunctionType, _types.MethodType,
                                _types.MethodWrapperType))
            or ismethoddescriptor(object))


def isabstract(object):
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', False))


# ================================================================ members, docs, modules

def getmembers(object, predicate=None):
    found = {}
    for name in dir(object):
        try:
            value = getattr(object, name)
        except AttributeError:
            # A class may list a name whose descriptor refuses class access: use the raw entry.
            raw = _raw_class_attribute(object, name)
            if raw is _MISSING:
                continue
            value = raw
        if predicate is None or predicate(value):
            found[name] = value
    return sorted(found.items(), key=lambda item: item[0])


_MISSING = object()


def _raw_class_attribute(object, name):
    if isinstance(object, type):
        for klass in object.__mro__:
            if name in klass.__dict__:
                return klass.__dict__[name]
    return _MISSING


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    first, rest = lines[0].lstrip(), lines[1:]
    indents = [len(line) - len(line.lstrip()) for line in rest if line.lstrip()]
    if indents:
        cut = min(indents)
        rest = [line[cut:] for line in rest]
    lines = [first] + rest
    start, stop = 0, len(lines)
    while stop > start and not lines[stop - 1]:
        stop -= 1
    while start < stop and not lines[start]:
        start += 1
    return '\n'.join(lines[start:stop])


def _owner_class(func):
    """The class a function was defined in, found through __qualname__ and its module."""
    module = sys.modules.get(getattr(func, '__module__', None))
    path = getattr(func, '__qualname__', '').split('.')[:-1]
    owner = module
    for part in path:
        if part == '<locals>' or owner is None:
            return None
        owner = getattr(owner, part, None)
    return owner if isinstance(owner, type) else None


def _inherited_doc(object):
    """A docstring for an object without one, taken from what it overrides."""
    if isinstance(object, type):
        for klass in object.__mro__:
            if klass is not _builtins.object and klass.__doc__ is not None:
                return klass.__doc__
        return None
    if isinstance(object, _types.MethodType):
        name = object.__func__.__name__
        owner = object.__self__
        if not (isinstance(owner, type) and
                getattr(getattr(owner, name, None), '__func__', None) is object.__func__):
            owner = type(owner)
    elif isinstance(object, _types.FunctionType):
        name = object.__name__
        owner = _owner_class(object)
        if owner is None or getattr(owner, name, None) is not object:
            return None
    elif isinstance(object, property):
        name = getattr(object.fget, '__name__', None)
        owner = _owner_class(object.fget)
        if owner is None or name is None or getattr(owner, name, None) is not object:
            return None
    else:
        return None
    docs = (getattr(getattr(klass, name, _MISSING), '__doc__', None) for klass in owner.__mro__
            if hasattr(klass, name))
    return next((doc for doc in docs if doc is not None), None)


def getdoc(object):
    doc = getattr(object, '__doc__', _MISSING)
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            doc = None
    return cleandoc(doc) if isinstance(doc, str) else None


def getmodule(object, _filename=None):
    if isinstance(object, _types.ModuleType):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    name = getattr(object, '__name__', None)
    if name is None:
        return None
    for candidate in (sys.modules.get('__main__'), sys.modules.get('builtins')):
        if candidate is not None and getattr(candidate, name, _MISSING) is object:
            return candidate
    return None


def unwrap(func, *, stop=None):
    start = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__') and (stop is None or not stop(func)):
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(start))
        seen.add(id(func))
    return func


def currentframe():
    return sys._getframe(1)


from _dyad_inspect_source import (getfile, getsourcefile, findsource, getsourcelines, getsource,
                                  getblock, indentsize)
from _dyad_inspect_frames import (Traceback, FrameInfo, getframeinfo, getouterframes,
                                  getinnerframes, stack, trace, getlineno)


def getmro(cls):
    return cls.__mro__


def _static_lookup(klass, attr):
    for entry in type.__dict__['__mro__'].__get__(klass):
        d = type.__dict__['__dict__'].__get__(entry)
        if attr in d:
            return d[attr]
    return _MISSING


def getattr_static(obj, attr, default=_MISSING):
    """The attribute as the instance or class dictionaries hold it, without running
    descriptors, __getattr__ or __getattribute__."""
    if not isinstance(obj, type):
        klass = type(obj)
        try:
            instance_dict = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            instance_dict = {}
        klass_result = _static_lookup(klass, attr)
        is_data = klass_result is not _MISSING and (hasattr(type(klass_result), '__set__')
                                                   or hasattr(type(klass_result), '__delete__'))
        if attr in instance_dict and not is_data:
            return instance_dict[attr]
        if klass_result is not _MISSING:
            return klass_result
    else:
        klass = obj
        result = _static_lookup(klass, attr)
        if result is not _MISSING:
            return result
        meta_result = _static_lookup(type(klass), attr)
        if meta_result is not _MISSING:
            return meta_result
    if default is not _MISSING:
        return default
    raise AttributeError(attr)


def _run_state(obj, prefix, names):
    created, running, suspended, closed = names
    if getattr(obj, prefix + 'running'):
        return running
    if getattr(obj, prefix + 'suspended', False):
        return suspended
    if getattr(obj, prefix + 'frame') is None:
        return closed
    return created


def getgeneratorstate(generator):
    return _run_state(generator, 'gi_', (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))


def getcoroutinestate(coroutine):
    return _run_state(coroutine, 'cr_', (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED))


def _frame_locals(obj, attr):
    frame = getattr(obj, attr, None)
    return {} if frame is None else frame.f_locals


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError(f'{generator!r} is not a Python generator')
    return _frame_locals(generator, 'gi_frame')


def getcoroutinelocals(coroutine):
    return _frame_locals(coroutine, 'cr_frame')


# ================================================================ annotations

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        table = obj.__dict__.get('__annotations__', None)
        home = sys.modules.get(getattr(obj, '__module__', None))
        default_globals = getattr(home, '__dict__', None)
        default_locals = dict(vars(obj))
        target = obj
    elif isinstance(obj, _types.ModuleType):
        table = getattr(obj, '__annotations__', None)
        default_globals = getattr(obj, '__dict__')
        default_locals = None
        target = obj
    elif callable(obj):
        table = getattr(obj, '__annotations__', None)
        target = obj
        while True:
            if hasattr(target, '__wrapped__'):
                target = target.__wrapped__
            elif _is_partial(target):
                target = target.func
            else:
                break
        default_globals = getattr(target, '__globals__', getattr(obj, '__globals__', None))
        default_locals = None
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if table is None:
        return {}
    if not isinstance(table, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not table or not eval_str:
        return dict(table)
    if globals is None:
        globals = default_globals
    if locals is None:
        locals = default_locals
    result = {}
    for key, value in table.items():
        result[key] = eval(value, globals, locals) if isinstance(value, str) else value
    return result


def _is_partial(obj):
    return isinstance(obj, _partial)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        import re
        return re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'), repr(annotation))
    if isinstance(annotation, _types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        module = annotation.__module__
        if module == 'builtins' or module == base_module:
            return annotation.__qualname__
        return module + '.' + annotation.__qualname__
    return repr(annotation)


# ================================================================ signature objects

def _equal_by(self, other, kind, key):
    """__eq__ shared by Parameter, BoundArguments and Signature: same class family, same key."""
    if other is self:
        return True
    return key(self) == key(other) if isinstance(other, kind) else NotImplemented


class _empty:
    """Marker for "no default" / "no annotation"."""


class _void:
    """Marker for "argument not given" in replace()."""


class _ParameterKind(int):
    __slots__ = ()
    _table = (('POSITIONAL_ONLY', 'positional-only'),
              ('POSITIONAL_OR_KEYWORD', 'positional or keyword'),
              ('VAR_POSITIONAL', 'variadic positional'),
              ('KEYWORD_ONLY', 'keyword-only'),
              ('VAR_KEYWORD', 'variadic keyword'))
    _members = []

    def __new__(cls, value):
        if cls._members:
            if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 5:
                return cls._members[value]
            if isinstance(value, cls):
                return value
            raise ValueError('%r is not a valid %s' % (value, cls.__name__))
        return int.__new__(cls, value)

    name = property(lambda self: self._table[self][0])
    description = property(lambda self: self._table[self][1])
    value = property(int)

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self.name, self)

    def __str__(self):
        return self.name

    def __reduce__(self):
        return (_ParameterKind, (int(self),))


_ParameterKind._members.extend(int.__new__(_ParameterKind, i) for i in range(5))
(_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL,
 _KEYWORD_ONLY, _VAR_KEYWORD) = _ParameterKind._members
_VARIADIC = (_VAR_POSITIONAL, _VAR_KEYWORD)


class Parameter:
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if type(kind) is not _ParameterKind:
            try:
                kind = _ParameterKind(kind)
            except (ValueError, TypeError):
                raise ValueError(f'value {kind!r} is not a valid Parameter.kind') from None
        if default is not _empty and kind in _VARIADIC:
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[:1] == '.' and name[1:].isdigit():
            # The hidden argument of a comprehension's code object.
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 'arguments, not {}'.format(kind.description))
            kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        if not name.isidentifier() or (iskeyword(name) and kind != _POSITIONAL_ONLY):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        pick = lambda given, current: current if given is _void else given
        return type(self)(pick(name, self._name), pick(kind, self._kind),
                          default=pick(default, self._default),
                          annotation=pick(annotation, self._annotation))

    def __str__(self):
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if annotated else '=') + repr(self._default)
        stars = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '')
        return stars + text

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def _key(self):
        return (self._name, self._kind, self._annotation, self._default)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        return _equal_by(self, other, Parameter, Parameter._key)


for _kind in _ParameterKind._members:
    setattr(Parameter, _kind.name, _kind)
del _kind


class BoundArguments:
    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    def _split(self):
        """Index of the first parameter that has to be passed by keyword."""
        params = list(self._signature._parameters.values())
        for index, param in enumerate(params):
            if param.kind >= _KEYWORD_ONLY or param.name not in self.arguments:
                return params, index
        return params, len(params)

    @property
    def args(self):
        params, split = self._split()
        result = []
        for param in params[:split]:
            value = self.arguments[param.name]
            if param.kind == _VAR_POSITIONAL:
                result.extend(value)
            else:
                result.append(value)
        return tuple(result)

    @property
    def kwargs(self):
        params, split = self._split()
        result = {}
        for param in params[split:]:
            if param.name not in self.arguments:
                continue
            value = self.arguments[param.name]
            if param.kind == _VAR_KEYWORD:
                result.update(value)
            else:
                result[param.name] = value
        return result

    def apply_defaults(self):
        filled = {}
        for name, param in self._signature._parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind == _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        return _equal_by(self, other, BoundArguments, lambda b: (b.signature, b.arguments))

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __repr__(self):
        shown = ', '.join('%s=%r' % item for item in self.arguments.items())
        return '<%s (%s)>' % (type(self).__name__, shown)


def _check_order(params):
    """Raise ValueError unless the parameters could come from one def statement."""
    names = set()
    highest = _POSITIONAL_ONLY
    defaulted = False
    for param in params:
        kind = param.kind
        if kind < highest:
            raise ValueError('wrong parameter order: {} parameter before {} parameter'
                             .format(highest.description, kind.description))
        highest = kind
        if kind <= _POSITIONAL_OR_KEYWORD:
            if param.default is not _empty:
                defaulted = True
            elif defaulted:
                raise ValueError('non-default argument follows default argument')
        if param.name in names:
            raise ValueError('duplicate parameter name: {!r}'.format(param.name))
        names.add(param.name)


class Signature:
    __slots__ = ('_parameters', '_return_annotation', '_view')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = [] if parameters is None else list(parameters)
        if __validate_parameters__:
            _check_order(params)
        self._parameters = {p.name: p for p in params}
        self._return_annotation = return_annotation
        self._view = None

    @property
    def parameters(self):
        # Built on first use: a read-only OrderedDict view, as CPython exposes.
        if self._view is None:
            self._view = _types.MappingProxyType(_collections.OrderedDict(self._parameters))
        return self._view
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_of(obj, follow_wrapped, True, globals, locals, eval_str)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _identity(self):
        ordered = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        unordered = frozenset(p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY)
        return ordered, unordered, self._return_annotation

    def __hash__(self):
        return hash(self._identity())

    def __eq__(self, other):
        return _equal_by(self, other, Signature, Signature._identity)

    def _bind(self, args, kwargs, *, partial=False):
        bound = {}
        keywords = dict(kwargs)
        pending = list(args)
        pending.reverse()
        collector = None
        for param in self._parameters.values():
            name, kind = param.name, param.kind
            if kind == _VAR_KEYWORD:
                collector = param
                continue
            if kind == _VAR_POSITIONAL:
                if pending:
                    pending.reverse()
                    bound[name] = tuple(pending)
                    pending = []
                continue
            if pending:
                if kind == _KEYWORD_ONLY:
                    raise TypeError('too many positional arguments') from None
                if kind == _POSITIONAL_OR_KEYWORD and name in keywords:
                    raise TypeError('multiple values for argument {!r}'.format(name)) from None
                bound[name] = pending.pop()
                continue
            if name in keywords:
                if kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, but was passed as a '
                                    'keyword'.format(name))
                bound[name] = keywords.pop(name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(name)) from None
        if pending:
            raise TypeError('too many positional arguments') from None
        if keywords:
            if collector is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(keywords))))
            bound[collector.name] = keywords
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __str__(self):
        pieces = []
        previous = None
        for param in self._parameters.values():
            kind = param.kind
            if previous == _POSITIONAL_ONLY and kind != _POSITIONAL_ONLY:
                pieces.append('/')
            if kind == _KEYWORD_ONLY and (previous is None or previous < _VAR_POSITIONAL):
                pieces.append('*')
            pieces.append(str(param))
            previous = kind
        if previous == _POSITIONAL_ONLY:
            pieces.append('/')
        text = '(' + ', '.join(pieces) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self)


# ================================================================ computing signatures

def _parameters_from_code(func, annotations):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = npos - len(defaults)
    note = lambda n: annotations.get(n, _empty)
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        yield Parameter(name, kind, default=default, annotation=note(name))
    extra = npos + nkw
    if code.co_flags & CO_VARARGS:
        yield Parameter(names[extra], _VAR_POSITIONAL, annotation=note(names[extra]))
        extra += 1
    for name in names[npos:npos + nkw]:
        yield Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                        annotation=note(name))
    if code.co_flags & CO_VARKEYWORDS:
        yield Parameter(names[extra], _VAR_KEYWORD, annotation=note(names[extra]))


def _from_function(func, globals, locals, eval_str):
    annotations = func.__annotations__
    if eval_str or type(annotations) is not dict:
        annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    return Signature(list(_parameters_from_code(func, annotations)),
                     return_annotation=annotations.get('return', _empty),
                     __validate_parameters__=False)


def _from_text_signature(text):
    """The Signature a builtin's __text_signature__ ('($module, obj, /)') describes, or None
    when it has a default Python cannot spell (<unrepresentable>)."""
    if not text.startswith('(') or '<unrepresentable>' in text:
        return None
    params = [p.strip() for p in ' '.join(text[1:-1].split()).split(',')]
    if params and params[0].startswith('$'):
        params = params[1:]
    if params and params[0] == '/':
        params = params[1:]
    namespace = {}
    try:
        exec('def _builtin(' + ', '.join(params) + '): pass', {'sys': sys}, namespace)
    except SyntaxError:
        return None
    return _from_function(namespace['_builtin'], None, None, False)


def _drop_first(sig):
    """The signature once the first argument is bound (as for a bound method)."""
    params = list(sig._parameters.values())
    if not params or params[0].kind >= _KEYWORD_ONLY:
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _from_partial(sig, partial):
    """The signature left after functools.partial's stored arguments."""
    try:
        bound = sig.bind_partial(*partial.args, **partial.keywords)
    except TypeError as exc:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from exc
    given = bound.arguments
    kept, tail = [], []
    keywords_only = False
    for param in sig._parameters.values():
        name, kind = param.name, param.kind
        if name in given:
            if kind == _POSITIONAL_ONLY:
                continue
            if kind == _POSITIONAL_OR_KEYWORD:
                if name not in partial.keywords:
                    continue
                # Given by keyword: it and everything after it can only be passed by keyword.
                keywords_only = True
                param = param.replace(default=given[name])
            elif kind == _KEYWORD_ONLY:
                param = param.replace(default=given[name])
        if keywords_only:
            if kind == _VAR_POSITIONAL:
                continue
            if kind == _POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=_KEYWORD_ONLY)
            tail.append(param)
        else:
            kept.append(param)
    return sig.replace(parameters=kept + tail)


_SLOT_TYPES = (_types.WrapperDescriptorType, _types.MethodWrapperType,
               _types.ClassMethodDescriptorType, _types.BuiltinFunctionType)


def _user_method(owner, name):
    try:
        found = getattr(owner, name)
    except AttributeError:
        return None
    if isinstance(found, _SLOT_TYPES) or isinstance(found, _types.MethodDescriptorType):
        return None
    return found


def _signature_of(obj, follow, skip_bound, globals, locals, eval_str):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    again = lambda target: _signature_of(target, follow, skip_bound, globals, locals, eval_str)
    bound_view = _drop_first if skip_bound else (lambda sig: sig)

    if isinstance(obj, _types.MethodType):
        return bound_view(again(obj.__func__))
    if follow:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, _types.MethodType):
            return again(obj)
    try:
        declared = obj.__signature__
    except AttributeError:
        declared = None
    if declared is not None:
        if not isinstance(declared, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(declared))
        return declared
    if isinstance(obj, _types.FunctionType):
        return _from_function(obj, globals, locals, eval_str)
    if isinstance(obj, (_types.BuiltinFunctionType, _types.MethodDescriptorType,
                        _types.WrapperDescriptorType, _types.MethodWrapperType,
                        _types.ClassMethodDescriptorType)):
        text = getattr(obj, '__text_signature__', None)
        if not text:
            raise ValueError('no signature found for builtin {!r}'.format(obj))
        sig = _from_text_signature(text)
        if sig is None:
            raise ValueError('{!r} builtin has invalid signature'.format(obj))
        return sig
    if _is_partial(obj):
        return _from_partial(again(obj.func), obj)
    if isinstance(obj, type):
        meta_call = _user_method(type(obj), '__call__')
        if meta_call is not None:
            return bound_view(again(meta_call))
        maker = _user_method(obj, '__new__')
        setup = _user_method(obj, '__init__')
        for klass in obj.__mro__:
            if maker is not None and '__new__' in klass.__dict__:
                return bound_view(again(maker))
            if setup is not None and '__init__' in klass.__dict__:
                return bound_view(again(setup))
        if type not in obj.__mro__:
            if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                return Signature()
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    call = _user_method(type(obj), '__call__')
    if call is not None:
        return bound_view(again(call))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


FullArgSpec = _collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    try:
        sig = _signature_of(func, False, False, None, None, False)
    except Exception as exc:
        raise TypeError('unsupported callable') from exc
    positional, defaults, kwonly, kwdefaults = [], [], [], {}
    star = starstar = None
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig._parameters.values():
        name, kind = param.name, param.kind
        if param.annotation is not _empty:
            annotations[name] = param.annotation
        if kind == _VAR_POSITIONAL:
            star = name
        elif kind == _VAR_KEYWORD:
            starstar = name
        elif kind == _KEYWORD_ONLY:
            kwonly.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            positional.append(name)
            if param.default is not _empty:
                defaults.append(param.default)
    return FullArgSpec(positional, star, starstar, tuple(defaults) or None, kwonly,
                       kwdefaults or None, annotations)


# ================================================================ closures

ClosureVars = _collections.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """The current values of the names func's code refers to outside itself: its closure's
    cells (by co_freevars), and each of co_names (attribute names included, nested code
    objects not searched) found in its globals, else in the builtins those globals name, else
    unbound."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError(f'{func!r} is not a Python function')
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocal_vars = {name: cell.cell_contents for name, cell in zip(code.co_freevars, cells)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', _builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars, builtin_vars, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        try:
            global_vars[name] = global_ns[name]
        except KeyError:
            try:
                builtin_vars[name] = builtin_ns[name]
            except KeyError:
                unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)
