"""Building blocks for `with` and `async with` (Dyad's contextlib).

Generator-based context managers (@contextmanager, @asynccontextmanager), small ready-made
managers (closing, aclosing, nullcontext, suppress, chdir, redirect_stdout/stderr) and the
dynamic stacks ExitStack / AsyncExitStack.
"""

import abc
import sys

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager", "AsyncExitStack",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr", "suppress",
           "aclosing", "chdir"]

_GenericAlias = type(list[int])


def wraps(wrapped):
    # functools.wraps, imported when first needed (not every user of contextlib needs it).
    from functools import wraps as real_wraps
    return real_wraps(wrapped)


def _defines(cls, names):
    """True if every name is defined somewhere on cls's MRO (and not set to None there)."""
    for name in names:
        owner = None
        for klass in cls.__mro__:
            if name in klass.__dict__:
                owner = klass
                break
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


# ---------------------------------------------------------------------------------------------
# Abstract bases

class AbstractContextManager(abc.ABC):
    """Base for classes used with `with`: __enter__ returns self, __exit__ is abstract."""

    __class_getitem__ = classmethod(_GenericAlias)
    __slots__ = ()

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _defines(C, ("__enter__", "__exit__"))


class AbstractAsyncContextManager(abc.ABC):
    """Base for classes used with `async with`: __aenter__ returns self, __aexit__ is abstract."""

    __class_getitem__ = classmethod(_GenericAlias)
    __slots__ = ()

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _defines(C, ("__aenter__", "__aexit__"))


# ---------------------------------------------------------------------------------------------
# Using a context manager as a decorator

def _wrap_sync(make_cm, func):
    def call_managed(*args, **kwds):
        with make_cm():
            return func(*args, **kwds)
    return wraps(func)(call_managed)


def _wrap_async(make_cm, func):
    async def call_managed(*args, **kwds):
        async with make_cm():
            return await func(*args, **kwds)
    return wraps(func)(call_managed)


class ContextDecorator(object):
    """Mixin: an instance used as a decorator runs each call of the function inside itself."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        return _wrap_sync(self._recreate_cm, func)


class AsyncContextDecorator(object):
    """Mixin: as ContextDecorator, for coroutine functions and `async with`."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        return _wrap_async(self._recreate_cm, func)


# ---------------------------------------------------------------------------------------------
# Generator-based managers

class _GeneratorDriver:
    """What the sync and async generator managers share: creation, re-creation for decorator
    use, and the verdict on an exception thrown into the generator."""

    # What a generator raises when it returns, and what it turns into RuntimeError (PEP 479)
    # when such an exception escapes its frame.
    _finished = StopIteration
    _converted = (StopIteration,)

    def __init__(self, func, args, kwds):
        self.func, self.args, self.kwds = func, args, kwds
        self.gen = func(*args, **kwds)
        own_doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        # Each decorated call needs a fresh generator.
        return self.__class__(self.func, self.args, self.kwds)

    def _forget_call(self):
        del self.args, self.kwds, self.func

    def _verdict(self, raised, sent, tb):
        """After `sent` (the with-body's exception) was thrown in and the generator raised
        `raised`: whether the body's exception counts as handled, or None when `raised` is a
        new exception the caller must let propagate."""
        if isinstance(raised, self._finished):
            # The generator returned (handled), unless this is `sent` itself coming back.
            return raised is not sent
        if raised is sent:
            raised.__traceback__ = tb
            return False
        if (isinstance(raised, RuntimeError) and isinstance(sent, self._converted)
                and raised.__cause__ is sent):
            sent.__traceback__ = tb
            return False
        return None

    @staticmethod
    def _no_first_yield():
        return RuntimeError("generator didn't yield")

    @staticmethod
    def _second_yield():
        return RuntimeError("generator didn't stop")


