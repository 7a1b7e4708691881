# try statements in loops with continue, break and else clauses.
def parse_all(items):
    good, bad = [], []
    for item in items:
        try:
            value = int(item)
        except ValueError:
            bad.append(item)
            continue
        else:
            good.append(value)
        finally:
            pass
    return good, bad


print(parse_all(['1', 'x', '3', '', '-4']))


def first_failure(items):
    for i, item in enumerate(items):
        try:
            1 / item
        except ZeroDivisionError:
            break
    else:
        return 'no failure'
    return f'failure at {i}'


print(first_failure([1, 2, 0, 3]), first_failure([1, 2]))
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f'attempt {attempts}')
        break
    except ConnectionError as e:
        print('retry after', e)
print('succeeded after', attempts)
