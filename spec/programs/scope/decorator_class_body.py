# Decorators in a class body can use names from the class namespace.
class Registry:
    handlers = {}

    def register(name, handlers=handlers):
        def deco(fn):
            handlers[name] = fn.__name__
            return fn
        return deco

    @register('a')
    def handle_a(self):
        return 'A'

    @register('b')
    def handle_b(self):
        return 'B'

    del register


print(Registry.handlers)
print(hasattr(Registry, 'register'))
print(Registry().handle_a(), Registry().handle_b())


def class_deco(cls):
    cls.decorated = True
    return cls


@class_deco
class Plain:
    pass


print(Plain.decorated)
