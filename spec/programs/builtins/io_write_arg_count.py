import io,sys
for f in [lambda: io.BytesIO().writelines(), lambda: io.StringIO().writelines(), lambda: sys.stdout.write(), lambda: sys.stdout.write(1,2), lambda: io.StringIO().write(), lambda: io.BytesIO().write(), lambda: sys.stdout.write(s=1), lambda: sys.stdout.writelines()]:
  try: f()
  except Exception as e: print(type(e).__name__, e)
