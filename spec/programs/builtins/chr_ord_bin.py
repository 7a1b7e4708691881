# chr, ord, bin, oct, hex and number formatting builtins.
print(chr(65), chr(0x1F600), chr(233), ord('A'), ord('😀'), ord('\n'), ord(b'a'))
print(bin(0), bin(5), bin(-5), oct(64), oct(-8), hex(0), hex(-1), hex(2 ** 64))
print(int(bin(1234), 0), hex(ord('z')), [chr(c) for c in range(97, 102)])
for bad in (lambda: chr(0x110000), lambda: chr(-1), lambda: ord(''), lambda: ord('ab'), lambda: bin(1.5), lambda: hex('a')):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(format(10, 'b'), format(10, '08b'), format(-10, '#x'), format(3.5), format('s'), format(1234, ','))
