# __setattr__ and __delattr__ intercept assignment and deletion.
class Recorder:
    def __init__(self):
        object.__setattr__(self, 'log', [])
        self.x = 1

    def __setattr__(self, name, value):
        self.log.append(('set', name, value))
        if name == 'frozen':
            raise AttributeError('cannot set frozen')
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(('del', name))
        super().__delattr__(name)


r = Recorder()
r.y = 2
del r.x
try:
    r.frozen = True
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.nothing
except AttributeError as e:
    print(type(e).__name__, e)
for entry in r.log:
    print(entry)
print(sorted(vars(r)))
setattr(r, 'z', 3)
print(r.log[-1])
