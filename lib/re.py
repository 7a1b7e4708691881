"""Regular expressions (CPython 3.11's `re` API) on top of Dyad's native engine `_sre`.

The engine (src/modules/re/: parser, compiler, backtracking matcher) parses a pattern, compiles
it and finds matches; this file is the API: RegexFlag, re.error, Pattern and Match objects,
the module functions with the compiled-pattern cache, replacement templates (\\1, \\g<name>),
sub/subn/split/findall/finditer over the engine's match lists, and escape().
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807


_FLAG_ORDER = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
               ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))
_FLAG_MASK = 511


class _FlagType(type):
    """Metaclass of RegexFlag: the class iterates over its members, like an enum.IntFlag.

    RegexFlag is written out here rather than derived from enum.IntFlag: importing enum was
    most of the cost of `import re`."""

    def __iter__(cls):
        return iter([cls(v) for _, v in _FLAG_ORDER])

    def __len__(cls):
        return len(_FLAG_ORDER)

    def __contains__(cls, value):
        return isinstance(value, cls)

    def __getitem__(cls, name):
        return cls.__members__[name]

    @property
    def __members__(cls):
        members = {'NOFLAG': cls(0)}
        for name, v in _FLAG_ORDER:
            members[name] = cls(v)
        for alias, name in (('A', 'ASCII'), ('I', 'IGNORECASE'), ('L', 'LOCALE'), ('U', 'UNICODE'),
                            ('M', 'MULTILINE'), ('S', 'DOTALL'), ('X', 'VERBOSE'), ('T', 'TEMPLATE')):
            members[alias] = members[name]
        return members

    def __repr__(cls):
        return "<flag 'RegexFlag'>"


class RegexFlag(int, metaclass=_FlagType):
    """The flags of re (an int; members ASCII, IGNORECASE, ... with aliases A, I, ...)."""

    __module__ = 're'
    _cache = {}

    def __new__(cls, value=0):
        if type(value) is cls:
            return value
        if not isinstance(value, int):
            raise ValueError('%r is not a valid RegexFlag' % (value,))
        value = int(value)
        if value < 0:
            value &= _FLAG_MASK
        flag = cls._cache.get(value)
        if flag is None:
            flag = int.__new__(cls, value)
            cls._cache[value] = flag
        return flag

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        value = int(self)
        if value == 0:
            return 'NOFLAG'
        names = []
        for name, bit in _FLAG_ORDER:
            if value & bit:
                names.append(name)
                value &= ~bit
        if not names:
            return None
        if value:
            names.append(hex(value))
        return '|'.join(names)

    def __repr__(self):
        value = int(self)
        names = []
        for name, bit in _FLAG_ORDER:
            if value & bit:
                names.append('re.' + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        if not names:
            return 're.NOFLAG'
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_FLAG_MASK ^ int(self))

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(other).__qualname__, type(self).__qualname__))
        return int(other) & int(self) == int(other)

    def __iter__(self):
        value = int(self)
        return iter([RegexFlag(bit) for bit in sorted(b for _, b in _FLAG_ORDER) if value & bit])

    def __reduce_ex__(self, proto):
        return RegexFlag, (int(self),)


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)
for _name, _flag in RegexFlag.__members__.items():
    setattr(RegexFlag, _name, _flag)
del _name, _flag


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


def _is_bytes_like(obj):
    return isinstance(obj, (bytes, bytearray, memoryview))


def _type_name(obj):
    return type(obj).__name__


class Pattern:
    """Compiled regular expression object."""

    __module__ = 're'

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        # CPython: a read-only proxy of the names, or a new dict when there are none.
        if not self._groupindex:
            return {}
        return _MappingProxy(self._groupindex)

    def _subject(self, string):
        if self._is_text:
            if isinstance(string, str):
                return string
            if _is_bytes_like(string):
                raise TypeError('cannot use a string pattern on a bytes-like object')
        else:
            if _is_bytes_like(string):
                return string
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like object')
        raise TypeError("expected string or bytes-like object, got '%s'" % _type_name(string))

    def _run(self, string, pos, endpos, mode):
        if type(string) is not str or not self._is_text:
            self._subject(string)
        if type(pos) is not int:
            pos = _index(pos)
        if type(endpos) is not int:
            endpos = _index(endpos)
        return _sre.search(self, self._prog, string, pos, endpos, mode)

    # match/fullmatch/search repeat _run's body: a Python call less per match.
    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        if type(string) is not str or not self._is_text:
            self._subject(string)
        if type(pos) is not int:
            pos = _index(pos)
        if type(endpos) is not int:
            endpos = _index(endpos)
        return _sre.search(self, self._prog, string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        if type(string) is not str or not self._is_text:
            self._subject(string)
        if type(pos) is not int:
            pos = _index(pos)
        if type(endpos) is not int:
            endpos = _index(endpos)
        return _sre.search(self, self._prog, string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding match object instance."""
        if type(string) is not str or not self._is_text:
            self._subject(string)
        if type(pos) is not int:
            pos = _index(pos)
        if type(endpos) is not int:
            endpos = _index(endpos)
        return _sre.search(self, self._prog, string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        if (type(string) is str and self._is_text and type(pos) is int and type(endpos) is int
                and -_MAXSIZE <= pos <= _MAXSIZE and -_MAXSIZE <= endpos <= _MAXSIZE):
            return _sre.findall(self._prog, string, pos, endpos)
        self._subject(string)
        if isinstance(string, str):
            # A str subclass's own slicing is not used: the items are exact strs.
            return _sre.findall(self._prog, str.__str__(string), _clamp(_index(pos)), _clamp(_index(endpos)))
        all_marks = _sre.scan(self._prog, string, _clamp(_index(pos)), _clamp(_index(endpos)), 0)
        string = _sliceable(string)
        groups = self._groups
        out = []
        if groups == 0:
            for m in all_marks:
                out.append(string[m[0]:m[1]])
        elif groups == 1:
            empty = string[:0]
            for m in all_marks:
                if m[2] < 0 or m[3] < 0:
                    out.append(empty)
                else:
                    out.append(string[m[2]:m[3]])
        else:
            empty = string[:0]
            for m in all_marks:
                item = []
                for g in range(1, groups + 1):
                    a = m[2 * g]
                    b = m[2 * g + 1]
                    item.append(empty if a < 0 or b < 0 else string[a:b])
                out.append(tuple(item))
        return out

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the pattern in string."""
        self._subject(string)
        return _finditer(self, string, _index(pos), _index(endpos))

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        self._subject(string)
        return _Scanner(self, string, _index(pos), _index(endpos))

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        self._subject(string)
        maxsplit = _index(maxsplit)
        if maxsplit < 0:
            return [string[:]] if not isinstance(string, str) else [string]
        if isinstance(string, str):
            return _sre.split(self._prog, str.__str__(string), maxsplit)
        all_marks = _sre.scan(self._prog, string, 0, _MAXSIZE, maxsplit)
        string = _sliceable(string)
        groups = self._groups
        out = []
        last = 0
        for m in all_marks:
            out.append(string[last:m[0]])
            for g in range(1, groups + 1):
                a = m[2 * g]
                b = m[2 * g + 1]
                out.append(None if a < 0 or b < 0 else string[a:b])
            last = m[1]
        out.append(string[last:])
        return out

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        literal = None
        template = None
        func = None
        if callable(repl):
            func = repl
        else:
            if isinstance(repl, str):
                if '\\' not in repl:
                    literal = repl
            elif _is_bytes_like(repl):
                repl = bytes(repl)
                if b'\\' not in repl:
                    literal = repl
            else:
                raise TypeError("decoding to str: need a bytes-like object, %s found" % _type_name(repl))
            if literal is None:
                template = _compile_template(self, repl)
                if len(template[0]) == 0:
                    literal = template[1][0] if template[1] else repl[:0]
        self._subject(string)
        count = _index(count)
        if count < 0:
            return self._unchanged(string)
        if type(string) is str and func is None:
            if literal is not None:
                if type(literal) is str:
                    return _sre.sub(self._prog, string, literal, count)
            elif self._is_text:
                return _sre.sub(self._prog, string, template, count)
        all_marks = _sre.scan(self._prog, string, 0, _MAXSIZE, count)
        if not all_marks:
            return self._unchanged(string)
        parts = []
        last = 0
        original = string
        string = _sliceable(string)
        for m in all_marks:
            if last < m[0]:
                parts.append(string[last:m[0]])
            if literal is not None:
                parts.append(literal)
            elif func is not None:
                item = func(_make_match(self, original, m))
                if item is not None:
                    parts.append(item)
            else:
                parts.append(_expand(template, _make_match(self, original, m)))
            last = m[1]
        if last < len(string):
            parts.append(string[last:])
        if self._is_text:
            return ''.join(parts), len(all_marks)
        return b''.join(parts), len(all_marks)

    def _unchanged(self, string):
        # (An exact copy of a str or bytes subclass: its own __str__ / __bytes__ are not called.)
        if isinstance(string, str) and type(string) is not str:
            return str.__str__(string), 0
        if not self._is_text and type(string) is not bytes:
            return bytes(memoryview(string)), 0
        return string, 0

    def __repr__(self):
        pattern = self._pattern
        r = repr(pattern)
        if len(r) > 200:
            r = r[:200]
        flags = self._flags
        if self._is_text:
            flags &= ~32
        names = []
        for name, bit in (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8),
                          ('DOTALL', 16), ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128),
                          ('ASCII', 256)):
            if flags & bit:
                names.append('re.' + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        if names:
            return 're.compile(%s, %s)' % (r, '|'.join(names))
        return 're.compile(%s)' % r

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags and self._is_text == other._is_text and
                self._pattern == other._pattern)

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self._pattern, self._flags))



_MappingProxy = type(type.__dict__)


def _sliceable(string):
    # Slices of a bytes-like subject are bytes, as CPython's getslice makes them.
    if type(string) is str or type(string) is bytes:
        return string
    if isinstance(string, str):
        return str.__str__(string)
    return bytes(string)


def _generic_alias(cls, item):
    return type(list[int])(cls, item)


def _index(v):
    if isinstance(v, int):
        return int(v)
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % _type_name(v)) from None


def _clamp(v):
    if v > _MAXSIZE:
        return _MAXSIZE
    if v < -_MAXSIZE:
        return -_MAXSIZE
    return v


def _new_pattern(pattern, flags, prog, final_flags, groups, groupindex):
    p = object.__new__(Pattern)
    p._pattern = pattern
    p._flags = final_flags
    p._prog = prog
    p._groups = groups
    p._groupindex = groupindex
    p._is_text = isinstance(pattern, str)
    p._names = {v: k for k, v in groupindex.items()}
    return p


# re.Match is native (src/modules/re/match-object.ts); expand() comes back here.
Match = _sre.Match
_sre._expand = lambda m, template: _expand(_compile_template(m.re, template), m)


def _make_match(pattern, string, marks, pos=None, endpos=None):
    # marks: group marks, lastindex, then the clamped pos and endpos of the search.
    return _sre.make_match(pattern, string, marks, pos, endpos)


def _finditer(pattern, string, pos, endpos):
    return _sre.finditer(pattern, pattern._prog, string, _clamp(pos), _clamp(endpos))


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._p = _clamp(pos)
        self._endpos = _clamp(endpos)
        self._first = None
        self._must_advance = False
        self._done = False

    def _next(self, mode):
        if self._done:
            return None
        marks = _sre.match(self.pattern._prog, self._string, self._p, self._endpos, mode,
                           self._must_advance)
        if marks is None:
            self._done = True
            return None
        if self._first is None:
            self._first = marks
        self._must_advance = marks[0] == marks[1]
        self._p = marks[1]
        return _make_match(self.pattern, self._string, marks, self._first[-2], self._first[-1])

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


# ---- replacement templates ----

_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                     'v': '\v', '\\': '\\'}
_OCT = '01234567'
_DIGITS = '0123456789'
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_template_cache = {}


def _compile_template(pattern, repl):
    key = (pattern, type(repl), repl)
    t = _template_cache.get(key)
    if t is None:
        if len(_template_cache) >= 512:
            _template_cache.clear()
        t = _parse_template(repl, pattern)
        _template_cache[key] = t
    return t


def _parse_template(source, pattern):
    """Returns (groups, literals): literals has None where groups[k] = (index, group) goes."""
    is_text = isinstance(source, str)
    text = source if is_text else str(source, 'latin1')
    n = len(text)
    groups = []
    literals = []
    literal = []
    ngroups = pattern._groups
    groupindex = pattern._groupindex

    def err(msg, pos):
        if not is_text:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, source, pos)

    def addgroup(index, pos):
        if index > ngroups:
            raise err('invalid group reference %d' % index, pos)
        if literal:
            literals.append(''.join(literal))
            del literal[:]
        groups.append((len(literals), index))
        literals.append(None)

    i = 0
    while i < n:
        ch = text[i]
        i += 1
        if ch != '\\':
            literal.append(ch)
            continue
        if i >= n:
            raise err('bad escape (end of pattern)', n - 1)
        c = text[i]
        i += 1
        if c == 'g':
            if i >= n or text[i] != '<':
                raise err('missing <', i)
            i += 1
            j = text.find('>', i)
            if j < 0:
                if i >= n:
                    raise err('missing group name', i)
                raise err('missing >, unterminated name', i)
            name = text[i:j]
            if not name:
                raise err('missing group name', i)
            i = j + 1
            if name.isidentifier():
                index = groupindex.get(name)
                if index is None:
                    raise IndexError('unknown group name %r' % name)
            else:
                if name.isdecimal() and name.isascii():
                    index = int(name)
                else:
                    raise err('bad character in group name %r' % name, i - len(name) - 1)
                if index >= 1073741823:
                    raise err('invalid group reference %d' % index, i - len(name) - 1)
            addgroup(index, i - len(name) - 1)
        elif c == '0':
            digits = c
            if i < n and text[i] in _OCT:
                digits += text[i]
                i += 1
                if i < n and text[i] in _OCT:
                    digits += text[i]
                    i += 1
            literal.append(chr(int(digits, 8) & 0xff))
        elif c in _DIGITS:
            start = i - 2
            digits = c
            isoctal = False
            if i < n and text[i] in _DIGITS:
                digits += text[i]
                i += 1
                if c in _OCT and digits[1] in _OCT and i < n and text[i] in _OCT:
                    digits += text[i]
                    i += 1
                    isoctal = True
                    v = int(digits, 8)
                    if v > 0o377:
                        raise err('octal escape value \\%s outside of range 0-0o377' % digits, start)
                    literal.append(chr(v))
            if not isoctal:
                addgroup(int(digits), start + 1)
        else:
            e = _TEMPLATE_ESCAPES.get(c)
            if e is not None:
                literal.append(e)
            elif c in _ASCII_LETTERS:
                raise err('bad escape \\%s' % c, i - 2)
            else:
                literal.append('\\' + c)
    if literal:
        literals.append(''.join(literal))
    if not is_text:
        literals = [None if s is None else s.encode('latin1') for s in literals]
    return groups, literals


def _expand(template, match):
    groups, literals = template
    if not groups:
        return literals[0] if literals else match.string[:0]
    literals = literals[:]
    empty = match.string[:0]
    for index, group in groups:
        v = match.group(group)
        literals[index] = v if v is not None else empty
    return empty.join(literals)


# ---- module functions ----

_cache = {}
# The entries of _cache for an exact str pattern and flags 0, by the pattern alone (no key tuple
# to make and hash for each re.match(p, s)).
_str_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if type(pattern) is str and type(flags) is int and not flags:
        p = _str_cache.get(pattern)
        if p is not None:
            return p
    if isinstance(flags, RegexFlag):
        flags = flags.value
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        if isinstance(pattern, (bytearray, memoryview)):
            pattern = bytes(pattern)
        else:
            raise TypeError('first argument must be string or compiled pattern')
    if flags & TEMPLATE:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag "
                      "without an obvious purpose. Don't use it.", DeprecationWarning)
    res = _sre.compile(pattern, flags)
    if res[0] is None:
        raise error(res[1], None if res[2] is None else pattern, res[2])
    p = _new_pattern(pattern, flags, res[0], res[1], res[2], res[3])
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
        _str_cache.clear()
    _cache[key] = p
    if type(pattern) is str and not flags:
        _str_cache[pattern] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of the pattern in string by the replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()
    _str_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an undocumented function "
                  "without an obvious purpose. Use re.compile() instead.", DeprecationWarning)
    return _compile(pattern, flags | TEMPLATE)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


class Scanner:
    """Undocumented re.Scanner: a lexicon of (pattern, action) pairs tried as one alternation."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        parts = []
        self._actions = {}
        gid = 1
        for phrase, action in lexicon:
            parts.append('(%s)' % phrase)
            self._actions[gid] = action
            gid += 1 + _compile(phrase, flags).groups
        self.scanner = _compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
