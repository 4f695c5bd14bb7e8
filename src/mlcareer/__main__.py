"""
``python -m mlcareer``: the ``mlcareer`` command.
"""

import sys

from mlcareer._cli import main

sys.exit(main())
