"""What the window says when a card or token cannot sign, in the person's language.

The core's TokenError says it in English for the command line and the log (with its
flags, `--module`, `--key`); its `kind` lets the window say it in Finnish or Swedish and
point at the window's own controls. Every message about signing says that nothing was
written; the ones about the card software name the file or the places looked in.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kotodesk.signing.pki.modules import TokenError
from kotodesk.ui.words import error_text

# {0} is the token's label; in the card software's messages it is the module's path (or
# the places looked in, when none was found).
TEXTS = {
    TokenError.WRONG_PIN: QT_TRANSLATE_NOOP(
        "TokenMessages", "Wrong PIN for the card or token {0}. Nothing was written; type "
        "the PIN again."),
    TokenError.FINAL_TRY: QT_TRANSLATE_NOOP(
        "TokenMessages", "Wrong PIN for the card or token {0}. Nothing was written. Only "
        "one try is left before the PIN locks."),
    TokenError.LOCKED: QT_TRANSLATE_NOOP(
        "TokenMessages", "The PIN of the card or token {0} is locked after too many wrong "
        "tries. Unlock it with the PUK code (your organisation's card service helps). "
        "Nothing was written."),
    TokenError.ABSENT: QT_TRANSLATE_NOOP(
        "TokenMessages", "The card or token {0} is not in the reader. Insert it and try "
        "again. Nothing was written."),
    TokenError.REMOVED: QT_TRANSLATE_NOOP(
        "TokenMessages", "The card or token {0} was removed while signing. Insert it and "
        "try again. Nothing was written."),
    TokenError.CANNOT_SIGN: QT_TRANSLATE_NOOP(
        "TokenMessages", "The certificate chosen on the card or token {0} may not sign "
        "documents (its key usage does not allow signatures). Choose the card's signing "
        "certificate. Nothing was written."),
    TokenError.PIN_FORMAT: QT_TRANSLATE_NOOP(
        "TokenMessages", "The PIN for the card or token {0} has the wrong length or "
        "characters. Nothing was written; type the PIN again."),
    TokenError.UNREACHABLE: QT_TRANSLATE_NOOP(
        "TokenMessages", "The card or token {0} did not answer. Take it out of the reader, "
        "insert it again and try again. Nothing was written."),
    TokenError.NO_KEY: QT_TRANSLATE_NOOP(
        "TokenMessages", "The card or token {0} holds no private key for the chosen "
        "certificate. Choose another certificate. Nothing was written."),
    TokenError.SEVERAL: QT_TRANSLATE_NOOP(
        "TokenMessages", "Several cards or tokens are named {0}. Leave only one in the "
        "readers and try again. Nothing was written."),
    TokenError.NO_MODULE: QT_TRANSLATE_NOOP(
        "TokenMessages", "No card software was found on this computer (looked for {0}). "
        "Install OpenSC or your organisation's card software, or choose its PKCS#11 "
        "module with Browse…"),
    TokenError.NO_SUCH_MODULE: QT_TRANSLATE_NOOP(
        "TokenMessages", "{0}: there is no such file. Choose the card software's PKCS#11 "
        "module with Browse…"),
    TokenError.NOT_A_MODULE: QT_TRANSLATE_NOOP(
        "TokenMessages", "{0} cannot be used as card software (it is not a working PKCS#11 "
        "module). Choose the card software's module with Browse…"),
}
ABOUT_THE_MODULE = {TokenError.NO_MODULE, TokenError.NO_SUCH_MODULE, TokenError.NOT_A_MODULE}


def token_message(exc: TokenError, token: str) -> str:
    """The message for `exc`, naming the token (or the card software's module); the
    core's own text for an error of no known kind."""
    text = TEXTS.get(exc.kind)
    if text is None:
        return error_text(exc)
    named = exc.path if exc.kind in ABOUT_THE_MODULE else token
    return QCoreApplication.translate("TokenMessages", text).format(named)
