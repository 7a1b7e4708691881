# type.__abstractmethods__: absent (AttributeError) until set; setting it makes the class
# abstract, deleting it makes it concrete again; deleting it when absent is an AttributeError.
try:
    type.__abstractmethods__
except AttributeError as e: print("AE", e)
class X: pass
try:
    X.__abstractmethods__
except AttributeError as e: print("AE", e)
X.__abstractmethods__ = ("meth",)
try: X()
except TypeError as e: print(e)
del X.__abstractmethods__
print(type(X()).__name__)
try:
    del X.__abstractmethods__
except AttributeError as e: print("AE", e)
