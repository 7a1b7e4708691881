# Assigning tb_next cuts (or relinks) the traceback chain as CPython does, also once the
# exception is raised again; a loop and a non-traceback are refused with its messages.
def chain(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
def a(): b()
def b(): [][0]
try:
    a()
except IndexError as e:
    tb = e.__traceback__
    tb.tb_next.tb_next = None
    print(chain(e.__traceback__))
    try:
        tb.tb_next.tb_next = tb
    except ValueError as x:
        print(x)
    try:
        tb.tb_next = 5
    except TypeError as x:
        print(x)
    err = e
def again():
    raise err
try:
    again()
except IndexError as e:
    print(chain(e.__traceback__))
    e.__traceback__.tb_next = None
    print(chain(e.__traceback__))
