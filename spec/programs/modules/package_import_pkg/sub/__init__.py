print('sub package running as', __name__)
from .leaf import leaf_value
