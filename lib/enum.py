"""Enumerations: a Dyad implementation of the core of CPython's enum module (Enum, IntEnum,
StrEnum, Flag, IntFlag, auto, unique, the functional API).

EnumType.__prepare__ hands the class body a dict that records member names in order; EnumType
then turns each plain value into a singleton member (name, value) and rejects reassignments.
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto", "unique"]


class auto:
    """Placeholder value: replaced by _generate_next_value_ (1, 2, ... for Enum)."""

    _counter = 0

    def __init__(self):
        auto._counter += 1
        self._order = auto._counter
        self.value = _auto_null

    def __repr__(self):
        return "auto(%r)" % self.value


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1:2] != "_" and name[-2:-1] != "_"


def _is_private(cls_name, name):
    pattern = f"_{cls_name}__"
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith("__")


class _EnumDict(dict):
    """The class-body namespace of an enum: remembers the member names in definition order."""

    def __init__(self, cls_name=None, generate=None):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._cls_name = cls_name
        self._generate = generate

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key) or _is_dunder(key) or _is_sunder(key) \
                or _is_descriptor(value) or isinstance(value, type):
            if key in self._member_names:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            super().__setitem__(key, value)
            return
        if key in self._member_names:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        if key in self:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        if isinstance(value, auto):
            if value.value is _auto_null:
                gen = self.get("_generate_next_value_", self._generate)
                value.value = gen(key, 1, len(self._member_names), list(self._last_values))
            value = value.value
        self._member_names.append(key)
        self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass of Enum: the class is a container of its members."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = None
        for base in bases:
            for klass in base.__mro__:
                if "_generate_next_value_" in klass.__dict__:
                    generate = klass.__dict__["_generate_next_value_"]
                    if isinstance(generate, staticmethod):
                        generate = generate.__func__
                    break
            if generate is not None:
                break
        return _EnumDict(cls, generate or _default_next_value)

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = list(getattr(classdict, "_member_names", []))
        values = {name: dict.__getitem__(classdict, name) for name in member_names}
        namespace = {k: v for k, v in classdict.items() if k not in values}
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        member_type, first_enum = _find_data_type(bases)
        namespace["_member_names_"] = []
        namespace["_member_map_"] = {}
        namespace["_value2member_map_"] = {}
        namespace["_member_type_"] = member_type
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        # repr/str/format inherited from the data type (or object) give way to the enum's.
        if first_enum is not None:
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found == getattr(object, name) or found == getattr(member_type, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        for name in member_names:
            value = values[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if not hasattr(member, "_value_"):
                member._value_ = value if member_type is object else member_type(*args)
            member._name_ = name
            member.__objclass__ = enum_class
            member.__init__(*args)
            canonical = None
            for other in enum_class._member_names_:
                existing = enum_class._member_map_[other]
                if existing._value_ == member._value_:
                    canonical = existing
                    break
            if canonical is not None:
                member = canonical
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(member._value_, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        flag_init = getattr(enum_class, "_flag_class_init_", None)
        if flag_init is not None:
            flag_init()
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            # Lookup by value (the data type's __new__ only makes members, at class creation).
            return Enum.__new__(cls, value)
        # The functional API: Enum('Name', 'A B C') and its other forms of `names`.
        if module is None:
            import sys
            try:
                module = sys._getframe(1).f_globals.get('__name__')
            except (AttributeError, ValueError):
                pass
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            given, names, last_values = names, [], []
            for count, name in enumerate(given):
                value = classdict._generate(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return True
        return member in cls._value2member_map_ or any(
            m._value_ == member for m in cls._member_map_.values())

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__}: cannot delete Enum member {attr!r}.")
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        kind = "flag" if getattr(cls, "_flag_class_init_", None) is not None else "enum"
        return f"<{kind} {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)


EnumMeta = EnumType


def _default_next_value(name, start, count, last_values):
    if not last_values:
        return start
    try:
        last = sorted(last_values)[-1] if all(isinstance(v, int) for v in last_values) else last_values[-1]
        return last + 1
    except TypeError:
        raise TypeError(f"unable to sort non-numeric values") from None


def _find_data_type(bases):
    member_type = object
    first_enum = None
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if first_enum is None:
                    first_enum = base
                if base._member_type_ is not object:
                    member_type = base._member_type_
                    break
                continue
            if "__new__" in base.__dict__ or base in (int, str, float, tuple, bytes):
                member_type = base
                break
    return member_type, first_enum


class Enum(metaclass=EnumType):
    """Base of enumerations: members are the class attributes given plain values."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member")

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _default_next_value(name, start, count, last_values)

    def __repr__(self):
        return f"<{self.__class__.__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """An Enum whose str() and format() are those of its data type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs."""

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator: refuses aliases (two names for one value)."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        alias_details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {alias_details}")
    return enumeration


def _bit_names(cls, value):
    """The canonical one-bit members inside value (definition order) and the bits left over."""
    names = []
    rest = value
    for name in cls._member_names_:
        v = cls._member_map_[name]._value_
        if v & value == v:
            names.append(name)
            rest &= ~v
    return names, rest


class Flag(Enum):
    """Members are bit flags: |, &, ^ and ~ combine them into (possibly unnamed) members."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        try:
            return 1 << high.bit_length()
        except AttributeError:
            raise TypeError(f"invalid flag value {high!r}") from None

    @classmethod
    def _flag_class_init_(cls):
        # Only one-bit members are canonical (iterated); multi-bit members stay aliases.
        names = []
        mask = 0
        for name in cls._member_names_:
            v = cls._member_map_[name]._value_
            mask |= v
            if v and v & (v - 1) == 0:
                names.append(name)
        type.__setattr__(cls, "_member_names_", names)
        type.__setattr__(cls, "_flag_mask_", mask)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        mask = cls._flag_mask_
        if value & ~mask and not cls._keep_extra_bits_:
            width = max(mask.bit_length(), value.bit_length())
            raise ValueError(f"{cls!r} invalid value {value!r}\n"
                             f"    given {_bin(value, width)}\n"
                             f"  allowed {_bin(mask, width)}")
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, value)
        member._value_ = value
        names, rest = _bit_names(cls, value)
        if names and rest:
            names.append(str(rest))
        member._name_ = "|".join(names) if names else None
        return cls._value2member_map_.setdefault(value, member)

    _keep_extra_bits_ = False

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"<{cls_name}: {self._value_!r}>"
        return f"<{cls_name}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"{cls_name}({self._value_!r})"
        return f"{cls_name}.{self._name_}"

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                            f"and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for name in self.__class__._member_names_:
            member = self.__class__._member_map_[name]
            if member._value_ & self._value_ == member._value_:
                yield member

    def __len__(self):
        return sum(1 for _ in self)

    def __hash__(self):
        return hash(self._name_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        return None

    def __or__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ & ~self._value_)


def _bin(num, width):
    digits = bin(num)[2:].zfill(width)
    return "0b0 " + digits


class IntFlag(int, ReprEnum, Flag):
    """Flag whose members are also ints (extra bits are kept)."""

    _keep_extra_bits_ = True

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    def _other_value(self, other):
        if isinstance(other, int):
            return int(other)
        return None

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __hash__ = int.__hash__
    __repr__ = Flag.__repr__
