# type.__instancecheck__/__subclasscheck__/__dir__ called directly check their argument count
# (type.__instancecheck__(int) was an uncatchable internal error).
for m, args in [(type.__instancecheck__, ()), (type.__subclasscheck__, ()), (type.__instancecheck__, (1, 2)),
                (type.__subclasscheck__, (1, 2)), (type.__subclasscheck__, (5,)), (type.__dir__, (1,))]:
    try:
        print(m(int, *args))
    except TypeError as e:
        print('TypeError', e)
print(type.__instancecheck__(int, 5), type.__subclasscheck__(int, bool), type.__subclasscheck__(int, str), 'mro' in type.__dir__(int))
