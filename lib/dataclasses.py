"""Data classes for Dyad: the @dataclass decorator and its helpers (CPython 3.11 behaviour).

@dataclass collects the fields of a class (its annotated names, after those of dataclass
bases) and adds the methods its options ask for. The methods are real Python functions,
compiled from generated source with one exec per class, so that their signatures, argument
errors and qualified names are those of hand-written methods.
"""

import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


# --- sentinels and small public classes ------------------------------------------------------

class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class FrozenInstanceError(AttributeError):
    pass


class _Factory:
    # stands in an __init__ signature for the default of a field that has a default_factory
    __slots__ = ()

    def __repr__(self):
        return '<factory>'


_FACTORY = _Factory()


class _Kind:
    """What an annotated name is: a real field, a ClassVar or an InitVar."""
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _Kind('_FIELD')
_FIELD_CLASSVAR = _Kind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _Kind('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'

_ReadOnlyDict = type(type.__dict__)  # mappingproxy, without importing types
_NO_METADATA = _ReadOnlyDict({})
_GenericAlias = type(list[int])


class _SlotProbe:
    __slots__ = ('slot',)


_SlotMember = type(_SlotProbe.__dict__['slot'])  # member_descriptor


class InitVar:
    """InitVar[T] annotates a pseudo-field: an __init__ argument handed to __post_init__."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """The description of one field, as field() makes it and fields() returns it."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = self.type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = _NO_METADATA if metadata is None else _ReadOnlyDict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        shown = ','.join(f'{key}={getattr(self, key)!r}' for key in _FIELD_REPR_ORDER)
        return f'Field({shown},_field_type={self._field_type})'

    def __set_name__(self, owner, name):
        # a default that is itself a descriptor learns its name, as it would without field()
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(_GenericAlias)


_FIELD_REPR_ORDER = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
                     'compare', 'metadata', 'kw_only')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes a field beyond its annotation and default (see Field for the attributes)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        for key, value in zip(_DataclassParams.__slots__,
                              (init, repr, eq, order, unsafe_hash, frozen)):
            setattr(self, key, value)

    def __repr__(self):
        shown = ','.join(f'{key}={getattr(self, key)!r}' for key in _DataclassParams.__slots__)
        return f'_DataclassParams({shown})'


# --- telling ClassVar, InitVar and KW_ONLY annotations apart -------------------------------

def _is_classvar_object(obj, typing):
    return obj is typing.ClassVar or (type(obj) is typing._GenericAlias
                                      and obj.__origin__ is typing.ClassVar)


def _is_initvar_object(obj, module):
    return obj is InitVar or type(obj) is InitVar


def _is_kw_only_object(obj, module):
    return obj is KW_ONLY


def _leading_name(text):
    """For a string annotation: ('module', 'name') when it starts 'module.name', (None, 'name')
    when it starts with a bare name, None otherwise (whitespace around the parts is allowed)."""
    def word_end(i):
        while i < len(text) and (text[i].isalnum() or text[i] == '_'):
            i += 1
        return i

    def skip_space(i):
        while i < len(text) and text[i].isspace():
            i += 1
        return i

    start = skip_space(0)
    end = word_end(start)
    if end == start:
        return None
    dot = skip_space(end)
    if dot < len(text) and text[dot] == '.':
        second = skip_space(dot + 1)
        second_end = word_end(second)
        if second_end > second:
            return text[start:end], text[second:second_end]
    return None, text[start:end]


def _string_names(annotation, cls, module, test):
    """Whether the string annotation names an object passing test, looked up from the module
    that defines cls (directly, or through that module's name for `module`)."""
    parsed = _leading_name(annotation)
    if parsed is None:
        return False
    prefix, name = parsed
    home = sys.modules.get(cls.__module__)
    if prefix is None:
        namespace = home.__dict__
    elif home and home.__dict__.get(prefix) is module:
        namespace = module.__dict__
    else:
        return False
    return bool(namespace) and test(namespace.get(name), module)


def _annotation_is(annotation, cls, module, test):
    if test(annotation, module):
        return True
    return isinstance(annotation, str) and _string_names(annotation, cls, module, test)


# --- collecting fields -----------------------------------------------------------------------

def _make_field(cls, name, annotation, kw_only_default):
    # through getattr: an inherited class attribute is a default too, and a descriptor's is
    # what its __get__ gives for the class
    value = getattr(cls, name, MISSING)
    if isinstance(value, Field):
        f = value
    else:
        # a slot of the class (from its own __slots__) is no default
        f = field(default=MISSING if isinstance(value, _SlotMember) else value)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    typing = sys.modules.get('typing')
    if typing and _annotation_is(annotation, cls, typing, _is_classvar_object):
        f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD and _annotation_is(annotation, cls, sys.modules[__name__],
                                                   _is_initvar_object):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = kw_only_default
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: '
                         'use default_factory')
    return f


