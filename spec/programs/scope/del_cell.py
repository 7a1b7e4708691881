# del of a cell variable in its owner, and re-assignment afterwards.
def owner():
    v = 'value'

    def reader():
        return v
    print(reader())
    del v
    try:
        print(v)
    except UnboundLocalError as e:
        print('owner:', type(e).__name__, e)
    try:
        reader()
    except NameError as e:
        print('reader:', type(e).__name__, e)
    try:
        del v
    except UnboundLocalError as e:
        print('del again:', type(e).__name__, e)
    v = 'revived'
    return reader


print(owner()())
