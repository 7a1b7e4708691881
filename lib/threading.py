"""Threads and synchronisation primitives for Dyad, which runs a single thread of execution.

The interface is CPython 3.11's.  What differs is timing: Thread.start() runs the thread's
run() to completion before it returns, so join() always finds the thread finished.  Locks,
semaphores, conditions, events and barriers keep their state and raise CPython's errors; an
operation that could only succeed once some other thread acted gives up immediately, as if
its timeout had expired (it returns False, or a Barrier breaks).
"""

import sys as _sys

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'setprofile', 'settrace',
           'local', 'stack_size', 'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

# Thread identities: the main thread's, then one more for each started thread.
_MAIN_IDENT = 140245678901248
_ident_source = [_MAIN_IDENT]


def _fresh_ident():
    _ident_source[0] += 4096
    return _ident_source[0]


def _deprecated(old, advice):
    import warnings
    warnings.warn('%s is deprecated, %s' % (old, advice), DeprecationWarning, stacklevel=3)


def _validate_lock_wait(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout != -1:
        if timeout < 0:
            raise ValueError("timeout value must be positive")
        if timeout > TIMEOUT_MAX:
            raise OverflowError("timestamp out of range for platform time_t")


# ---------------------------------------------------------------------------------------------
# Locks (CPython's come from _thread)

class lock:
    """A mutual-exclusion lock: acquired by one owner at a time, released by anyone."""

    __module__ = '_thread'

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        _validate_lock_wait(blocking, timeout)
        if self._held:
            return False   # only this (the one) thread could release it: never in time
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False

    def locked(self):
        return self._held

    def _at_fork_reinit(self):
        self._held = False

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def __repr__(self):
        return "<%s _thread.lock object at %#x>" % (
            "locked" if self._held else "unlocked", id(self))


class _ReentrantLock:
    """A lock its owning thread may acquire again; released once per acquire."""

    def __init__(self):
        self._owner = 0
        self._depth = 0

    def acquire(self, blocking=True, timeout=-1):
        _validate_lock_wait(blocking, timeout)
        me = get_ident()
        if self._depth and self._owner != me:
            return False
        self._owner = me
        self._depth += 1
        return True

    def release(self):
        if not self._is_owned():
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1
        if not self._depth:
            self._owner = 0

    def _is_owned(self):
        return self._depth > 0 and self._owner == get_ident()

    def _release_save(self):
        if not self._depth:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._depth, self._owner)
        self._depth, self._owner = 0, 0
        return state

    def _acquire_restore(self, state):
        self._depth, self._owner = state

    def _at_fork_reinit(self):
        self._depth, self._owner = 0, 0

    __enter__ = acquire

    def __exit__(self, *exc_info):
        self.release()

    def __repr__(self):
        return "<%s _thread.RLock object owner=%d count=%d at %#x>" % (
            "locked" if self._depth else "unlocked", self._owner, self._depth, id(self))


_ReentrantLock.__name__ = _ReentrantLock.__qualname__ = 'RLock'
_ReentrantLock.__module__ = '_thread'


def Lock():
    """A new primitive lock."""
    return lock()


def RLock(*args, **kwargs):
    """A new reentrant lock."""
    return _ReentrantLock()


# ---------------------------------------------------------------------------------------------
# Conditions, semaphores, events, barriers

class Condition:
    """A condition variable bound to a lock (a new RLock by default)."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(self._lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        # For a lock without ownership tracking: owned if it cannot be taken right now.
        free = self._lock.acquire(False)
        if free:
            self._lock.release()
        return not free

    def _require_owned(self, what):
        if not self._is_owned():
            raise RuntimeError("cannot %s on un-acquired lock" % what)

    def wait(self, timeout=None):
        """Wait for a notify(); with no other thread to send one, times out (False)."""
        self._require_owned("wait")
        return False

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true; returns its last value."""
        outcome = predicate()
        if outcome or (timeout is not None and timeout <= 0):
            return outcome
        self.wait(timeout)
        return predicate()

    def notify(self, n=1):
        self._require_owned("notify")

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll()', 'use notify_all() instead')
        self.notify_all()


class Semaphore:
    """A counter of available units: acquire() takes one, release() gives back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def _describe(self):
        return "value=%s" % self._value

    def __repr__(self):
        kind = type(self)
        return "<%s.%s at %#x: %s>" % (kind.__module__, kind.__qualname__, id(self),
                                       self._describe())

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value <= 0:
            return False   # no other thread can release a unit meanwhile
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, *exc_info):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def _describe(self):
        return "value=%s/%s" % (self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag: set(), clear(), and wait() for it."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        kind = type(self)
        return "<%s.%s at %#x: %s>" % (kind.__module__, kind.__qualname__, id(self),
                                       "set" if self._flag else "unset")

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet()', 'use is_set() instead')
        return self.is_set()

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        """The flag (nothing can set it while this thread waits)."""
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Lets `parties` threads wait until all of them have arrived.  Only a barrier for one
    party can be passed here; waiting on a larger one breaks it."""

    def __init__(self, parties, action=None, timeout=None):
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._broken = False

    def __repr__(self):
        kind = type(self)
        where = "<%s.%s at %#x: " % (kind.__module__, kind.__qualname__, id(self))
        if self._broken:
            return where + "broken>"
        return where + "waiters=%s/%s>" % (self.n_waiting, self._parties)

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties != 1:
            # The other parties can never arrive: the wait times out, breaking the barrier.
            self._broken = True
            raise BrokenBarrierError
        if self._action is not None:
            try:
                self._action()
            except BaseException:
                self._broken = True
                raise
        return 0

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0

    @property
    def broken(self):
        return self._broken


