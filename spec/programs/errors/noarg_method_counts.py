# Methods that take no arguments (or exactly one) refuse extra ones with CPython's messages.
tests = ["(1).bit_length(1)", "(1).bit_count(1)", "(1).conjugate(1)", "(1).as_integer_ratio(1)",
         "(1.5).is_integer(1)", "(1.5).hex(1)", "(1.5).as_integer_ratio(1)", "(1.5).conjugate(2)",
         "object().__sizeof__(1)", "object().__dir__(1)", "object().__reduce__(1)",
         "object().__reduce_ex__()", "object().__format__()", "object().__format__('x')",
         "type.__subclasses__(int, 1)", "(1).bit_length(x=1)", "(7).bit_length()", "(2.0).is_integer()",
         "(0.5).as_integer_ratio()", "(1.5).hex()", "bool.__subclasses__()"]
for t in tests:
    try:
        print(t, '->', eval(t))
    except TypeError as e:
        print(t, '->', type(e).__name__, e)
