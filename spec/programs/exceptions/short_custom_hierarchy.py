class AppError(Exception):
    """Base."""
    def __init__(self, msg, *, code=500):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found", code=404)
class Forbidden(AppError):
    pass
def handle(kind):
    try:
        if kind == "nf":
            raise NotFound("page")
        if kind == "fb":
            raise Forbidden("nope", code=403)
        if kind == "other":
            raise RuntimeError("boom")
        return "ok"
    except NotFound as e:
        return ("404", str(e), e.code)
    except AppError as e:
        return ("app", str(e), e.code, type(e).__name__)
    except Exception as e:
        return ("generic", repr(e))
for k in ["nf", "fb", "other", "none"]:
    print(handle(k))
print(NotFound("x").args, repr(NotFound("x")), AppError.__doc__)
try:
    raise NotFound("user")
except (KeyError, AppError) as e:
    print("tuple caught", e)
def retry(fn, times):
    for attempt in range(1, times + 1):
        try:
            return fn(attempt)
        except ValueError as e:
            print(f"attempt {attempt} failed: {e}")
    raise RuntimeError("all attempts failed")
print(retry(lambda a: a if a == 3 else int("x"), 5))
try:
    retry(lambda a: int("y"), 2)
except RuntimeError as e:
    print(e, e.__context__)
