"""pyHanko without its HTTP client.

`pyhanko.sign.timestamps` imports its aiohttp time-stamping client and
`pyhanko.sign.validation.ades` the aiohttp fetchers of certificates, CRLs and OCSP, and
with them aiohttp (about 110–280 ms, a fifth of a first export's wait), whatever the caller
does. kotodesk never time-stamps online, never fetches, never opens a network connection
(PRODUCT.md), so before pyHanko is first imported stand-ins take the two modules' places:
importing pyHanko no longer loads aiohttp, and anything that would still go online fails
loudly instead of connecting.
"""

from __future__ import annotations

import importlib.machinery
import sys

TIME_STAMPS = "pyhanko.sign.timestamps.aiohttp_client"
FETCHERS = "pyhanko_certvalidator.fetchers.aiohttp_fetchers"


class OnlineRefused(RuntimeError):
    """Something asked pyHanko to go online (a time-stamp, a fetch)."""


class HTTPTimeStamper:
    """Stands in for pyHanko's online time-stamper: kotodesk makes no connection."""

    def __init__(self, *_args, **_kwargs) -> None:
        raise OnlineRefused("kotodesk opens no network connection: no online time-stamp")


class AIOHttpFetcherBackend:
    """Stands in for pyHanko's online fetchers: kotodesk makes no connection."""

    def __init__(self, *_args, **_kwargs) -> None:
        raise OnlineRefused("kotodesk opens no network connection: nothing is fetched")


STAND_INS = {TIME_STAMPS: HTTPTimeStamper, FETCHERS: AIOHttpFetcherBackend}


class _StandIns:  # a meta path finder and loader (importlib.abc costs 40 ms to import)
    """Finds the stand-ins when pyHanko imports its online modules (and only then, so that
    pyHanko itself is still imported only when a PDF is signed or checked)."""

    def find_spec(self, name, path=None, target=None):
        if name in STAND_INS:
            return importlib.machinery.ModuleSpec(name, self)
        return None

    def create_module(self, spec):
        return None  # the default module object

    def exec_module(self, module) -> None:
        stand_in = STAND_INS[module.__name__]
        module.__doc__ = stand_in.__doc__
        setattr(module, stand_in.__name__, stand_in)


def keep_pyhanko_offline() -> None:
    """Put the stand-ins' finder first, once, unless pyHanko is imported already."""
    if any(isinstance(finder, _StandIns) for finder in sys.meta_path):
        return
    if any(name in sys.modules for name in ("pyhanko", "pyhanko_certvalidator", "aiohttp")):
        return
    sys.meta_path.insert(0, _StandIns())
