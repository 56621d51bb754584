"""Operations: every write the window or the command line makes, each one function and
one transaction, each returning what it changed (`Changes`).

The window broadcasts the returned `Changes` once, and each view refreshes only what it
shows (Anki's `OpChanges` and `operation_did_execute`); the command line ignores it. The
rules that both sides need (which file speaks in a conflict, a review sent back needs a
comment, the passphrase rule, the author recorded on an edit, the trusted-signer set)
live here once.
"""

from kotodesk.ops.changes import Changes

__all__ = ["Changes"]
