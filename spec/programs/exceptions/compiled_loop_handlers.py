# Exception handlers inside hot loops (the VM's compiled loops take the handler as an entry:
# PUSH_EXC_INFO, CHECK_EXC_MATCH, POP_EXCEPT run compiled). Every loop runs thousands of
# rounds so that its handlers are reached from compiled code.
import sys


class Base(Exception):
    pass


class Sub(Base):
    pass


def thrower(i):
    if i % 3 == 0:
        raise Sub(i)
    if i % 3 == 1:
        raise Base(i)
    return i


def handlers(n):
    counts = [0, 0, 0, 0]
    table = {0: 'a', 1: 'b'}
    for i in range(n):
        try:
            thrower(i)
        except Sub as e:
            counts[0] += e.args[0] % 5
        except (KeyError, Base):
            counts[1] += 1
        else:
            counts[2] += 1
        try:
            table[i % 4]
        except KeyError as e:
            counts[3] += len(e.args)
        try:
            1 // (i % 2)
        except ZeroDivisionError:
            counts[3] += 2
    return counts


print(handlers(4000))


def exc_info_states(n):
    seen = []
    for i in range(n):
        try:
            raise ValueError(i)
        except ValueError:
            t, v, tb = sys.exc_info()
            if i % 1000 == 0:
                seen.append((t.__name__, v.args[0], tb is not None))
        after = sys.exc_info()
        if i % 1000 == 0:
            seen.append(after)
    return seen


print(exc_info_states(3001))


def unbound_after_handler(n):
    total = 0
    for i in range(n):
        try:
            [][i]
        except IndexError as err:
            total += 1
        try:
            err
        except UnboundLocalError as u:
            if i == n - 1:
                print('unbound:', u)
    return total


print(unbound_after_handler(2000))


def context_chain(n):
    out = []
    for i in range(n):
        try:
            try:
                {}[i]
            except KeyError:
                raise RuntimeError('in handler')
        except RuntimeError as e:
            if i % 700 == 0:
                out.append((type(e.__context__).__name__, e.__context__.args, e.__suppress_context__))
    return out


print(context_chain(2100))


def reraise_and_finally(n):
    log = []
    caught = 0
    for i in range(n):
        try:
            try:
                if i % 2:
                    raise KeyError(i)
                raise IndexError(i)
            except KeyError:
                raise
            finally:
                caught += 1
        except LookupError as e:
            if i % 999 == 0:
                log.append(type(e).__name__)
    return caught, log


print(reraise_and_finally(3000))


def break_continue(n):
    got = []
    for i in range(n):
        try:
            if i % 2:
                raise ValueError
        except ValueError:
            continue
        try:
            if i == n - 2:
                raise StopIteration('x')
        except StopIteration:
            got.append(i)
            break
        got.append(-1) if i % 1000 == 0 else None
    return got


print(break_continue(5000))


def bad_except_class(n):
    msgs = set()
    for i in range(n):
        try:
            try:
                raise ValueError
            except (int if i % 2 else ValueError):
                pass
        except TypeError as e:
            msgs.add(str(e))
    return sorted(msgs)


print(bad_except_class(1000))


def handler_then_propagate(n):
    for i in range(n):
        try:
            {}[i]
        except KeyError:
            if i == n - 1:
                raise AttributeError('out of the loop at %d' % i)


try:
    handler_then_propagate(2500)
except AttributeError as e:
    print(e, type(e.__context__).__name__, e.__traceback__.tb_next.tb_lineno)


def gen_with_handlers(n):
    for i in range(n):
        try:
            if i % 4 == 0:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield -e.args[0]


print(sum(gen_with_handlers(8000)), list(gen_with_handlers(9)))

# The same at module level (STORE_NAME / LOAD_NAME loop).
hits = 0
for k in range(3000):
    try:
        int('x' * (k % 3))
    except ValueError as exc:
        hits += 1
print(hits, 'exc' in dir())


def raised_in_compiled_code(n):
    # ZeroDivisionError and KeyError raised by the compiled instruction itself, under a
    # handler of the same frame; messages and tracebacks as CPython's.
    msgs = {}
    d = {'a': 1, 2: 'two'}
    for i in range(n):
        for op in range(4):
            try:
                if op == 0:
                    i // (i % 3)
                elif op == 1:
                    i % (i % 2)
                elif op == 2:
                    d[i % 5]
                else:
                    d[str(i % 4)]
            except (ZeroDivisionError, KeyError) as e:
                key = (type(e).__name__, str(e) if op < 2 else 'key', e.__traceback__.tb_lineno)
                msgs[key] = msgs.get(key, 0) + 1
    return sorted(msgs.items())


print(raised_in_compiled_code(3000))


def unhandled_in_loop(n):
    d = {}
    for i in range(n):
        if i == n - 1:
            return d[i]
        d[i] = i


try:
    unhandled_in_loop(3000)
except KeyError as e:
    print('KeyError', e, e.__traceback__.tb_next.tb_lineno)
