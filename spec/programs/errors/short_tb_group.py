def run():
    errors = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(f"bad {i}")
            if i == 2:
                raise TypeError(f"worse {i}")
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("batch failed", errors)
try:
    run()
except* ValueError as eg:
    print("values:", eg.exceptions)
except* TypeError as eg:
    print("types:", eg.exceptions)
eg = ExceptionGroup("g", [ValueError(1), KeyError(2), ExceptionGroup("inner", [TypeError(3)])])
print(eg.split(ValueError))
m, rest = eg.split(lambda e: isinstance(e, (KeyError, TypeError)))
print(m, rest)
print(repr(eg.subgroup(TypeError)))
run()
