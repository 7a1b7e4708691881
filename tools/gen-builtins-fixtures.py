#!/usr/bin/env python3
"""Writes spec/fixtures/builtins.json: what CPython 3.11 answers for calls of the builtin
functions (src/builtins/) and the time module (src/modules/time.ts).

    python3 tools/gen-builtins-fixtures.py > spec/fixtures/builtins.json

The cases are grouped in sessions. Each session starts from a fresh namespace holding the
builtins plus the PRELUDE objects (spec/builtins.test.ts builds the same objects in JS), then
runs its steps in order: `name = expr` binds a name, anything else is an expression whose
repr(), or raised exception (type name and str), is recorded. Steps use a small expression
language the test parses itself: literals, names, calls with keywords, attributes,
subscripts, unary -, **, == and `is`.

A session may capture output (stdout/stderr are StringIO objects read by out() / err()),
provide stdin text, and run in a fresh temporary directory (file tests).
"""
import io
import json
import os
import sys
import tempfile
import time

PRELUDE = r'''
nan = float('nan')
inf = float('inf')

class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 42
    def __subclasscheck__(cls, sub):
        return sub is int

class WithMeta(metaclass=Meta):
    pass

class R:
    def __round__(self, *args):
        return ('round',) + args

class L:
    def __len__(self):
        return 7

class BadLen:
    def __len__(self):
        return -1

class D:
    def __dir__(self):
        return ['b', 'a', 'c']

class Idx:
    def __index__(self):
        return 10

class A:
    pass

class B(A):
    pass

class Abs:
    def __abs__(self):
        return 'abs!'

class Fmt:
    def __format__(self, spec):
        return 'F:' + spec

class BadFmt:
    def __format__(self, spec):
        return 1

class Claims:
    @property
    def __class__(self):
        return int

class Fake:
    __bases__ = ()

class It:
    def __init__(self):
        self.n = 3
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

class StopVal:
    def __next__(self):
        raise StopIteration(5)

class GetItem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return 'Cmp(%r)' % (self.v,)

class Pw:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other, mod=None):
        return ('rpow', other, mod)

def mkcount():
    return iter([1, 2, 3, 4, 5]).__next__

def neg(x):
    return -x

def first(p):
    return p[0]

def boom(x):
    raise ValueError('boom')

fake = Fake()
a = A()
a.x = 1
obj = object()
'''

