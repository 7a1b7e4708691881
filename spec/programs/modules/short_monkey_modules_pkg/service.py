from short_monkey_modules_pkg import config
from short_monkey_modules_pkg.config import DEBUG
def status():
    return f"config.DEBUG={config.DEBUG} copied DEBUG={DEBUG} is_debug={config.is_debug()}"
