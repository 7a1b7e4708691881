# An uncaught exception whose class's __module__ is not a str is printed as
# "<unknown>.<qualname>: message" (the traceback module agrees).
import traceback

Odd = type("Odd", (Exception,), {"__module__": 42})
Named = type("Named", (Exception,), {"__module__": "pkg.mod"})
print(traceback.format_exception_only(Odd, Odd("x")))
print(traceback.format_exception_only(Named, Named("y")))
Gone = type("Gone", (ValueError,), {"__module__": None})
raise Gone("no module")
