class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"
class LexError(Exception): pass
class ParseError(Exception): pass
def lex(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            yield Token("num", float(text) if "." in text else int(text))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield Token("name", src[i:j])
            i = j
        elif c in "+-*/()^%,=":
            yield Token("op", c)
            i += 1
        else:
            raise LexError(f"unexpected character {c!r} at {i}")
    yield Token("eof", None)
class Parser:
    def __init__(self, src, env):
        self.toks = list(lex(src))
        self.pos = 0
        self.env = env
    def peek(self): return self.toks[self.pos]
    def next(self):
        t = self.toks[self.pos]; self.pos += 1; return t
    def expect(self, v):
        t = self.next()
        if t.value != v:
            raise ParseError(f"expected {v!r}, got {t.value!r}")
    def statement(self):
        if self.peek().kind == "name" and self.toks[self.pos + 1].value == "=":
            name = self.next().value; self.next()
            v = self.expr()
            self.env[name] = v
            return v
        return self.expr()
    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.next().value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.next().value
            r = self.factor()
            if op == "*": v *= r
            elif op == "/":
                if r == 0: raise ZeroDivisionError("division by zero in expression")
                v /= r
            else: v %= r
        return v
    def factor(self):
        b = self.unary()
        if self.peek().value == "^":
            self.next()
            return b ** self.factor()
        return b
    def unary(self):
        if self.peek().value == "-":
            self.next(); return -self.unary()
        return self.atom()
    def atom(self):
        t = self.next()
        if t.kind == "num": return t.value
        if t.kind == "name":
            if self.peek().value == "(":
                self.next()
                args = [self.expr()]
                while self.peek().value == ",":
                    self.next(); args.append(self.expr())
                self.expect(")")
                fn = FUNCS.get(t.value)
                if fn is None: raise NameError(f"unknown function {t.value}")
                return fn(*args)
            try:
                return self.env[t.value]
            except KeyError:
                raise NameError(f"undefined variable {t.value!r}") from None
        if t.value == "(":
            v = self.expr(); self.expect(")"); return v
        raise ParseError(f"unexpected token {t!r}")
import math
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "fact": math.factorial}
env = {"pi": math.pi}
progs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10", "y = x * 2 + 1", "y % 7", "sqrt(16) + max(1, 5, 3)",
         "fact(20) * fact(5)", "1 / 0", "z + 1", "3 $ 4", "(1 + 2", "foo(1)", "7 / 2", "1.5 * 4", "pi * 2", "min(3)", "2 ^ 0.5", "1 +", "10 % 3 - -1"]
for p in progs:
    try:
        print(f"{p:<28} => {Parser(p, env).statement()!r}")
    except (LexError, ParseError, NameError, ZeroDivisionError, TypeError) as e:
        print(f"{p:<28} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
print(list(lex("a1 = 3.5*(b_2)")))
