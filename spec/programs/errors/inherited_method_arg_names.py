# Argument-count errors of methods called as obj.m(...) name the method's owner (an int's
# __dir__ is "object.__dir__", a bool's bit_length "int.bit_length"), and set.__contains__,
# __class_getitem__ and __format__ check their single argument.
tests = ["True.bit_length(1)", "True.conjugate(1)", "(5).__ceil__(1)", "(5).__floor__(1)",
         "(5).__trunc__(1)", "(5).__getnewargs__(1)", "(1.5).__ceil__(1)", "(1.5).__floor__(2)",
         "(1.5).__trunc__(3)", "(1.5).__getnewargs__(1)", "(5).__dir__(1)", "'a'.__sizeof__(1)",
         "[].__getstate__(1)", "(5).__reduce__()", "'s'.__reduce__()", "[].__reduce_ex__()",
         "{1}.__contains__()", "frozenset().__contains__(1, 2)", "list.__class_getitem__()",
         "dict.__class_getitem__(1, 2)", "[].__format__()", "(1).__format__()", "None.__format__(1, 2)",
         "float.fromhex()", "{1}.__contains__(1)", "list.__class_getitem__(int)"]
for t in tests:
    try:
        print(t, '->', eval(t))
    except TypeError as e:
        print(t, '->', type(e).__name__, e)
