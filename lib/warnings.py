"""Warning control for Dyad.

Warnings pass through the rules in `filters` (newest first); the first rule whose message,
category, module and line number fit decides what happens: raise it, drop it, or show it
(always, or only the first time per location / module / registry).  Shown warnings go through
`showwarning`, which a program may replace, and `catch_warnings` undoes any change made to the
rules or to `showwarning` inside a `with` block.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

# Rules, each (action, message regex or None, category, module regex/str or None, lineno).
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

_KNOWN_ACTIONS = frozenset(("error", "ignore", "always", "default", "module", "once"))

# A counter bumped whenever the rules change; a registry remembering an older value is stale.
_rules_generation = 0


def _filters_mutated():
    global _rules_generation
    _rules_generation += 1


# ---------------------------------------------------------------------------------------------
# Managing the rules

def _check_action(action):
    assert action in _KNOWN_ACTIONS, "invalid action: %r" % (action,)


def _check_category(category):
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"


def _check_lineno(lineno):
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"


def _install(rule, append):
    if append:
        if rule not in filters:
            filters.append(rule)
    else:
        while rule in filters:
            filters.remove(rule)
        filters.insert(0, rule)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a rule matching message and module by regular expression (anchored at the start)."""
    _check_action(action)
    assert isinstance(message, str), "message must be a string"
    _check_category(category)
    assert isinstance(module, str), "module must be a string"
    _check_lineno(lineno)
    text_rx = module_rx = None
    if message or module:
        import re
        if message:
            text_rx = re.compile(message, re.I)
        if module:
            module_rx = re.compile(module)
    _install((action, text_rx, category, module_rx, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a rule for every message and module."""
    _check_action(action)
    _check_lineno(lineno)
    _install((action, None, category, None, lineno), append)


def resetwarnings():
    """Drop every rule (the default action then applies)."""
    filters[:] = []
    _filters_mutated()


# ---------------------------------------------------------------------------------------------
# Records and output

class WarningMessage:
    """One warning's details, as handed to showwarning (and recorded by catch_warnings)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = None if not category else category.__name__

    def __str__(self):
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % (
            self.message, self._category_name, self.filename, self.lineno, self.line)


def _source_line(filename, lineno):
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def _compose(message, category, filename, lineno, line, source):
    head = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        head += "  %s\n" % line.strip()
    if source is not None and not _allocation_tracing():
        # No allocation traceback to show for the object the warning is about.
        head += "%s: Enable tracemalloc to get the object allocation traceback\n" % category.__name__
    return head


def _allocation_tracing():
    try:
        import tracemalloc
    except ImportError:
        return False
    try:
        return bool(tracemalloc.is_tracing())
    except Exception:
        return False


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes for one warning."""
    return _compose(message, category, filename, lineno, line, None)


_stock_formatwarning = formatwarning


def _text_of(record):
    fmt = formatwarning
    if fmt is not _stock_formatwarning:
        return fmt(record.message, record.category, record.filename, record.lineno, record.line)
    return _compose(record.message, record.category, record.filename, record.lineno,
                    record.line, record.source)


def _write_record(record):
    stream = record.file
    if stream is None:
        stream = sys.stderr
        if stream is None:
            return
    text = _text_of(record)
    try:
        stream.write(text)
    except OSError:
        pass


# Where shown warnings finally go; catch_warnings(record=True) swaps in a list's append.
_deliver = _write_record


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to `file` (sys.stderr by default)."""
    _deliver(WarningMessage(message, category, filename, lineno, file, line))


_stock_showwarning = showwarning


def _present(record):
    hook = showwarning
    if hook is _stock_showwarning:
        _deliver(record)
        return
    if not callable(hook):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    hook(record.message, record.category, record.filename, record.lineno, record.file, record.line)


# ---------------------------------------------------------------------------------------------
# Issuing warnings

def _fits(pattern, text):
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def _choose_action(text, category, module, lineno):
    rules = filters
    if not isinstance(rules, list):
        raise ValueError("_warnings.filters must be a list")
    for position in range(len(rules)):
        rule = rules[position]
        if not isinstance(rule, tuple) or len(rule) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % position)
        action, text_pat, wanted, module_pat, rule_line = rule
        if (_fits(text_pat, text) and issubclass(category, wanted)
                and _fits(module_pat, module) and (rule_line == 0 or rule_line == lineno)):
            return action, rule
    return defaultaction, None


def _fresh(registry):
    """The registry, emptied first if it belongs to an older set of rules."""
    if registry.get("version", 0) != _rules_generation:
        registry.clear()
        registry["version"] = _rules_generation
    return registry


def _whole(n):
    if type(n) is int:
        return n
    from operator import index
    return index(n)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning for an explicitly given location."""
    lineno = _whole(lineno)
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _fresh(registry).get(key):
        return
    action, rule = _choose_action(text, category, module, lineno)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action not in _KNOWN_ACTIONS:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r" % (action, rule))
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action != "default":
            # "once" and "module": at most once per (text, category) in the registry; "once"
            # without a registry uses the shared onceregistry.
            book = registry
            if book is None and action == "once":
                book = onceregistry
            if book is not None:
                book = _fresh(book)
                if book.get(key[:2]):
                    return
                book[key[:2]] = True
    _present(WarningMessage(message, category, filename, lineno, source=source))


def _origin(depth):
    """(filename, lineno, globals) of the frame `depth` levels above warn()'s caller."""
    try:
        frame = sys._getframe(2)
    except ValueError:
        frame = None
    while depth > 1 and frame is not None:
        frame = frame.f_back
        depth -= 1
    if frame is None:
        return "sys", 1, sys.__dict__
    return frame.f_code.co_filename, frame.f_lineno, frame.f_globals


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning attributed to the caller (or a frame further up, with stacklevel)."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    stacklevel = _whole(stacklevel)
    filename, lineno, scope = _origin(stacklevel)
    registry = None
    module = "<string>"
    if isinstance(scope, dict):
        module = scope.get("__name__", "<string>")
        registry = scope.get("__warningregistry__")
        if not isinstance(registry, dict):
            registry = {}
            try:
                scope["__warningregistry__"] = registry
            except Exception:
                pass
    warn_explicit(message, category, filename, lineno, module, registry, None, source)


# ---------------------------------------------------------------------------------------------
# Scoped changes

class catch_warnings:
    """Context manager restoring `filters` and `showwarning` on exit; with record=True, shown
    warnings are collected (as WarningMessage objects) into the list __enter__ returns."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        parts = []
        if self._record:
            parts.append("record=True")
        if self._module is not sys.modules["warnings"]:
            parts.append("module=%r" % (self._module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        target = self._module
        self._saved = (target.filters, target.showwarning, target._deliver)
        target.filters = target.filters[:]
        target._filters_mutated()
        if self._filter is not None:
            target.simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        target._deliver = log.append
        target.showwarning = target._stock_showwarning
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        target = self._module
        target.filters, target.showwarning, target._deliver = self._saved
        target._filters_mutated()
