# A module or class body with annotated assignments has __annotations__ from its first
# statement on (SETUP_ANNOTATIONS); bodies without annotations have none.
print('__annotations__' in dir(), __annotations__)
x: int = 1
y: "str"
print(__annotations__)
class C:
    print('__annotations__' in locals(), dict(__annotations__))
    a: int
    if True:
        b: float = 2.0
    print(__annotations__)
class D:
    print('__annotations__' in locals())
    z = 1
print(C.__annotations__, '__annotations__' in D.__dict__)
def f():
    v: int = 5
    return v
print(f(), f.__annotations__)
ns = {}
exec("print('__annotations__' in dir())\nq: list = []\nprint(__annotations__)", ns)
exec("print('__annotations__' in dir())", {})
