# An uncaught JSONDecodeError is reported under its qualified name json.decoder.JSONDecodeError.
import json

print(json.loads('{"ok": true}'))
json.loads('{"a": [1, 2,\n "b": 3]}')
