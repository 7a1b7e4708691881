"""Utilities for with-statement contexts (a Dyad implementation of CPython's contextlib)."""

import sys

__all__ = ["contextmanager", "ContextDecorator", "AbstractContextManager", "closing",
           "nullcontext", "suppress", "ExitStack", "redirect_stdout", "redirect_stderr"]


class AbstractContextManager:
    """A base whose __enter__ returns self; subclasses provide __exit__."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            mro = getattr(C, "__mro__", ())
            if any("__enter__" in k.__dict__ for k in mro) and any("__exit__" in k.__dict__ for k in mro):
                return True
        return NotImplemented


class ContextDecorator:
    """Lets a context manager also be used as a function decorator."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        _copy_function_names(inner, func)
        return inner


def _copy_function_names(wrapper, wrapped):
    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    wrapper.__dict__.update(getattr(wrapped, "__dict__", {}))
    wrapper.__wrapped__ = wrapped


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager a @contextmanager function returns: it drives one generator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as stop:
            # Swallowed by the generator (it returned), unless the StopIteration is ours.
            return stop is not value
        except RuntimeError as err:
            if err is value:
                return False
            # A StopIteration thrown in comes back wrapped by PEP 479.
            if isinstance(value, StopIteration) and err.__cause__ is value:
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager: a generator function yielding once becomes a context manager factory."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    _copy_function_names(helper, func)
    return helper


class closing(AbstractContextManager):
    """Calls thing.close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `as` gets enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    """Suppresses the given exception types raised in the body."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        if issubclass(exctype, self._exceptions):
            return True
        if isinstance(excinst, BaseExceptionGroup):
            match, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Temporarily sends sys.stdout to another file-like object."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Temporarily sends sys.stderr to another file-like object."""
    _stream = "stderr"


class ExitStack(AbstractContextManager):
    """Unwinds a dynamic stack of context managers and callbacks, last in first out."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        exit_method = _lookup_special(exit, "__exit__")
        if exit_method is None:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((True, _bound(exit_method, exit)))
        return exit

    def enter_context(self, cm):
        enter = _lookup_special(cm, "__enter__")
        exit = _lookup_special(cm, "__exit__")
        if enter is None or exit is None:
            raise TypeError(f"'{type(cm).__module__}.{type(cm).__qualname__}' object does "
                            f"not support the context manager protocol")
        result = enter(cm)
        self._exit_callbacks.append((True, _bound(exit, cm)))
        return result

    def callback(self, callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _fix_context(new_exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending_raise:
            fixed_ctx = exc_details[1].__context__
            try:
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = fixed_ctx
                raise
        return received_exc and suppressed


def _fix_context(new_exc, old_exc, frame_exc):
    # Chain the new exception to the one being handled (None once a callback suppressed it),
    # replacing the frame's own exception at the end of its chain.
    while True:
        ctx = new_exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        new_exc = ctx
    new_exc.__context__ = old_exc


def _lookup_special(obj, name):
    for klass in type(obj).__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _bound(func, obj):
    def call(*args):
        return func(obj, *args)
    return call
