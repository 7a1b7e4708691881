# inspect.signature of the builtins module's functions, from their __text_signature__.
import inspect, builtins
for name, v in vars(builtins).items():
    if type(v).__name__ == 'builtin_function_or_method':
        try:
            print(name, v.__text_signature__ is not None, inspect.signature(v))
        except Exception as e:
            print(name, type(e).__name__, e)
print(repr(inspect.signature(len)), inspect.signature(sorted).parameters['key'].kind)
print(inspect.signature(divmod).bind(1, 2).arguments)