def _collect_fields(cls, kw_only):
    """cls's fields (those of dataclass bases first, then its own annotations in order) and
    whether some dataclass base exists, and whether one is frozen."""
    table = {}
    from_dataclass = frozen_base = False
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, _FIELDS, None)
        if inherited is None:
            continue
        from_dataclass = True
        for f in inherited.values():
            table[f.name] = f
        if getattr(base, _PARAMS).frozen:
            frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    marker_seen = False
    this_module = sys.modules[__name__]
    for name, annotation in annotations.items():
        if _annotation_is(annotation, cls, this_module, _is_kw_only_object):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            marker_seen = True
            kw_only = True
            continue
        own.append(_make_field(cls, name, annotation, kw_only))

    for f in own:
        table[f.name] = f
        # the class attribute becomes the plain default (or goes, when there is none)
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return table, from_dataclass, frozen_base


# --- generating the methods ------------------------------------------------------------------

class _MethodSource:
    """Source text of generated methods plus the values their bodies and signatures refer to.
    compile() runs it all in one exec, inside a function named __create_fn__ whose arguments
    carry those values."""

    def __init__(self):
        self.values = {}
        self.order = []
        self.text = []

    def refer(self, key, value):
        self.values[key] = value
        return key

    def method(self, name, params, body, returns=False):
        self.order.append(name)
        tail = ''
        if returns:
            tail = ' -> ' + self.refer('__dc_returns', None)
        self.text.append(f'  def {name}({", ".join(params)}){tail}:')
        self.text.extend('   ' + line for line in body)

    def compile(self, module_globals):
        if not self.order:
            return {}
        head = f'def __create_fn__({", ".join(self.values)}):'
        tail = f'  return ({", ".join(self.order)},)'
        scratch = {}
        exec('\n'.join([head, *self.text, tail]), module_globals, scratch)
        made = scratch['__create_fn__'](**self.values)
        return dict(zip(self.order, made))


def _as_tuple(owner, chosen):
    return '(' + ''.join(f'{owner}.{f.name},' for f in chosen) + ')'


def _init_source(src, table, positional, keyword, frozen, has_post_init, slots):
    wanted = [f for f in table.values() if f._field_type is not _FIELD_CLASSVAR]
    defaulted = None
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            defaulted = f
        elif defaulted is not None:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    me = '__dataclass_self__' if 'self' in table else 'self'

    def param(f):
        text = f'{f.name}:{src.refer("__dc_t_" + f.name, f.type)}'
        if f.default_factory is not MISSING:
            return text + '=__dc_factory'
        if f.default is not MISSING:
            return text + '=' + src.refer('__dc_d_' + f.name, f.default)
        return text

    params = [me] + [param(f) for f in positional]
    if keyword:
        params += ['*'] + [param(f) for f in keyword]
    src.refer('__dc_factory', _FACTORY)

    body = []
    for f in wanted:
        if f.default_factory is not MISSING:
            make = src.refer('__dc_f_' + f.name, f.default_factory) + '()'
            value = f'{make} if {f.name} is __dc_factory else {f.name}' if f.init else make
        elif f.init:
            value = f.name
        elif slots and f.default is not MISSING:
            value = src.refer('__dc_d_' + f.name, f.default)
        else:
            continue  # the class attribute holds the default
        if f._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            setter = src.refer('__dc_object_setattr', object.__setattr__)
            body.append(f'{setter}({me}, {f.name!r}, {value})')
        else:
            body.append(f'{me}.{f.name} = {value}')
    if has_post_init:
        extra = ', '.join(f.name for f in wanted if f._field_type is _FIELD_INITVAR)
        body.append(f'{me}.__post_init__({extra})')
    src.method('__init__', params, body or ['pass'], returns=True)


try:
    from _thread import get_ident as _thread_id
except ImportError:
    _thread_id = None  # a single thread: the object alone identifies a repr in progress


def _repr_guard(inner):
    """The generated __repr__ wrapped so that an object met again while its own repr is being
    built shows as '...' (per thread)."""
    busy = set()

    def __repr__(self):
        key = id(self) if _thread_id is None else (id(self), _thread_id())
        if key in busy:
            return '...'
        busy.add(key)
        try:
            return inner(self)
        finally:
            busy.discard(key)

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        setattr(__repr__, attr, getattr(inner, attr))
    __repr__.__dict__.update(inner.__dict__)
    __repr__.__wrapped__ = inner
    return __repr__