SESSIONS = [
    ('abs', {}, [
        'abs(-5)', 'abs(5)', 'abs(-2.5)', 'abs(True)', 'abs(False)', 'abs(-2**70)', 'abs(-0.0)', 'abs(Abs())',
        'abs()', 'abs(1, 2)', "abs('a')", 'abs(x=1)', 'abs(None)', 'abs(-inf)',
    ]),
    ('all_any', {}, [
        'all([])', 'any([])', 'all([1, 0])', 'all([1, 2])', "any([0, '', None, 3])", 'any((0, 0))',
        "all('abc')", 'all(It())', 'any(It())', 'all(GetItem())', 'all()', 'all(1)', 'any(1, 2)', 'any(x=[])',
        'all(range(1, 5))', 'any(range(0))',
    ]),
    ('ascii_repr', {}, [
        "ascii('abc')", "ascii('é😀\\x00\\n')", "ascii(['é', 'ü'])", 'ascii(1)', 'ascii()', 'ascii(1, 2)',
        "ascii('\\u20ac')", "repr('a\\nb')", 'repr(1.5)', 'repr(None)', 'repr([1, (2,)])', 'repr()', "repr('é')",
    ]),
    ('bin_oct_hex', {}, [
        'bin(5)', 'bin(-5)', 'bin(0)', 'bin(True)', 'bin(2**70)', 'oct(8)', 'oct(-8)', 'hex(255)', 'hex(-255)',
        'hex(2**70)', 'hex(Idx())', 'bin(Idx())', 'bin(1.5)', "bin('a')", 'hex(1.5)', 'oct(None)', 'bin()',
        'hex(1, 2)',
    ]),
    ('callable', {}, [
        'callable(len)', 'callable(1)', 'callable(int)', 'callable(A)', 'callable(a)', 'callable(neg)',
        'callable()', 'callable(1, 2)',
    ]),
    ('chr_ord', {}, [
        'chr(65)', 'chr(0)', 'chr(128512)', 'chr(0x10ffff)', 'chr(True)', 'chr(Idx())', 'chr(-1)',
        'chr(0x110000)', "chr('a')", 'chr(1.5)', 'chr(2**31)', 'chr(2**31-1)', 'chr(-2**31-1)', 'chr(2**70)',
        'chr()', "ord('a')", "ord('😀')", "ord('é')", "ord('ab')", "ord('')", 'ord(1)', "ord(b'a')",
        "ord(b'ab')", "ord(bytearray(b'z'))", 'ord()', "ord('\\x00')", "ord('😀😀')",
    ]),
    ('divmod', {}, [
        'divmod(7, 2)', 'divmod(7, -2)', 'divmod(-7, 2)', 'divmod(7.5, 2)', 'divmod(True, 2)', 'divmod(2**70, 3)',
        'divmod(1)', "divmod(1, 'a')", 'divmod(1, 0)', 'divmod(1.0, 0)', 'divmod(1, 2, 3)', 'divmod(x=1, y=2)',
        'divmod(-0.0, 1)',
    ]),
    ('format', {}, [
        "format('a')", 'format(1)', 'format(None)', "format(None, '')", "format(3.14159, '.2f')",
        "format(255, 'x')", "format(255, '#010b')", "format('ab', '>5')", "format(Fmt(), 'xyz')",
        "format(Fmt())", 'format()', 'format(1, 2)', "format(1, 'q')", "format('a', 'd')",
        "format(obj, 'x')", "format(BadFmt())", "format(1, '', 3)", "format(True)", "format(1.5)",
        "format(2**70, ',')",
    ]),
    ('getattr_family', {}, [
        "getattr(1, 'real')", "getattr(a, 'x')", "getattr(a, 'y', None)", "getattr(a, 'y')",
        "getattr(1, 'x')", 'getattr()', 'getattr(1)', 'getattr(1, 2)', "getattr(1, 'x', 2, 3)",
        "getattr(1, 'x', 5)", "hasattr(1, 'real')", "hasattr(a, 'x')", "hasattr(a, 'nope')", 'hasattr(1)',
        'hasattr(1, 2)', "setattr(a, 'y', 5)", "getattr(a, 'y')", "setattr(1, 'x', 2)", 'setattr(1, 2, 3)',
        'setattr()', "delattr(a, 'y')", "hasattr(a, 'y')", "delattr(a, 'y')", "delattr(1, 'x')",
        'delattr(1, 2)', "getattr(a, 'x', default=1)", "setattr(A, 'cv', 9)", "getattr(a, 'cv')",
    ]),
    ('hash_id', {}, [
        'hash(1)', 'hash(-1)', 'hash(1.5)', 'hash(2**64)', 'hash((1, 2))', "hash('')", 'hash(True)',
        'hash(-2**70)', 'hash(0.1)', 'hash(inf)', 'hash([])', 'hash({})', 'hash()', 'hash(1, 2)',
        'id(obj) == id(obj)', 'id(a) == id(obj)', 'id()', 'id(1, 2)',
    ]),
    ('isinstance', {}, [
        'isinstance(1, int)', 'isinstance(True, int)', 'isinstance(1, float)', 'isinstance(1, (str, (bytes, int)))',
        'isinstance(1, ())', 'isinstance(a, A)', 'isinstance(a, B)', 'isinstance(B(), A)', 'isinstance(A, type)',
        'isinstance(1, object)', 'isinstance(42, WithMeta)', 'isinstance(41, WithMeta)', 'isinstance(1, (WithMeta, str))',
        'isinstance(Claims(), int)', 'isinstance(Claims(), Claims)', 'isinstance(1, fake)', 'isinstance(1)',
        'isinstance(1, 1)', 'isinstance(1, (int, 1))', 'isinstance(1, (1, int))', 'isinstance(1, int, int)',
        'isinstance(1, cls=int)', 'isinstance(None, type(None))',
    ]),
    ('issubclass', {}, [
        'issubclass(bool, int)', 'issubclass(int, bool)', 'issubclass(B, A)', 'issubclass(A, B)',
        'issubclass(bool, (str, (int,)))', 'issubclass(int, WithMeta)', 'issubclass(str, WithMeta)',
        'issubclass(fake, fake)', 'issubclass(int, fake)', 'issubclass(1, int)', 'issubclass(int, 1)',
        'issubclass(int, (1,))', 'issubclass(1, (int,))', 'issubclass(A, object)', 'issubclass(type, object)',
        'issubclass(fake, int)', 'issubclass()', 'issubclass(int, (str, 1))',
    ]),
    ('iter_next', {}, [
        'list(iter([1, 2]))', 'list(iter(It()))', 'list(iter(mkcount(), 3))', 'list(iter(mkcount(), 9))',
        'iter()', 'iter(1)', 'iter(1, 2)', 'iter(1, 2, 3)', 'iter(len, 1, x=1)', 'list(iter(GetItem()))',
        'next(iter([1, 2]))', 'next(iter([]), 5)', 'next(iter([]))', 'next(It())', 'next([1])', 'next(1)',
        'next()', 'next(1, 2, 3)', 'next(StopVal(), 7)', 'next(iter(mkcount(), 1), 8)', 'next(iter([]), default=1)',
        "next(iter('ab'))", 'next(StopVal())', 'next(a)',
    ]),
    ('len', {}, [
        "len('abc')", "len('😀')", 'len([1, 2, 3])', 'len(())', 'len({1: 2})', 'len(range(10))', 'len(L())',
        'len(1)', 'len()', 'len([], [])', 'len(BadLen())', "len(b'ab')", 'len(It())', 'len(obj=1)',
    ]),
    ('max_min', {}, [
        'max([3, 1, 2])', 'min([3, 1, 2])', 'max(1, 2)', 'min(1, 2, 3, key=neg)', 'max([3, 1, 3.0])',
        'max(3, 3.0)', 'min(3, 3.0)', 'max((1, 2), (1, 3))', 'min([], default=None)', "max('abc')",
        'max(iter([]), default=5)', 'max([], default=1, key=None)', 'max()', 'min()', 'max(1)', 'max([])',
        'min([])', 'max(1, 2, key=1)', 'max(1, 2, default=3)', 'max(x=1)', 'max([1], foo=2)', 'max(key=None)',
        'max(1, key=None)', 'max([Cmp(1), Cmp(3), Cmp(2)])', 'min([Cmp(1), Cmp(3), Cmp(2)])',
        "max(1, 'a')", "min([1, 'a'])", 'max([1, 2], key=boom)', 'max([nan, 1])', 'max([1, nan])',
        'max(It())', 'min(It(), default=9)', 'max([[1], [2]], key=len)', 'min(2, 1.0, True)',
    ]),
    ('pow', {}, [
        'pow(2, 10)', 'pow(2, -1)', 'pow(2.0, 0.5)', 'pow(3, 4, 5)', 'pow(True, 2)', 'pow(2, 3, None)',
        'pow(2, 2**70, 7)', 'pow(0, 0)', 'pow(10, 400, 7)', 'pow(-2, 3, 5)', 'pow(2, 3, -5)', 'pow(2, -1, 5)',
        'pow(base=2, exp=3)', 'pow(base=2, exp=3, mod=5)', 'pow()', 'pow(1)', 'pow(1, 2, 3, 4)', 'pow(2, 3, 0)',
        'pow(2, -1, 4)', 'pow(2.0, 3, 4)', "pow('a', 2)", "pow('a', 2, 3)", "pow(1, 2, 'a')", 'pow(0, -1, 5)',
        'pow(0.0, -1)', 'pow(x=1)', 'pow(2, x=1)', 'pow(2, 3, base=1)', 'pow(2, 3, z=1)', 'pow(Pw(), 2)',
        'pow(2, Pw())', 'pow(Pw(), 2, 3)', 'pow(2**0.5, 2)', 'pow(-8, 2)', 'pow(7, 0, 1)',
    ]),
    ('round', {}, [
        'round(2.5)', 'round(3.5)', 'round(2.675, 2)', 'round(-0.5)', 'round(1234, -2)', 'round(1250, -2)',
        'round(1.5, None)', 'round(True)', 'round(5, 2)', 'round(2.5, 0)', 'round(1e300, -400)',
        'round(1.5, 2**70)', 'round(1.5, -2**70)', 'round(number=1.5)', 'round(R())', 'round(R(), 3)',
        'round(R(), None)', 'round()', "round('a')", "round(1, 'a')", 'round(1.5, 1.5)', 'round(nan)',
        'round(inf)', 'round(x=1)', 'round(1.5, x=1)', 'round(1.5, 2, 3)', 'round(-1.25, 1)',
        'round(123.456, -1)', 'round(2**70 + 1, -5)', 'round(0.5)', 'round(-2.5)', 'round(1.5, Idx())',
        'round(number=2.5, ndigits=0)',
    ]),
    ('sorted', {}, [
        "sorted('bca')", 'sorted([3, 1, 2], reverse=True)', "sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=first)",
        'sorted([3, 1, 2], key=None, reverse=1)', 'sorted([])', 'sorted((2, 1))', 'sorted({3: 1, 1: 2})',
        'sorted(It())', 'sorted([3, 1, 2], key=neg)', 'sorted()', 'sorted(1)', 'sorted([], 1)',
        "sorted([1, 'a'])", 'sorted([], foo=1)', "sorted([3, 1, 2], reverse='')",
        'sorted([3, 1, 2], reverse=None)', 'sorted(iterable=[1])', 'sorted([Cmp(2), Cmp(1)])',
        'sorted([1, 2], key=boom)', "sorted([1.5, 1, True, -2**70])",
        "sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=first, reverse=True)", 'sorted(1, foo=2)',
    ]),
    ('sum', {}, [
        'sum([1, 2, 3])', 'sum([1.5, 2.5], 10)', 'sum([[1], [2]], [])', 'sum(range(101))',
        'sum([2**62, 2**62])', 'sum([0.1] * 10)', 'sum([1, 0.1, 2**70])', 'sum([True, True])', 'sum([], True)',
        'sum([1.5, True])', 'sum([-0.0])', 'sum([-0.0], -0.0)', 'sum([], -0.0)', 'sum([1], True)',
        'sum([2**53, 1, 1])', 'sum([2**53, 1.0, 1])', 'sum([1, 2], start=1)', 'sum([(1,), (2,)], ())',
        'sum()', 'sum(1)', "sum(['a', 'b'])", "sum([1], '')", "sum([1], start='a')", "sum([b'a'], b'')",
        'sum([bytearray()], bytearray())', "sum([1, 'a'])", 'sum(iterable=[1])', 'sum([], foo=1)',
        'sum([], 1, 2)', 'sum([1.5, 2**1100])', 'sum([inf, -inf])', 'sum(It())', 'sum([1, 2.5, 3])',
        'sum([0.1, 0.2, 0.3])', 'sum([1e100, 1.0, -1e100])',
    ]),
    ('dir_vars', {}, [
        'dir(D())', 'dir(a)[-1]', "'x' in dir(a)", 'dir(1, 2)', 'vars(a)', 'vars(1)', 'vars(1, 2)', 'vars(x=1)',
        "dir(1)[:3]", "'__len__' in dir(list)",
    ]),
    ('breakpoint', {}, ['breakpoint()']),
    ('print', {'capture': True}, [
        "print('a', 'b', 'c')", 'out()', "print('a', 'b', sep='-')", "print('x', end='|')", 'print()',
        'print(1, 2.5, None, [1], (2,), {3: 4})', 'out()', "print('x', sep=None, end=None)", 'out()',
        "print(sep=1)", "print(end=1)", "print(file=1)", "print(foo=1)", "print('y', file=None)", 'out()',
        "print('e', file=stderr)", 'err()', "stdout.write('abc')", 'out()',
        "s = StringIO()", "print('to', 'sio', sep='_', file=s, flush=True)", 's.getvalue()', 'out()',
        "print('a', 'b', sep='')", "print(*[1, 2, 3])" if False else "print(1, 2, 3, sep=', ', end='!\\n')",
        'out()', "print('f', flush=1)", 'out()', "print('é😀')", 'out()',
    ]),
    ('input', {'capture': True, 'stdin': 'first line\nsecond\r\nthird'}, [
        'input()', "input('prompt> ')", 'out()', 'input()', 'input()', 'input(1, 2)', 'input(prompt=1)',
    ]),
    ('stdin_read', {'capture': True, 'stdin': 'a\nb\nc\n'}, [
        'stdin.readline()', 'stdin.readlines()', 'stdin.readline()', 'input()',
    ]),
    ('open_args', {'tmp': True}, [
        'open()', "open('nonexistent.txt')", "open('x', 'q')", "open('x', 'rw')", 'open(1.5)', "open('.', 'r')",
        "open('nodir/y', 'w')", "open('x', foo=1)", "open('x', 'rb', encoding='utf-8')", "open('x', 'rbt')",
        "open('x', 'U')", "open('x', 'rU')", "open('x', 'rb', newline='')", "open('x', 'rb', errors='strict')",
        "open('x', '')", "open('x', 't')", "open('x', '+')", "open('x', 'rr')", "open('x', 'r++')",
        "open('x', 'r', newline='z')", "open('x', 'r', newline=1)", "open('x', 'r', encoding=1)",
        "open('x', 1)", "open('x', errors=1)", "open([])", "open(None)", "open('')",
        "open('x', 'r', -1, None, None, None, True, None, 5)", "open('zz', 'r', buffering=0)",
        "open('x', 'r', buffering='x')", "open('x', closefd=False)",
    ]),
    ('files_text', {'tmp': True}, [
        "f = open('a.txt', 'w')", 'f', "f.write('hello\\nworld\\r\\nx\\ry')", 'f.write(1)', 'f.read()',
        "f.writelines(['a\\n', 'b'])", 'f.tell()', 'f.closed', 'f.close()', 'f.closed', "f.write('x')", 'f',
        "f = open('a.txt')", 'f.read()', 'f.seek(0)', 'f.readline()', 'f.readlines()', 'f.readline()',
        "f.write('x')", 'f.name', 'f.mode', 'f.encoding', 'f.close()', 'f.read()', 'f.close()',
        "open('a.txt', newline='').read()", "open('a.txt', newline='').readlines()", "list(open('a.txt'))",
        "open('a.txt').read(3)", "open('a.txt').readline(3)", "open('a.txt').read(-1)", "open('a.txt').read(None)",
        "open('a.txt').read('a')", "open('a.txt').readline(None)", "open('a.txt', 'x')", "open('a.txt', 'rt').mode",
        "open('a.txt', encoding='utf8').encoding", "open('a.txt', encoding='nope')",
        "g = open('a.txt')", 'next(g)', 'g.__enter__() is g', 'g.__exit__(None, None, None)', 'next(g)', 'iter(g)',
        'g.readable()', "open('a.txt').readable()", "open('a.txt').writable()", "open('a.txt').seekable()",
        "w = open('b.txt', 'w')", "w.write('é😀\\n')", "w.writelines(1)", "w.writelines([1])", 'w.close()',
        "open('b.txt').read()", "open('b.txt', 'rb').read()", "open('b.txt', encoding='latin-1').read()",
        "open('b.txt', encoding='ascii').read()", "open('b.txt', encoding='ascii', errors='replace').read()",
        "h = open('b.txt', 'a')", 'h.tell()', "h.write('more')", 'h.close()', "open('b.txt').read()",
        "u = open('c.txt', 'w+')", "u.write('abc\\ndef')", 'u.seek(0)', 'u.read()', 'u.tell()', 'u.seek(1)',
        "u.write('X')", 'u.seek(0)', 'u.read()', 'u.close()', "open('c.txt').read()",
        "u = open('c.txt', 'a+')", 'u.read()', 'u.seek(0)', 'u.read()', "u.write('Z')", 'u.seek(0)', 'u.read()',
        'u.close()', "u = open('c.txt', 'r+')", "u.write('12')", 'u.read()', 'u.close()', "open('c.txt').read()",
        "open('c.txt').seek(0, 1)", "open('c.txt').seek(3, 1)", "open('c.txt').seek(-1)",
        "open('c.txt', 'w').read()", "open('c.txt', 'r').truncate()",
        "n = open('d.txt', 'w', newline='\\r\\n')", "n.write('a\\nb\\n')", 'n.close()', "open('d.txt', 'rb').read()",
        "open('d.txt').read()", "open('d.txt', newline='\\r\\n').readlines()", "open('d.txt', buffering=0)",
        "open('d.txt', 'r', newline='z')", "open('e.txt', 'w').write('unreferenced')", "open('e.txt').read()",
    ]),
    ('files_binary', {'tmp': True}, [
        "f = open('b.bin', 'wb')", 'f', "f.write(b'\\xff\\xfe')", "f.write(bytearray(b'ab'))", "f.write('x')",
        'f.read()', 'f.close()', "f.write(b'x')", "open('b.bin', 'rb').read()", "open('b.bin', 'rb')",
        "open('b.bin', 'ab')", "open('b.bin', 'r+b')", "open('b.bin', 'w+b').mode", "open('b.bin', 'r+b').mode",
        "g = open('b.bin', 'wb')", "g.write(b'line1\\nline2\\n')", 'g.close()', "r = open('b.bin', 'rb')",
        'r.readline()', 'r.read(2)', 'r.tell()', 'r.read()', 'r.read()', "r.write(b'')", 'r.close()', 'r.read()',
        'r.readline()', 'r.tell()', "list(open('b.bin', 'rb'))", "open('b.bin').read()",
        "open('b.bin', 'rb').read('x')", "q = open('q.bin', 'wb')", 'q.close()', 'q.flush()', "q.write(b'x')",
        "open('c.bin', 'wb').write(b'\\xff')", "open('c.bin').read()", "open('c.bin', errors='replace').read()",
        "open('c.bin', errors='ignore').read()", "open('c.bin', encoding='latin-1').read()",
    ]),
    ('stringio', {}, [
        "s = StringIO('abc\\ndef')", 's.readline()', 's.tell()', 's.seek(0)', 's.read(2)', 's.truncate()',
        's.getvalue()', "s.write('XY')", 's.getvalue()', 's.read()', 'StringIO(1)', 'StringIO(None).getvalue()',
        "StringIO('a\\r\\nb', newline=None).getvalue()", "StringIO('a\\r\\nb').readlines()",
        "StringIO('a\\r\\nb', newline='').readlines()", "c = StringIO()", 'c.close()', 'c.getvalue()', 'c.closed',
        'c.read()', "StringIO().write(b'x')", 'StringIO().seek(1, 1)', "t = StringIO('abc')", 't.seek(5)',
        "t.write('x')", 't.getvalue()', 'StringIO().name', "next(StringIO('x'))", "next(StringIO(''))",
        "list(StringIO('a\\nb\\n'))", "StringIO('x').readable()", "StringIO().encoding",
        "BytesIO(b'abc').read()", "BytesIO(b'abc').getvalue()", "b = BytesIO()", "b.write(b'xy')", 'b.getvalue()',
        "b.write('s')", "BytesIO('s')",
    ]),
    ('time', {}, [
        'time.gmtime(0)', 'time.gmtime(1700000000.7)', 'time.gmtime(1700000000)[0]', 'time.gmtime(1700000000).tm_yday',
        'len(time.gmtime(0))', 'time.gmtime(0).tm_zone', 'time.gmtime(0).tm_gmtoff', 'time.gmtime(-1.5)',
        'time.gmtime(1e12)', 'time.gmtime(-62135596801)', 'time.gmtime(951782400)', 'time.gmtime(4107542400)',
        "time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %w %U %W %%', time.gmtime(1700000000))",
        "time.strftime('%c|%x|%X|%e|%f|%D|%T|%R|%n|%t|%G|%V|%u|%C|%h|%k|%l|%s', time.gmtime(1700000000))",
        "time.strftime('%Q %', time.gmtime(0))", "time.strftime('%-d %_d %0e %^a %#b', time.gmtime(0))",
        "time.strftime('%Y', (999, 1, 1, 0, 0, 0, 0, 1, 0))", "time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0))",
        "time.strftime('%Y %m %d', (2020, 0, 0, 0, 0, 0, 0, 0, 0))", "time.strftime('%Y', (2020, 1, 1, 25, 0, 0, 0, 1, 0))",
        "time.strftime('%Y %j %a', (2020, 1, 1, 0, 0, 0, -1, 400, 0))", "time.strftime('%Y %j %a', (2020, 1, 1, 0, 0, 0, 7, 366, 0))",
        "time.strftime('%Y', [2020, 1, 1, 0, 0, 0, 0, 1, 0])", "time.strftime('%Y', (2020, 1))", 'time.strftime(1)',
        "time.strftime('%G-%V %g', time.gmtime(1609372800))", "time.strftime('%G-%V %U %W', time.gmtime(1704067200))",
        "time.strftime('%G-%V', time.gmtime(1230681600))", "time.strftime('%I %p %l', time.gmtime(43200))",
        "time.strftime('%z', time.gmtime(0))", "time.strftime('%Z', time.gmtime(0))",
        'time.asctime(time.gmtime(0))', 'time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0))',
        'time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0))', 'time.struct_time((1, 2))',
        'time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))', "time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, 'z', 3)).tm_zone",
        'time.struct_time(5)', 'time.struct_time()', 'time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0)',
        'time.gmtime(0)[:3]', 'time.gmtime(0).tm_foo', 'time.gmtime(2**70)', 'time.gmtime(nan)', "time.gmtime('a')",
        'time.sleep(-1)', "time.sleep('a')", 'time.sleep(None)', 'time.sleep()', 'time.sleep(0)', 'time.sleep(0.001)',
        'time.sleep(True)', 'type(time.time())', 'type(time.time_ns())', 'type(time.perf_counter())',
        'type(time.perf_counter_ns())', 'type(time.monotonic())', 'type(time.process_time())', 'time.struct_time',
        'time.time() > 1600000000', 'time.time_ns() > 10**18', 'time.perf_counter() >= 0', 'time.mktime(5)',
        'time.gmtime(0).tm_isdst', 'time.gmtime(86399)', 'time.strftime(\'%d\', time.gmtime(0), 1)',
        'time.time(1)', 'time.strftime()', 'time.mktime()', 'time.gmtime(1, 2)', 'time.asctime(1)', 'time.ctime(1, 2)',
        'time.time_ns(x=1)', 'time.localtime(1, 2)', 'time.asctime((2020, 1, 1, 0, 0, 0, 0, 1))',
        'time.perf_counter_ns() >= 0', 'time.monotonic_ns() > 0', 'time.process_time_ns() >= 0',
        "time.strftime('%#Z %#p %^b %P', time.gmtime(0))", 'time.ctime(0)', 'time.asctime(time.gmtime(10**10))',
    ]),
]


