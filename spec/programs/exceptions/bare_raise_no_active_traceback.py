def f():
    raise
def g():
    try:
        f()
    except RuntimeError as e:
        tb = e.__traceback__
        out = []
        while tb:
            out.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return out
print(g())
def h():
    try:
        raise KeyError('k')
    except KeyError:
        try:
            raise
        except KeyError as e:
            tb = e.__traceback__
            n = 0
            while tb:
                n += 1
                tb = tb.tb_next
            return n
print(h())
f()
