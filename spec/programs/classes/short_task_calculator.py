class CalcError(Exception):
    pass
def tokenize(s):
    tokens, num = [], ""
    for ch in s:
        if ch.isdigit() or ch == ".":
            num += ch
        else:
            if num:
                tokens.append(float(num) if "." in num else int(num))
                num = ""
            if ch in "+-*/()":
                tokens.append(ch)
            elif not ch.isspace():
                raise CalcError(f"bad character {ch!r}")
    if num:
        tokens.append(float(num) if "." in num else int(num))
    return tokens
def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else None
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def expr():
        v = term()
        while peek() in ("+", "-"):
            v = v + term() if take() == "+" else v - term()
        return v
    def term():
        v = factor()
        while peek() in ("*", "/"):
            op = take()
            rhs = factor()
            if op == "/" and rhs == 0:
                raise CalcError("division by zero")
            v = v * rhs if op == "*" else v / rhs
        return v
    def factor():
        t = peek()
        if t == "(":
            take()
            v = expr()
            if take() != ")":
                raise CalcError("expected )")
            return v
        if t == "-":
            take()
            return -factor()
        if isinstance(t, (int, float)):
            return take()
        raise CalcError(f"unexpected {t!r}")
    result = expr()
    if pos != len(tokens):
        raise CalcError("trailing tokens")
    return result
for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2 + 3) * 2", "2 * (3 + 4", "1 / 0", "2 $ 3", "1.5 * 4", ""]:
    try:
        print(src, "=", parse(tokenize(src)))
    except CalcError as e:
        print(src, "->", type(e).__name__, e)
    except IndexError as e:
        print(src, "->", "IndexError", e)