class _GeneratorContextManager(_GeneratorDriver, AbstractContextManager, ContextDecorator):
    """The manager a @contextmanager function returns (drives one generator)."""

    def __enter__(self):
        self._forget_call()
        # (The RuntimeError keeps the StopIteration as its suppressed __context__.)
        try:
            return next(self.gen)
        except StopIteration:
            raise self._no_first_yield() from None

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            for _ in gen:
                problem = self._second_yield()
                try:
                    raise problem
                finally:
                    gen.close()
            return False
        sent = typ() if value is None else value
        try:
            gen.throw(typ, sent, traceback)
        except BaseException as raised:
            verdict = self._verdict(raised, sent, traceback)
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorDriver, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """The manager an @asynccontextmanager function returns (drives one async generator)."""

    _finished = StopAsyncIteration
    _converted = (StopIteration, StopAsyncIteration)

    async def __aenter__(self):
        self._forget_call()
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise self._no_first_yield() from None

    async def __aexit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            async for _ in gen:
                problem = self._second_yield()
                try:
                    raise problem
                finally:
                    await gen.aclose()
            return False
        sent = typ() if value is None else value
        try:
            await gen.athrow(typ, sent, traceback)
        except BaseException as raised:
            verdict = self._verdict(raised, sent, traceback)
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after athrow()")


def _factory(manager_class, func):
    def make_manager(*args, **kwds):
        return manager_class(func, args, kwds)
    return wraps(func)(make_manager)


def contextmanager(func):
    """Decorator: a generator function that yields once becomes a context manager factory."""
    return _factory(_GeneratorContextManager, func)


def asynccontextmanager(func):
    """Decorator: an async generator function that yields once becomes an async context
    manager factory."""
    return _factory(_AsyncGeneratorContextManager, func)


# ---------------------------------------------------------------------------------------------
# Small ready-made managers

class _Holding:
    # closing / aclosing: keep the object, hand it out on entry.
    def __init__(self, thing):
        self.thing = thing


class closing(_Holding, AbstractContextManager):
    """Hands out `thing` and calls thing.close() when the block ends."""

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(_Holding, AbstractAsyncContextManager):
    """Hands out `thing` and awaits thing.aclose() when the block ends."""

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Does nothing; `as` receives enter_result.  Works with `with` and `async with`."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    async def __aenter__(self):
        return self.enter_result

    def __exit__(self, *exc_info):
        return None

    async def __aexit__(self, *exc_info):
        return None


