# An imported module's globals are finalized at exit too, after __main__'s.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def ticker():
    try:
        yield 1
        yield 2
    finally:
        print('first.ticker finally')


kept = Noisy('first.kept')
running = ticker()
next(running)
