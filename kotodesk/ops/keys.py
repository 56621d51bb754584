"""The passphrase that locks a new signing key: one rule for the window and the command
line (at least keys.MIN_PASSPHRASE characters, typed the same twice)."""

from __future__ import annotations

from kotodesk.domain.errors import InputError
from kotodesk.signing.keys import MIN_PASSPHRASE


class PassphraseTooShort(InputError):
    """Shorter than MIN_PASSPHRASE characters."""


class PassphrasesDiffer(InputError):
    """The passphrase typed again is not the same."""


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> str:
    """The passphrase for a new key, checked (`repeated`: typed again, when asked)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseTooShort(
            f"the passphrase must have at least {MIN_PASSPHRASE} characters")
    if repeated is not None and repeated != passphrase:
        raise PassphrasesDiffer("the two passphrases differ")
    return passphrase