def _put(cls, name, value):
    """Sets cls.name unless the class body defined it; True when it was already there."""
    if name in cls.__dict__:
        return True
    if type(value) is type(_put):
        value.__qualname__ = f'{cls.__qualname__}.{name}'
    setattr(cls, name, value)
    return False


_COMPARISONS = (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>='))


def _hash_plan(unsafe_hash, eq, frozen, explicit):
    """'add', 'none' (set __hash__ = None), 'fail' or None (leave it) for the hash options."""
    if unsafe_hash:
        return 'fail' if explicit else 'add'
    if eq and not explicit:
        return 'add' if frozen else 'none'
    return None


_BUILTIN_CALLABLES = (type(object.__init__), type(object().__str__), type(len),
                      type(dict.__dict__['fromkeys']))


def _python_method(owner, name):
    # owner.name unless it is missing or a builtin (inspect looks only at methods written in
    # Python when it works out the signature of a class)
    meth = getattr(owner, name, None)
    return None if meth is None or isinstance(meth, _BUILTIN_CALLABLES) else meth


def _signature_text(cls, init_fn, positional, keyword):
    """str(inspect.signature(cls)) without ' -> None' (the text CPython puts in __doc__)."""
    meta_call = _python_method(type(cls), '__call__')
    if (meta_call is None and init_fn is not None and cls.__dict__.get('__init__') is init_fn
            and '__new__' not in cls.__dict__ and getattr(cls, '__signature__', None) is None):
        # the signature is that of the generated __init__, written here without inspect
        def show(f):
            text = f'{f.name}: {_annotation_text(f.type)}'
            if f.default_factory is not MISSING:
                return text + ' = <factory>'
            if f.default is not MISSING:
                return f'{text} = {f.default!r}'
            return text

        shown = [show(f) for f in positional]
        if keyword:
            shown += ['*'] + [show(f) for f in keyword]
        text = f'({", ".join(shown)}) -> None'
    else:
        text = _inspected_signature(cls, meta_call)
    return text.replace(' -> None', '')


def _inspected_signature(cls, meta_call):
    import inspect
    from types import MethodType
    try:
        if getattr(cls, '__signature__', None) is None:
            # the method inspect.signature(cls) would take: a metaclass __call__, else the
            # first __new__ or __init__ written in Python along the MRO
            chosen = meta_call
            if chosen is None:
                new = _python_method(cls, '__new__')
                init = _python_method(cls, '__init__')
                for base in cls.__mro__:
                    if new is not None and '__new__' in base.__dict__:
                        chosen = new
                        break
                    if init is not None and '__init__' in base.__dict__:
                        chosen = init
                        break
            if chosen is not None:
                return str(inspect.signature(MethodType(chosen, cls)))
        return str(inspect.signature(cls))
    except (TypeError, ValueError):
        return ''


def _annotation_text(annotation):
    # as inspect.formatannotation writes an annotation
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, _GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
             weakref_slot):
    home = sys.modules.get(cls.__module__)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    table, from_dataclass, frozen_base = _collect_fields(cls, kw_only)
    if from_dataclass:
        if frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if frozen and not frozen_base:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, table)

    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = not (own_hash is MISSING or (own_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    module_globals = home.__dict__ if home is not None else {}
    real = [f for f in table.values() if f._field_type is _FIELD]
    src = _MethodSource()
    in_init = [f for f in table.values() if f._field_type is not _FIELD_CLASSVAR and f.init]
    positional = [f for f in in_init if not f.kw_only]
    keyword = [f for f in in_init if f.kw_only]
    if init:
        _init_source(src, table, positional, keyword, frozen, hasattr(cls, '__post_init__'),
                     slots)
    if repr:
        parts = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in real if f.repr)
        src.method('__repr__', ['self'],
                   [f'return self.__class__.__qualname__ + f"({parts})"'])
    compared = [f for f in real if f.compare]
    mine, theirs = _as_tuple('self', compared), _as_tuple('other', compared)
    for name, op in ([('__eq__', '==')] if eq else []) + (list(_COMPARISONS) if order else []):
        src.method(name, ['self', 'other'],
                   ['if other.__class__ is self.__class__:',
                    f' return {mine} {op} {theirs}',
                    'return NotImplemented'])
    if frozen:
        src.refer('__dc_cls', cls)
        src.refer('__dc_frozen', FrozenInstanceError)
        src.refer('__dc_names', tuple(f.name for f in real))
        for name, params, verb in (('__setattr__', ['self', 'name', 'value'], 'assign to'),
                                   ('__delattr__', ['self', 'name'], 'delete')):
            src.method(name, params,
                       ['if type(self) is __dc_cls or name in __dc_names:',
                        f' raise __dc_frozen(f"cannot {verb} field {{name!r}}")',
                        f'super(__dc_cls, self).{name}({", ".join(params[1:])})'])
    plan = _hash_plan(unsafe_hash, eq, frozen, explicit_hash)
    if plan == 'add':
        hashed = [f for f in real if (f.compare if f.hash is None else f.hash)]
        src.method('__hash__', ['self'], [f'return hash({_as_tuple("self", hashed)})'])
    made = src.compile(module_globals)

    if init:
        _put(cls, '__init__', made['__init__'])
    if repr:
        _put(cls, '__repr__', _repr_guard(made['__repr__']))
    if eq:
        _put(cls, '__eq__', made['__eq__'])
    if order:
        for name, _ in _COMPARISONS:
            if _put(cls, name, made[name]):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        for name in ('__setattr__', '__delattr__'):
            if _put(cls, name, made[name]):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
    if plan == 'fail':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if plan == 'none':
        cls.__hash__ = None
    elif plan == 'add':
        made['__hash__'].__qualname__ = f'{cls.__qualname__}.__hash__'
        cls.__hash__ = made['__hash__']

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(cls, made.get('__init__'), positional,
                                                     keyword)
    if match_args:
        _put(cls, '__match_args__', tuple(f.name for f in positional))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)
    if hasattr(cls, '__abstractmethods__'):
        import abc
        abc.update_abstractmethods(cls)
    return cls


