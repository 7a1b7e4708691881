"""Common string constants, capwords, Template and Formatter (a Dyad implementation of
CPython's string module)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Template",
           "Formatter"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits on sep, capitalizes each word, joins with sep (or a single space)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == "_" or "a" <= c <= "z" or "A" <= c <= "Z"


def _is_ident_char(c):
    return _is_ident_start(c) or "0" <= c <= "9"


_parsed = {}


def _parse(template, delim):
    """template's pieces, parsed once per (delimiter, template) as CPython's pattern would
    match them: (pieces, fmt, invalid). pieces are literal strs, (name, placeholder text)
    pairs, and for an invalid placeholder the int index just after its delimiter; fmt is the
    format_map text of the pieces before the first invalid placeholder (its index: invalid)."""
    key = (delim, template)
    entry = _parsed.get(key)
    if entry is not None:
        return entry
    s = template
    pieces = []
    i = 0
    n = len(s)
    while i < n:
        j = s.find(delim, i)
        if j < 0:
            pieces.append(s[i:])
            break
        if j > i:
            pieces.append(s[i:j])
        k = j + len(delim)
        if s.startswith(delim, k):
            pieces.append(delim)
            i = k + len(delim)
            continue
        if k < n and s[k] == "{":
            end = s.find("}", k)
            name = s[k + 1:end] if end >= 0 else ""
            if end >= 0 and name and _is_ident_start(name[0]) and all(map(_is_ident_char, name)):
                pieces.append((name, s[j:end + 1]))
                i = end + 1
                continue
        elif k < n and _is_ident_start(s[k]):
            e = k
            while e < n and _is_ident_char(s[e]):
                e += 1
            pieces.append((s[k:e], s[j:e]))
            i = e
            continue
        pieces.append(k)
        i = k
    fmt = []
    invalid = None
    for piece in pieces:
        if piece.__class__ is str:
            fmt.append(piece.replace("{", "{{").replace("}", "}}"))
        elif piece.__class__ is tuple:
            fmt.append("{" + piece[0] + "!s}")
        else:
            invalid = piece
            break
    entry = (pieces, "".join(fmt), invalid)
    if len(_parsed) >= 256:
        _parsed.clear()
    _parsed[key] = entry
    return entry


class _TemplatePattern:
    """Template.pattern of a class that does not customize it: compiled on first use (so
    importing string does not import re)."""

    def __get__(self, obj, cls):
        compiled = cls.__dict__.get('_compiled_pattern')
        if compiled is None:
            compiled = _template_regex(cls)
            cls._compiled_pattern = compiled
        return compiled


def _template_regex(cls):
    """The regular expression of a Template class: its own `pattern`, or one built from its
    delimiter, idpattern, braceidpattern and flags (groups escaped, named, braced, invalid)."""
    import re
    own = cls.__dict__.get('pattern')
    if own is not None and not isinstance(own, _TemplatePattern):
        source = own
    else:
        delim = re.escape(cls.delimiter)
        ident = cls.idpattern
        braced = cls.braceidpattern or cls.idpattern
        source = (delim + '(?:(?P<escaped>' + delim + ')|(?P<named>' + ident + ')|{(?P<braced>'
                  + braced + ')}|(?P<invalid>))')
    if isinstance(source, str):
        return re.compile(source, cls.flags | re.VERBOSE)
    return source


class Template:
    """$-substitution: Template('$who likes ${what}').substitute(who='tim', what='kung pao').

    A subclass may change delimiter (handled by a direct scan), or idpattern, braceidpattern,
    flags or pattern (then substitution goes through that regular expression)."""

    delimiter = "$"
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = 2  # re.IGNORECASE
    pattern = _TemplatePattern()
    _by_regex = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if ('pattern' in cls.__dict__ or cls.idpattern != Template.idpattern
                or cls.braceidpattern is not None or cls.flags != Template.flags):
            cls._by_regex = True
            cls.pattern = _template_regex(cls)

    def __init__(self, template):
        self.template = template

    def _regex_invalid(self, mo):
        self._invalid(mo.start('invalid'))

    def _regex_substitute(self, mapping, safe):
        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                if not safe:
                    return str(mapping[named])
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                self._regex_invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def _scan(self, mapping, safe, _nil=[]):
        out = []
        # an exact dict has no __missing__: get() answers as a KeyError from [] would
        get = mapping.get if safe and mapping.__class__ is dict else None
        for piece in _parse(self.template, type(self).delimiter)[0]:
            if piece.__class__ is str:
                out.append(piece)
            elif piece.__class__ is tuple:
                if get is None:
                    out.append(self._lookup(mapping, piece[0], piece[1], safe))
                else:
                    value = get(piece[0], _nil)
                    out.append(piece[1] if value is _nil else str(value))
            elif safe:
                out.append(type(self).delimiter)
            else:
                self._invalid(piece)
        return "".join(out)

    def _lookup(self, mapping, name, text, safe):
        try:
            return str(mapping[name])
        except KeyError:
            if safe:
                return text
            raise

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = {**mapping, **kws} if mapping else kws
        if self._by_regex:
            return self._regex_substitute(mapping, False)
        delim = type(self).delimiter
        entry = _parsed.get((delim, self.template))
        pieces, fmt, invalid = _parse(self.template, delim) if entry is None else entry
        text = fmt.format_map(mapping)  # str(mapping[name]) for each name, in order
        if invalid is not None:
            self._invalid(invalid)
        return text

    def safe_substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = {**mapping, **kws} if mapping else kws
        if self._by_regex:
            return self._regex_substitute(mapping, True)
        return self._scan(mapping, True)

    def get_identifiers(self):
        if self._by_regex:
            names = []
            for mo in self.pattern.finditer(self.template):
                named = mo.group('named') or mo.group('braced')
                if named is not None:
                    if named not in names:
                        names.append(named)
                elif mo.group('invalid') is None and mo.group('escaped') is None:
                    raise ValueError('Unrecognized named group in pattern', self.pattern)
            return names
        names = []
        for piece in _parse(self.template, type(self).delimiter)[0]:
            if piece.__class__ is tuple and piece[0] not in names:
                names.append(piece[0])
        return names

    def is_valid(self):
        if self._by_regex:
            for mo in self.pattern.finditer(self.template):
                if mo.group('invalid') is not None:
                    return False
                if mo.group('named') is None and mo.group('braced') is None and mo.group('escaped') is None:
                    raise ValueError('Unrecognized named group in pattern', self.pattern)
            return True
        return _parse(self.template, type(self).delimiter)[2] is None


def _formatter_parser(s):
    """(literal_text, field_name, format_spec, conversion) tuples, as str.format scans them."""
    out = []
    literal = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                out.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            conversion = None
            spec = ''
            k = 0
            bracket = False
            while k < len(field):
                ch = field[k]
                if ch == '[':
                    bracket = True
                elif ch == ']':
                    bracket = False
                elif not bracket and ch in '!:':
                    break
                k += 1
            name = field[:k]
            rest = field[k:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError("unmatched '{' in format spec")
                conversion = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(':'):
                spec = rest[1:]
            out.append((''.join(literal), name, spec, conversion))
            literal = []
            i = j
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                out.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        out.append((''.join(literal), None, None, None))
    return out


def _split_field_name(name):
    """('first', [(is_attr, key), ...]) for a replacement field name like a.b[0]."""
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.index(']', i)
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format's machinery with overridable steps (get_value, format_field, ...)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
