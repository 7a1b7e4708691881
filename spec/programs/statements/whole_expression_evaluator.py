import math
class Token:
    __match_args__ = ("kind", "text")
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"{self.kind}:{self.text}"

class LexError(Exception):
    def __init__(self, ch, pos):
        super().__init__(f"unexpected {ch!r} at {pos}")
        self.pos = pos

class ParseError(Exception):
    pass

def tokenize(src):
    i = 0
    ops = {"**": "POW", "//": "FDIV"}
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] in "._"):
                j += 1
            yield Token("NUM", src[i:j], i)
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield Token("NAME", src[i:j], i)
            i = j
        elif src[i:i + 2] in ops:
            yield Token(ops[src[i:i + 2]], src[i:i + 2], i)
            i += 2
        elif ch in "+-*/%(),^=":
            yield Token("OP", ch, i)
            i += 1
        else:
            raise LexError(ch, i)
    yield Token("EOF", "", i)

class Parser:
    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def take(self, kind=None, text=None):
        t = self.toks[self.i]
        if (kind and t.kind != kind) or (text and t.text != text):
            raise ParseError(f"expected {text or kind}, got {t!r}")
        self.i += 1
        return t
    def parse(self):
        if self.peek().kind == "NAME" and self.toks[self.i + 1].text == "=":
            name = self.take().text
            self.take(text="=")
            node = ("assign", name, self.expr())
        else:
            node = self.expr()
        self.take("EOF")
        return node
    def expr(self):
        node = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.unary()
        while self.peek().text in ("*", "/", "%", "//"):
            op = self.take().text
            node = (op, node, self.unary())
        return node
    def unary(self):
        if self.peek().text == "-":
            self.take()
            return ("neg", self.unary())
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek().kind == "POW":
            self.take()
            return ("**", base, self.unary())
        return base
    def atom(self):
        t = self.peek()
        match t:
            case Token("NUM", text):
                self.take()
                return ("num", float(text) if "." in text else int(text))
            case Token("NAME", name) if self.toks[self.i + 1].text == "(":
                self.take(); self.take(text="(")
                args = []
                if self.peek().text != ")":
                    args.append(self.expr())
                    while self.peek().text == ",":
                        self.take()
                        args.append(self.expr())
                self.take(text=")")
                return ("call", name, args)
            case Token("NAME", name):
                self.take()
                return ("var", name)
            case Token("OP", "("):
                self.take()
                e = self.expr()
                self.take(text=")")
                return e
            case _:
                raise ParseError(f"unexpected {t!r}")

FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "pow": pow}
def evaluate(node, env):
    match node:
        case ("num", v):
            return v
        case ("var", name):
            try:
                return env[name]
            except KeyError:
                raise NameError(f"undefined variable {name!r}") from None
        case ("neg", x):
            return -evaluate(x, env)
        case ("assign", name, x):
            env[name] = v = evaluate(x, env)
            return v
        case ("call", fname, args):
            f = FUNCS.get(fname)
            if f is None:
                raise NameError(f"unknown function {fname}")
            return f(*(evaluate(a, env) for a in args))
        case (op, a, b) if op in {"+", "-", "*", "/", "%", "//", "**"}:
            x, y = evaluate(a, env), evaluate(b, env)
            return {"+": lambda: x + y, "-": lambda: x - y, "*": lambda: x * y, "/": lambda: x / y,
                    "%": lambda: x % y, "//": lambda: x // y, "**": lambda: x ** y}[op]()
    raise ValueError(f"bad node {node!r}")

env = {"pi": 3}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "-2 ** 2", "2 ** -1", "2 ** 3 ** 2", "x = 7 // 2", "x * pi",
         "10 % 4 - -3", "sqrt(16) + max(1, x, 2)", "1 / 0", "y + 1", "3 $ 4", "(1 + 2", "foo(1)",
         "1_000 + .5", "min()", "pow(2, 100)", "7.5 // 2", "-7 // 2", "abs(-3) ** 0.5"]
for line in lines:
    try:
        ast = Parser(line).parse()
        print(f"{line!r:28} -> {evaluate(ast, env)!r}")
    except (LexError, ParseError) as e:
        print(f"{line!r:28} !! {type(e).__name__}: {e}")
    except ArithmeticError as e:
        print(f"{line!r:28} !! {type(e).__name__}: {e}")
    except (NameError, TypeError, ValueError) as e:
        print(f"{line!r:28} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
print(list(tokenize("a**b//c")))
print(Parser("1+2").parse(), Parser("f(1, g(2))").parse())