def run_session(name, opts, steps):
    ns = {}
    exec(PRELUDE, ns)
    ns['StringIO'] = io.StringIO
    ns['BytesIO'] = io.BytesIO
    ns['time'] = time
    saved = sys.stdout, sys.stderr, sys.stdin
    cwd = os.getcwd()
    tmp = None
    out_buf = io.StringIO()
    err_buf = io.StringIO()
    if opts.get('capture'):
        sys.stdout, sys.stderr = out_buf, err_buf

        def out():
            v = out_buf.getvalue()
            out_buf.seek(0)
            out_buf.truncate()
            return v

        def err():
            v = err_buf.getvalue()
            err_buf.seek(0)
            err_buf.truncate()
            return v
        ns['out'] = out
        ns['err'] = err
    ns['stdout'] = sys.stdout
    ns['stderr'] = sys.stderr
    if 'stdin' in opts:
        # As CPython's own stdin on POSIX: lines split at \n, \r kept (create_stdio's newline='\n').
        sys.stdin = io.StringIO(opts['stdin'], newline='\n')
    ns['stdin'] = sys.stdin
    if opts.get('tmp'):
        tmp = tempfile.mkdtemp()
        os.chdir(tmp)
    results = []
    try:
        for src in steps:
            step = {'src': src}
            try:
                if ' = ' in src and src.split(' = ')[0].isidentifier():
                    target, expr = src.split(' = ', 1)
                    ns[target] = eval(expr, ns)
                    step['assign'] = True
                else:
                    step['ok'] = repr(eval(src, ns))
            except BaseException as e:
                step['error'] = [type(e).__name__, str(e)]
            results.append(step)
    finally:
        sys.stdout, sys.stderr, sys.stdin = saved
        os.chdir(cwd)
        if tmp is not None:
            for root, dirs, files in os.walk(tmp, topdown=False):
                for f in files:
                    os.unlink(os.path.join(root, f))
                for d in dirs:
                    os.rmdir(os.path.join(root, d))
            os.rmdir(tmp)
    return {'name': name, 'options': opts, 'steps': results}


def main():
    os.environ['TZ'] = 'UTC'
    os.environ['PYTHONBREAKPOINT'] = '0'
    time.tzset()
    sessions = [run_session(n, o, s) for n, o, s in SESSIONS]
    json.dump({'sessions': sessions}, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
