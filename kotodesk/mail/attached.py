"""What a draft may carry: the file a command says it sends, checked before it is attached.

`kotodesk mail return FILE…` and `mail package FILE` attach the files a person names. A
wrong pick (someone else's return, last round's, a merged report, a spreadsheet of one's
own, a return changed after it was signed) would go out under the draft's subject, and
the coordinator would find out only when it is refused, or not at all. So each file is
verified as kotodesk verifies a received one, against what the draft says it is: a return
signed with this data folder's own key, for the unit and round of the draft, that the
coordinator could count; or a round package this folder signed for the round. A refusal
names the file and the problem (InputError).
"""

from __future__ import annotations

from pathlib import Path

from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import verify
from kotodesk.domain.errors import InputError
from kotodesk.domain.formats import MERGED_FORMAT, PACKAGE_FORMAT, RETURN_FORMAT
from kotodesk.domain.messages import message
from kotodesk.domain.model import Round, Unit
from kotodesk.signing import keys
from kotodesk.signing.pki.installed import _spki
from kotodesk.signing.trust_list import TrustList

_KINDS = {RETURN_FORMAT: "kind-return", PACKAGE_FORMAT: "kind-package",
          MERGED_FORMAT: "kind-merged"}


def _kind(kind: str) -> str:
    code = _KINDS.get(kind)
    return message(code) if code else message("kind-other", kind=kind or "?")


def own_file(workspace: Workspace, path: Path, wanted: str, round_: Round
             ) -> verify.Verification:
    """The file verified as this folder's own signed file of kind `wanted` for `round_`;
    InputError (naming the file) when it is anything else."""
    path = Path(path)
    result = verify.examine(path)
    if result.status not in verify.GENUINE or result.certificate is None:
        raise InputError(message("attach-refused", why=result.message), path=path)
    if result.kind != wanted:
        raise InputError(message("attach-wrong-kind", found=_kind(result.kind),
                                 wanted=_kind(wanted)), path=path)
    own = keys.own_certificate(workspace.home)
    if _spki(result.certificate) != _spki(own):
        raise InputError(message("attach-not-own", signer=keys.describe(
            result.certificate).name or result.fingerprint), path=path)
    payload = result.payload or {}
    programme = (payload.get("programme") or {})
    period = (payload.get("round") or {}).get("period", "")
    if programme.get("id") != round_.programme_id or period != round_.period:
        expected = workspace.catalogue(round_.programme_id, round_.catalogue_version)
        raise InputError(message("attach-other-round", found=period or "?",
                                 programme=programme.get("name") or "?",
                                 wanted=round_.period, expected=expected.programme.name),
                         path=path)
    # Judged as the coordinator would judge a file of a signer trusted for everything:
    # a signing time in the future, a certificate that may not sign then, a revocation.
    trusted = TrustList.of_fingerprints([result.fingerprint])
    from kotodesk.signing.pki.validation import chain_trust

    trusted.chains = chain_trust(workspace)
    judged = verify.judge(result, trusted)
    if judged.status != verify.VALID:
        raise InputError(message("attach-refused", why=judged.message), path=path)
    return judged


def own_return(workspace: Workspace, round_: Round, unit: Unit, paths: list[Path]) -> None:
    """Each file is this folder's own return of `unit` for `round_` (an .xlsx and its
    .pdf: the same signed return)."""
    signed = []
    for path in paths:
        result = own_file(workspace, path, RETURN_FORMAT, round_)
        found = (result.payload or {}).get("unit") or {}
        if found.get("id") != unit.id:
            raise InputError(message("attach-other-unit", found=found.get("name") or "?",
                                     wanted=unit.name), path=path)
        signed.append((path, result.signed_at))
    times = {t for _, t in signed}
    if len(times) > 1:
        raise InputError(message("attach-not-a-pair", first=signed[0][1],
                                 second=signed[-1][1]), path=signed[-1][0])


def own_package(workspace: Workspace, round_: Round, path: Path) -> None:
    """The file is a round package this folder signed for `round_`."""
    own_file(workspace, path, PACKAGE_FORMAT, round_)
