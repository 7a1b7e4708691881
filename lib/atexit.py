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
            # CPython's unraisable-exception report (no frame of this module, no "Did you
            # mean", the module-qualified type name, ": " even before an empty message).
            print(f"Exception ignored in atexit callback: {func!r}", file=sys.stderr)
            tb = exc.__traceback__.tb_next if exc.__traceback__ is not None else None
            if tb is not None:
                print("Traceback (most recent call last):", file=sys.stderr)
                traceback.print_tb(tb, file=sys.stderr)
            t = type(exc)
            mod = t.__module__
            name = t.__qualname__ if mod in ("builtins", "__main__") else f"{mod}.{t.__qualname__}"
            print(f"{name}: {exc}", file=sys.stderr)
