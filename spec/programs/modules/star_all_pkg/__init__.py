__all__ = ["sub", "val"]
val = 1
