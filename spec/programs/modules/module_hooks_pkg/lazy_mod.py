def __getattr__(name):
    if name == "dynamic":
        return "from __getattr__"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["dynamic", "static"]
static = 1
_hidden = 2
__all__ = ["static", "_hidden"]
