class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("exit failed")
def g():
    with CM():
        yield 1
        1/0
list(g())
