# Locals that a try block did not get to bind are unbound in except and finally.
def f(fail):
    try:
        if fail:
            raise ValueError('fail')
        result = 'ok'
    except ValueError:
        pass
    finally:
        try:
            print('finally sees', result)
        except UnboundLocalError as e:
            print('finally:', type(e).__name__, e)


f(False)
f(True)


def g():
    try:
        value = int('x')
    except ValueError as e:
        message = str(e)
    return message, 'value' in locals()


print(g())
