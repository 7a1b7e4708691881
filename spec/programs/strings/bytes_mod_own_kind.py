# bytes % and bytearray % format only when the left operand is of their own kind: calling
# one type's __rmod__ with the other kind is NotImplemented, while the operators still work
# across the two kinds (the left operand's slot formats).
print(bytearray(b'x').__rmod__(b'%s'), b'x'.__rmod__(bytearray(b'%s')))
print(b'x'.__rmod__(b'%s'), bytearray(b'x').__rmod__(bytearray(b'%s')))
print(b'%s' % bytearray(b'y'), bytearray(b'%s') % b'y', bytearray(b'%s') % bytearray(b'z'))
print(bytearray(b'%s').__mod__(b'y'), b'%s'.__mod__(bytearray(b'q')), b'a'.__mod__(()))
print(bytearray(b'%d').__mod__(5), b'%s'.__mod__(memoryview(b'mv')))
for a, b in [(5, b'x'), (b'x', 5), ('%s', b'x'), (b'%s', 'x'), (b'%s-%s', (1,))]:
    try:
        print(repr(a % b))
    except TypeError as e:
        print('TypeError', e)


class B(bytes):
    pass


class BA(bytearray):
    def __rmod__(self, other):
        return 'BA.__rmod__'


print(B(b'%s') % b'1', b'%s' % B(b'2'), B(b'3').__rmod__(b'%s'), B(b'x').__rmod__(bytearray(b'%s')))
print(b'%s' % BA(b'r'), bytearray(b'%s') % BA(b'r'), type(BA(b'%s') % b'1').__name__)
