# A class statement with a repeated keyword is a SyntaxError too.
print("never printed")
class A(metaclass=type, metaclass=type):
    pass
