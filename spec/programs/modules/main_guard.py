# __name__ is '__main__' only for the script; imported modules see their own name.
from main_guard_pkg import tool

print(__name__, tool.__name__, tool.run())
print(tool.__file__.replace('\\', '/').rsplit('/', 2)[-2:])
print(__file__.replace('\\', '/').rsplit('/', 1)[-1])
print(tool.__spec__.name, __spec__ is None or __spec__.name)
if __name__ == '__main__':
    print('main block runs')
