"""What the window says when a card or token cannot sign, in the person's language.

The core's TokenError says it in English for the command line and the log; its `kind`
lets the window say it in Finnish or Swedish. Every message says that nothing was written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kotodesk.signing.pki.modules import TokenError


def token_message(exc: TokenError, token: str) -> str:
    """The message for `exc`, naming the token; the core's own text for other kinds."""
    kind = exc.kind
    if kind == TokenError.WRONG_PIN:
        return QCoreApplication.translate(
            "TokenMessages", "Wrong PIN for the card or token {0}. Nothing was written; "
            "type the PIN again.").format(token)
    if kind == TokenError.FINAL_TRY:
        return QCoreApplication.translate(
            "TokenMessages", "Wrong PIN for the card or token {0}. Nothing was written. "
            "Only one try is left before the PIN locks.").format(token)
    if kind == TokenError.LOCKED:
        return QCoreApplication.translate(
            "TokenMessages", "The PIN of the card or token {0} is locked after too many "
            "wrong tries. Unlock it with the PUK code (your organisation's card service "
            "helps). Nothing was written.").format(token)
    if kind == TokenError.ABSENT:
        return QCoreApplication.translate(
            "TokenMessages", "The card or token {0} is not in the reader. Insert it and try "
            "again. Nothing was written.").format(token)
    if kind == TokenError.REMOVED:
        return QCoreApplication.translate(
            "TokenMessages", "The card or token {0} was removed while signing. Insert it "
            "and try again. Nothing was written.").format(token)
    if kind == TokenError.CANNOT_SIGN:
        return QCoreApplication.translate(
            "TokenMessages", "The certificate chosen on the card or token {0} may not sign "
            "documents (its key usage does not allow signatures). Choose the card's "
            "signing certificate. Nothing was written.").format(token)
    return str(exc)
