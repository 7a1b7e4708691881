try:
    pass
except ValueError as e:
    print(e)
except (TypeError, KeyError) as e2:
    pass
except:
    pass
else:
    el = 1
finally:
    fin = 2

with open(p) as fh, lock:
    pass
with ctx() as (a, b):
    pass

try:
    pass
except* OSError as eg:
    pass

def f():
    try:
        pass
    except Exception as err:
        return err
    with cm() as c:
        pass
