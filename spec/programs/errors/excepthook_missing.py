import sys
print(sys.excepthook is sys.__excepthook__)
del sys.excepthook
raise ValueError("orig")
