"""Functions to run when the interpreter exits (after the main module, an uncaught exception
or SystemExit), last registered first. Dyad's runtime calls _run_exitfuncs() at shutdown when
this module has been imported."""

_callbacks = []


def register(func, *args, **kwargs):
    """Registers func(*args, **kwargs) to be called at exit; returns func (usable as a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Removes every registration of func (compared with ==)."""
    _callbacks[:] = [entry for entry in _callbacks if not (entry[0] == func)]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    """Calls the registered functions, last first; an exception is reported and the rest still run."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            import sys
            import traceback
            print(f"Exception ignored in atexit callback: {func!r}", file=sys.stderr)
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