class suppress(AbstractContextManager):
    """Swallows exceptions of the given types raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        return issubclass(exc_type, self._exceptions)


class _Swap(AbstractContextManager):
    """Installs a value on entry and puts the previous one back on exit.  The previous values
    form a stack, so one instance may be entered again while in use."""

    def __init__(self):
        self._saved = []

    def _swap_in(self, value):
        self._saved.append(self._current())
        self._install(value)

    def __exit__(self, *exc_info):
        self._install(self._saved.pop())


class _StreamSwap(_Swap):
    _stream = None   # the sys attribute a subclass replaces

    def __init__(self, new_target):
        super().__init__()
        self._new_target = new_target

    def _current(self):
        return getattr(sys, self._stream)

    def _install(self, value):
        setattr(sys, self._stream, value)

    def __enter__(self):
        self._swap_in(self._new_target)
        return self._new_target


class redirect_stdout(_StreamSwap):
    """Points sys.stdout at another file-like object for the duration of the block."""

    _stream = "stdout"


class redirect_stderr(_StreamSwap):
    """Points sys.stderr at another file-like object for the duration of the block."""

    _stream = "stderr"


class chdir(_Swap):
    """Makes `path` the working directory for the duration of the block."""

    def __init__(self, path):
        super().__init__()
        self.path = path

    def _current(self):
        import os
        return os.getcwd()

    def _install(self, value):
        import os
        os.chdir(value)

    def __enter__(self):
        self._swap_in(self.path)


# ---------------------------------------------------------------------------------------------
# Exit stacks

def _protocol_error(cm, kind):
    cls = type(cm)
    return TypeError("'%s.%s' object does not support the %scontext manager protocol"
                     % (cls.__module__, cls.__qualname__, kind))


def _relink_context(new_exc, old_exc, frame_exc):
    """A callback raised new_exc while old_exc was the pending exception; Python linked
    new_exc's context chain to frame_exc (the exception __exit__ was entered with).  Point the
    end of that chain at old_exc instead."""
    link = new_exc
    while True:
        nxt = link.__context__
        if nxt is None or nxt is old_exc:
            return
        if nxt is frame_exc:
            link.__context__ = old_exc
            return
        link = nxt


class _CallbackStack:
    """Registration shared by ExitStack and AsyncExitStack.  Entries are (awaitable, callable)
    pairs; each callable takes (exc_type, exc, tb) and returns a truth value (suppress)."""

    def __init__(self):
        self._unwind = []

    def _add(self, fn, awaitable=False):
        self._unwind.append((awaitable, fn))

    def pop_all(self):
        """Move every registered callback to a new stack of the same type and return it."""
        other = type(self)()
        other._unwind, self._unwind = self._unwind, []
        return other

    def push(self, exit):
        """Register an object with __exit__ (its bound method) or a plain exit callback."""
        method = getattr(type(exit), "__exit__", None)
        if method is None:
            self._add(exit)
        else:
            self._add(_bind(method, exit))
        return exit

    def enter_context(self, cm):
        """Enter cm and register its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            leave = cls.__exit__
        except AttributeError:
            raise _protocol_error(cm, "") from None
        result = enter(cm)
        self._add(_bind(leave, cm))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on unwinding (it cannot suppress)."""
        def run_callback(exc_type, exc, tb):
            callback(*args, **kwds)
        run_callback.__wrapped__ = callback
        self._add(run_callback)
        return callback

    def _pop(self):
        return self._unwind.pop()

    def _finish(self, pending, saved_context):
        # Re-raise the exception left by a callback, keeping the context chain fixed above
        # (raising it here would otherwise link it to the exception being handled).
        try:
            raise pending
        except BaseException:
            pending.__context__ = saved_context
            raise


def _bind(method, obj):
    def bound(exc_type, exc, tb):
        return method(obj, exc_type, exc, tb)
    bound.__self__ = obj
    return bound


class ExitStack(_CallbackStack, AbstractContextManager):
    """A with-context that unwinds a dynamic collection of managers and callbacks (last
    registered, first run), passing exceptions along as nested with-statements would."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending = None
        while self._unwind:
            _, fn = self._pop()
            try:
                if fn(*exc_details):
                    suppressed = True
                    pending = None
                    exc_details = (None, None, None)
            except BaseException as exc:
                _relink_context(exc, exc_details[1], frame_exc)
                pending = exc
                exc_details = (type(exc), exc, exc.__traceback__)
        if pending is not None:
            self._finish(pending, pending.__context__)
        return had_exception and suppressed

    def close(self):
        """Unwind the stack now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_CallbackStack, AbstractAsyncContextManager):
    """ExitStack for `async with`: also takes async managers and coroutine callbacks."""

    async def enter_async_context(self, cm):
        """Enter the async manager cm and register its __aexit__."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            leave = cls.__aexit__
        except AttributeError:
            raise _protocol_error(cm, "asynchronous ") from None
        result = await enter(cm)
        self._add(_bind(leave, cm), True)
        return result

    def push_async_exit(self, exit):
        """Register an object with __aexit__ (its bound method) or a coroutine function taking
        the exception details."""
        method = getattr(type(exit), "__aexit__", None)
        if method is None:
            self._add(exit, True)
        else:
            self._add(_bind(method, exit), True)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register `await callback(*args, **kwds)` to run on unwinding."""
        async def run_callback(exc_type, exc, tb):
            await callback(*args, **kwds)
        run_callback.__wrapped__ = callback
        self._add(run_callback, True)
        return callback

    async def aclose(self):
        """Unwind the stack now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending = None
        while self._unwind:
            awaitable, fn = self._pop()
            try:
                answer = fn(*exc_details)
                if awaitable:
                    answer = await answer
                if answer:
                    suppressed = True
                    pending = None
                    exc_details = (None, None, None)
            except BaseException as exc:
                _relink_context(exc, exc_details[1], frame_exc)
                pending = exc
                exc_details = (type(exc), exc, exc.__traceback__)
        if pending is not None:
            self._finish(pending, pending.__context__)
        return had_exception and suppressed
