# An uncaught exception raised while handling another one.
def cleanup():
    raise RuntimeError('cleanup failed')


try:
    print('working')
    [].pop()
except IndexError:
    cleanup()
