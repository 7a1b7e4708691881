# return, break and continue crossing finally blocks.
def return_in_finally():
    try:
        return 'try'
    finally:
        return 'finally'


def finally_swallows():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'


def finally_runs_on_return(log=[]):
    try:
        return 'value', log
    finally:
        log.append('finally ran')


def loop_control():
    log = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(f'body {i}')
        finally:
            log.append(f'finally {i}')
    return log


def return_value_evaluated_first(x='before'):
    try:
        return x
    finally:
        x = 'after'


print(return_in_finally(), finally_swallows(), finally_runs_on_return())
print(loop_control(), return_value_evaluated_first())


def nested():
    log = []
    try:
        try:
            return 'inner'
        finally:
            log.append('inner finally')
    finally:
        log.append('outer finally')
        print(log)


print(nested())
