from ..util import double
from .. import VERSION

print('leaf running as', __name__)
leaf_value = double(21)
version_seen = VERSION
