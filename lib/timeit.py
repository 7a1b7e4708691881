"""Timing small pieces of code (Dyad's timeit, behaving as CPython 3.11's).

A Timer turns its statement and setup (source strings or callables) into one function,
`inner(_it, _timer)`, that runs the setup once and the statement once per item of `_it`
between two readings of the timer; the garbage collector is off while it runs. Run as a
program (`-m timeit`) it picks a loop count and reports the best of several repeats.
"""

import gc
import itertools
import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

_TEMPLATE = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """src with every line after the first indented by `indent` more spaces."""
    return src.replace('\n', '\n' + ' ' * indent)


class Timer:
    """Times a statement (after a setup) with a timer function."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # Compiled alone first, so its errors are reported against its own lines.
            compile(setup, dummy_src_name, 'exec')
            stmtprefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, 'exec')
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = _TEMPLATE.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, 'exec')
        exec(code, global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        """Prints the current exception's traceback with the timed source's lines."""
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split('\n'),
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken (by self.timer) to run the statement `number` times."""
        it = itertools.repeat(None, number)
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if gc_was_on:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first loop count 1, 2, 5, 10, 20, 50, ... that takes at
        least 0.2 seconds; callback(number, seconds) is called after each try."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {'nsec': 1e-9, 'usec': 1e-6, 'msec': 1e-3, 'sec': 1.0}
_USAGE = """Usage: python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-h] [--] [statement]

Options:
  -n/--number N: how many times to execute 'statement' (default: see below)
  -r/--repeat N: how many times to repeat the timer (default 5)
  -s/--setup S: statement to be executed once initially (default 'pass').
                Execution time of this setup statement is NOT timed.
  -p/--process: use time.process_time() (default is time.perf_counter())
  -v/--verbose: print raw timing results; repeat for more digits precision
  -u/--unit: set the output time unit (nsec, usec, msec, or sec)
  -h/--help: print this usage message and exit
  --: separate options from statement, use when statement starts with -
  statement: statement to be timed (default 'pass')
"""


def _parse_options(args):
    """(options dict, statement list) of the command line, or an error message."""
    opts = {'number': 0, 'repeat': default_repeat, 'setup': [], 'unit': None,
            'timer': default_timer, 'verbose': 0, 'help': False}
    long_names = {'--number': 'n', '--repeat': 'r', '--setup': 's', '--unit': 'u',
                  '--process': 'p', '--verbose': 'v', '--help': 'h'}
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == '--':
            i += 1
            break
        if not arg.startswith('-') or arg == '-':
            break
        if arg.startswith('--'):
            name, eq, value = arg.partition('=')
            matches = [n for n in long_names if n.startswith(name)]
            if len(matches) != 1:
                raise _OptionError('option %s not recognized' % name)
            letter = long_names[matches[0]]
            flags = [(letter, value if eq else None)]
        else:
            flags = []
            j = 1
            while j < len(arg):
                letter = arg[j]
                if letter in 'nrsu':
                    flags.append((letter, arg[j + 1:] or None))
                    break
                flags.append((letter, None))
                j += 1
        i += 1
        for letter, value in flags:
            if letter in 'nrsu':
                if value is None:
                    if i >= len(args):
                        raise _OptionError('option -%s requires argument' % letter)
                    value = args[i]
                    i += 1
                if letter == 'n':
                    opts['number'] = int(value)
                elif letter == 'r':
                    opts['repeat'] = max(1, int(value))
                elif letter == 's':
                    opts['setup'].append(value)
                else:
                    if value not in _UNITS:
                        raise _UnitError()
                    opts['unit'] = value
            elif letter == 'p':
                opts['timer'] = time.process_time
            elif letter == 'v':
                opts['verbose'] += 1
            elif letter == 'h':
                opts['help'] = True
            else:
                raise _OptionError('option -%s not recognized' % letter)
    return opts, args[i:]


class _OptionError(Exception):
    pass


class _UnitError(Exception):
    pass


def _format_time(seconds, unit, precision):
    if unit is not None:
        scale = _UNITS[unit]
    else:
        scales = sorted(((s, u) for u, s in _UNITS.items()), reverse=True)
        for scale, unit in scales:
            if seconds >= scale:
                break
    return '%.*g %s' % (precision, seconds / scale, unit)


def main(args=None, *, _wrap_timer=None):
    """The command line: time the statement and print the best result per loop."""
    if args is None:
        args = sys.argv[1:]
    try:
        opts, statements = _parse_options(list(args))
    except _OptionError as err:
        print(err)
        print('use -h/--help for command line help')
        return 2
    except _UnitError:
        print('Unrecognized unit. Please select nsec, usec, msec, or sec.', file=sys.stderr)
        return 2
    if opts['help']:
        print(_USAGE, end=' ')
        return 0
    stmt = '\n'.join(statements) or 'pass'
    setup = '\n'.join(opts['setup']) or 'pass'
    timer = opts['timer']
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    verbose = opts['verbose']
    precision = 3 + verbose
    number = opts['number']
    t = Timer(stmt, setup, timer)
    if number == 0:
        def report(count, taken):
            if verbose:
                plural = count != 1
                print('%d loop%s -> %.*g secs' % (count, 's' if plural else '', precision, taken))
        try:
            number, _ = t.autorange(report)
        except Exception:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        results = t.repeat(opts['repeat'], number)
    except Exception:
        t.print_exc()
        return 1
    per_loop = [taken / number for taken in results]
    best = min(per_loop)
    if verbose:
        print('raw times: %s' % ', '.join(_format_time(x, opts['unit'], precision) for x in per_loop))
        print()
    print('%d loop%s, best of %d: %s per loop'
          % (number, 's' if number != 1 else '', opts['repeat'], _format_time(best, opts['unit'], precision)))
    worst = max(per_loop)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit('The test results are likely unreliable. The worst time (%s) was '
                               'more than four times slower than the best time (%s).'
                               % (_format_time(worst, opts['unit'], precision),
                                  _format_time(best, opts['unit'], precision)),
                               UserWarning, '', 0)
    return None


if __name__ == '__main__':
    sys.exit(main())
