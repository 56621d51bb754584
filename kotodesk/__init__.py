"""kotodesk: offline status reporting on a city programme of measures."""

import time

STARTED = time.perf_counter()  # the reference for `kotodesk --smoke`'s start-up time

__version__ = "0.1.0"
