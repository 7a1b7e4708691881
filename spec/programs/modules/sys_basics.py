# The sys module: the running module, version, and a few stable attributes.
import sys

print(__name__, __name__ == '__main__')
me = sys.modules[__name__]
print(type(me).__name__, me.__name__, sys.modules['__main__'] is me)
print(sys.version_info[:2], sys.version_info.major, type(sys.version_info).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.getrecursionlimit())
print('sys' in sys.modules, 'builtins' in sys.modules, sys.modules['sys'] is sys)
print(type(sys.path).__name__, type(sys.argv).__name__, len(sys.argv))
print(callable(sys.exit), sys.stdout.write is not None)
x = 'module global'
print(me.x, getattr(me, 'x'), vars(me)['x'], me.__dict__ is globals())
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.byteorder in ('little', 'big'))
