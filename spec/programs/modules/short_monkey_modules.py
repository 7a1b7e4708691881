from short_monkey_modules_pkg import config, service
print(service.status())
config.DEBUG = True
print(service.status())
config.is_debug = lambda: "patched"
print(service.status())
import short_monkey_modules_pkg.service as svc
print(svc is service, sorted(k for k in vars(svc) if not k.startswith("__")))
print(config.DEBUG, service.status())
