def outer():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    x = 1
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
outer()
def loop_var():
    for i in range(0):
        pass
    return i
try:
    loop_var()
except UnboundLocalError as e:
    print(e)
def cond(flag):
    if flag:
        value = 1
    return value
print(cond(True))
try:
    cond(False)
except UnboundLocalError as e:
    print(e)
def exc_var():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return err
try:
    exc_var()
except UnboundLocalError as e:
    print(e)
def aug():
    total += 1
try:
    aug()
except UnboundLocalError as e:
    print(e)
import sys
def uses_sys():
    print(sys.version_info.major >= 3)
    import sys
try:
    uses_sys()
except UnboundLocalError as e:
    print(e)
def nested_del():
    v = 1
    def g():
        nonlocal v
        del v
    g()
    return v
try:
    nested_del()
except UnboundLocalError as e:
    print(e)