# ---------------------------------------------------------------------------------------------
# Uncaught exceptions in threads

class _ExceptHookArgs(tuple):
    """(exc_type, exc_value, exc_traceback, thread) handed to threading.excepthook."""

    __module__ = '_thread'
    _fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __new__(cls, sequence):
        items = tuple(sequence)
        if len(items) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)"
                            % len(items))
        return super().__new__(cls, items)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        shown = ", ".join("%s=%r" % pair for pair in zip(self._fields, self))
        return "_thread._ExceptHookArgs(%s)" % shown


ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Report an exception that ended a thread's run() on stderr (SystemExit is silent)."""
    if args.exc_type is SystemExit:
        return
    thread = args.thread
    stream = _sys.stderr
    if stream is None:
        stream = getattr(thread, '_stderr', None)
        if stream is None:
            return
    label = thread.name if thread is not None else get_ident()
    print("Exception in thread %s:" % label, file=stream, flush=True)
    # The report is the interpreter's own, as CPython's C hook prints it ("Did you mean"
    # hints included): sys.__excepthook__ writing to `stream`.
    saved = _sys.stderr
    _sys.stderr = stream
    try:
        _sys.__excepthook__(args.exc_type, args.exc_value, args.exc_traceback)
    finally:
        _sys.stderr = saved
    stream.flush()


__excepthook__ = excepthook


# ---------------------------------------------------------------------------------------------
# Threads

_unnamed_count = [0]


def _default_name(target):
    _unnamed_count[0] += 1
    name = "Thread-%d" % _unnamed_count[0]
    if target is not None:
        try:
            name += " (%s)" % target.__name__
        except AttributeError:
            pass
    return name


class Thread:
    """A thread of control running run() (by default: target(*args, **kwargs))."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        self._target = target
        self._name = str(name) if name else _default_name(target)
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._state = "initial"        # then "started", then "stopped"
        self._stderr = _sys.stderr
        self._initialized = True

    def _check_init(self):
        assert self._initialized, "Thread.__init__() not called"

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        words = [self._state]
        if self._daemonic:
            words.append("daemon")
        if self._ident is not None:
            words.append(str(self._ident))
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, " ".join(words))

    def start(self):
        """Run the thread (here: to completion, before returning)."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._state != "initial":
            raise RuntimeError("threads can only be started once")
        self._ident = self._native_id = _fresh_ident()
        self._state = "started"
        _running.append(self)
        try:
            self.run()
        except BaseException as exc:
            excepthook(_ExceptHookArgs((type(exc), exc, exc.__traceback__, self)))
        finally:
            _running.pop()
            self._state = "stopped"

    def run(self):
        """What the thread does: call the target, then forget it."""
        try:
            self._call_target()
        finally:
            # Drop the references (as CPython does) once the work is over.
            del self._target, self._args, self._kwargs

    def _call_target(self):
        target = self._target
        if target is not None:
            target(*self._args, **self._kwargs)

    def _require_init(self):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")

    def join(self, timeout=None):
        self._require_init()
        if self._state == "initial":
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    def is_alive(self):
        self._check_init()
        return self._state == "started"

    @property
    def name(self):
        self._check_init()
        return self._name

    @name.setter
    def name(self, name):
        self._check_init()
        self._name = str(name)

    @property
    def ident(self):
        self._check_init()
        return self._ident

    @property
    def native_id(self):
        self._check_init()
        return self._native_id

    @property
    def daemon(self):
        self._check_init()
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        self._require_init()
        if self._state != "initial":
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon()', 'get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon()', 'set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName()', 'get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName()', 'set the name attribute instead')
        self.name = name


class Timer(Thread):
    """A thread calling function(*args, **kwargs) after `interval` seconds unless cancel()
    came first (no time passes here: start() makes the call at once)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_running = []     # the started threads whose run() is in progress, innermost last


class _MainThread(Thread):

    def __init__(self):
        super().__init__(name="MainThread", daemon=False)
        self._state = "started"
        self._ident = self._native_id = _MAIN_IDENT


def current_thread():
    return _running[-1] if _running else _main


def currentThread():
    _deprecated('currentThread()', 'use current_thread() instead')
    return current_thread()


def main_thread():
    return _main


def get_ident():
    return _running[-1]._ident if _running else _MAIN_IDENT


def get_native_id():
    return get_ident()


def enumerate():
    """The threads alive now: the main thread and any whose run() is in progress."""
    return [_main] + _running


def active_count():
    return 1 + len(_running)


def activeCount():
    _deprecated('activeCount()', 'use active_count() instead')
    return active_count()


# ---------------------------------------------------------------------------------------------
# Thread-local data, hooks, stack size

class _local:
    """Per-thread attributes; with a single thread, an ordinary attribute namespace."""

    __module__ = '_thread'

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        return super().__new__(cls)


local = _local

_hooks = {'trace': None, 'profile': None}


def settrace(func):
    _hooks['trace'] = func


def gettrace():
    return _hooks['trace']


def setprofile(func):
    _hooks['profile'] = func


def getprofile():
    return _hooks['profile']


_stack = [0]


def stack_size(size=0):
    """The stack size for new threads (0: the default); setting returns the old value."""
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    previous, _stack[0] = _stack[0], size
    return previous


_main = None
_main = _MainThread()