# --- slots=True --------------------------------------------------------------------------------

def _declared_slots(cls):
    declared = cls.__dict__.get('__slots__')
    if declared is None:
        return ()
    if isinstance(declared, str):
        return (declared,)
    if hasattr(declared, '__next__'):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return declared


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _with_slots(cls, frozen, weakref_slot):
    """A copy of cls created with __slots__ for its fields (slots cannot be added later)."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    namespace = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(_declared_slots(base))
    wanted = names + (('__weakref__',) if weakref_slot else ())
    namespace['__slots__'] = tuple(name for name in wanted if name not in taken)
    for name in names + ('__dict__', '__weakref__'):
        namespace.pop(name, None)
    qualname = getattr(cls, '__qualname__', None)
    remade = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        remade.__qualname__ = qualname
    if frozen:
        if '__getstate__' not in namespace:
            remade.__getstate__ = _dataclass_getstate
        if '__setstate__' not in namespace:
            remade.__setstate__ = _dataclass_setstate
    return remade


# --- the public functions ----------------------------------------------------------------------

def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Turns a class with annotated fields into a dataclass; usable bare or with options."""
    def decorate(cls):
        return _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                        slots, weakref_slot)

    return decorate if cls is None else decorate(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass (or instance), without ClassVar and InitVar ones."""
    try:
        table = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _is_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass and for an instance of one."""
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        return hasattr(obj, _FIELDS)
    return hasattr(type(obj), _FIELDS)


def _unpack(obj, record):
    # dataclass instances become record(instance); containers are rebuilt around converted
    # items; anything else is deep-copied
    if _is_instance(obj):
        return record(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_unpack(item, record) for item in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_unpack(item, record) for item in obj)
    if isinstance(obj, dict):
        return type(obj)((_unpack(k, record), _unpack(v, record)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of its fields, converting nested values recursively."""
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def record(inst):
        return dict_factory([(f.name, _unpack(getattr(inst, f.name), record))
                             for f in fields(inst)])

    return record(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its field values, converting them recursively."""
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def record(inst):
        return tuple_factory([_unpack(getattr(inst, f.name), record) for f in fields(inst)])

    return record(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class, made from obj's init fields updated with changes."""
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
        elif f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False):
    """A new dataclass named cls_name; fields holds names, (name, type) pairs or (name, type,
    default-or-Field) triples."""
    from keyword import iskeyword
    import types
    annotations = {}
    values = {}
    for spec in fields:
        if isinstance(spec, str):
            name, kind = spec, 'typing.Any'
        elif len(spec) == 2:
            name, kind = spec
        elif len(spec) == 3:
            name, kind, default = spec
            values[name] = default
        else:
            raise TypeError(f'Invalid field: {spec!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = kind

    def fill(ns):
        ns.update({} if namespace is None else namespace)
        ns.update(values)
        ns['__annotations__'] = annotations

    made = types.new_class(cls_name, bases, {}, fill)
    return dataclass(made, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
