# An uncaught SystemExit whose code's str() raises: nothing but a newline is written to stderr,
# the exit status is 1, and the program still shuts down normally (__del__ runs).
class C:
    def __del__(self):
        print('del')
    def __repr__(self):
        raise RuntimeError('no repr')

print('before')
c = C()
raise SystemExit(c)
