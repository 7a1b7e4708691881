# __package__ of the builtin modules ('' for top-level ones, as importlib sets it), math's docstring.
import sys, math, time
print(repr(sys.__package__), repr(math.__package__), repr(time.__package__), repr(__package__))
print(math.__doc__)
print(math.__spec__.name, time.__spec__.name, math.__name__)
