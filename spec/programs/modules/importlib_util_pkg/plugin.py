NAME = 'plugin'
print('plugin body runs, __name__ =', __name__)
def hello(): return 'hello from ' + __name__
