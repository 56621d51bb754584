"""kotodesk: offline status reporting on a city programme of measures."""

import time

STARTED = time.perf_counter()  # the reference for `kotodesk --smoke`'s start-up time

__version__ = "0.1.0"

# Before anything imports pyHanko: no aiohttp in the process (kotodesk/signing/offline.py).
from kotodesk.signing.offline import keep_pyhanko_offline  # noqa: E402

keep_pyhanko_offline()
