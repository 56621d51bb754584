"""The round package: what the coordinator sends every unit when a round opens.

It carries the catalogue version, the round (period, deadline, next period), the previous
round's merged entries (the units' "last round" texts) and the coordinator's review
comments, signed by the coordinator. Its visible sheets show the previous round in the
city's table, so a person without kotodesk can read it too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kotodesk.catalogue.rules import (
    catalogue_from_dict,
    catalogue_to_dict,
    content_hash,
    earlier_ref,
)
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import verify
from kotodesk.documents.payload import as_strings, measure_part, programme_part, round_part
from kotodesk.documents.report import LAYOUT
from kotodesk.domain.entries import FIELDS, VALUE_PREFIX
from kotodesk.domain.errors import InputError, UsageError
from kotodesk.domain.formats import PACKAGE_FORMAT
from kotodesk.domain.messages import message
from kotodesk.domain.model import Round
from kotodesk.domain.periods import period_key
from kotodesk.domain.text import one_line, shortened
from kotodesk.storage import catalogues, inbox, measure_texts, rounds, settings
from kotodesk.storage import entries as entry_store
from kotodesk.storage.entries import save_fields


def package_payload(workspace: Workspace, round_: Round, signer: dict[str, str],
                    signed_at: str) -> dict[str, Any]:
    from kotodesk.coordinator.merged import merged_payload

    if round_.state != "open":  # the units would fill in a round whose returns are refused
        raise UsageError(message("package-round-closed", period=round_.period))
    store = workspace.store
    catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    previous = rounds.get_round(store, round_.previous_round_id) \
        if round_.previous_round_id else None
    if previous is not None:
        merged = merged_payload(workspace, previous, signer, signed_at)
        themes, previous_part = merged["themes"], {"period": previous.period,
                                                   "next_period": previous.next_period,
                                                   "source": previous.source}
    else:
        themes = [{"position": t.position, "name": t.name, "measures": [
            {**measure_part(catalogue, m, workspace.register), "contributions": [],
             "status": "", "status_note": ""} for m in t.measures]} for t in catalogue.themes]
        previous_part = None
    register = workspace.register
    from kotodesk.coordinator.package_crl import (
        package_part,  # pki: the programme CA's revocation list
    )

    return as_strings({
        "format": PACKAGE_FORMAT, "layout": LAYOUT,
        "programme": programme_part(catalogue, round_.catalogue_version),
        "catalogue": catalogue_to_dict(catalogue),
        "round": round_part(round_),
        "previous": previous_part,
        "themes": themes,
        "reviews": [{"unit": {"id": uid, "name": register.units[uid].name},
                     "state": r.state, "comment": r.comment}
                    for uid, r in inbox.reviews(store, previous.id).items()]
        if previous else [],
        "signer": signer, "signed_at": signed_at, **package_part(workspace),
    })


@dataclass
class PackageImport:
    programme: str
    round: str
    deadline: str
    catalogue_version: int
    new_catalogue_version: bool
    previous_round: str = ""
    previous_entries: int = 0
    comments: list[str] = field(default_factory=list)
    signer: str = ""
    fingerprint: str = ""
    revocations: list[str] = field(default_factory=list)  # kotodesk.signing.pki: CRLs taken in
    # The round was open here on another catalogue version: what became of the texts
    # typed in it (core messages: moved with their measure, or set aside).
    measures_followed: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class UnknownSignerError(UsageError):
    """The package is genuine but its signer is not trusted as the coordinator yet (not
    on the trust list, or on it as a unit's contact person): show the fingerprint."""

    def __init__(self, result: verify.Verification) -> None:
        self.result = result
        who = ("who is on your trust list as a unit's contact person, not as the "
               "coordinator" if result.problem == verify.ROLE
               else "who is not on your trust list")
        super().__init__(
            f"{result.file}: signed by {result.signer} <{result.email}>, {who}. Only the "
            f"coordinator's round packages are taken in. Compare the fingerprint with the "
            f"coordinator's before accepting:\n  {result.fingerprint}\nthen run again with "
            f"--accept-signer FINGERPRINT")


def check_package(path: Path, trusted, accept: str | None = None,
                  examined: verify.Verification | None = None) -> verify.Verification:
    """A genuine package from a trusted (or now accepted) coordinator, or an error.
    `trusted` is the trust list: a signer on it only as a unit's contact person is not
    the coordinator, however much the unit trusts their returns. `examined`: the file's
    examination made elsewhere (the window's, in a child process), judged here."""
    result = verify.judge(examined, trusted) if examined is not None \
        else verify.verify_file(path, trusted)
    if result.problem in (verify.UNKNOWN, verify.ROLE) and accept and \
            _fingerprint_key(accept) == _fingerprint_key(result.fingerprint):
        result.status = verify.VALID
    elif result.problem in (verify.UNKNOWN, verify.ROLE):
        raise UnknownSignerError(result)
    if result.status == verify.NOT_AUTHORISED:
        raise InputError(message("package-cannot-count", why=result.message), path=path)
    if result.status != verify.VALID:
        raise InputError(message("package-not-genuine", status=message(f"status-{result.status}"),
                                 why=result.message), path=path)
    if result.kind != PACKAGE_FORMAT:
        raise InputError(message("not-a-package", format=repr(result.kind)), path=path)
    return result


def _fingerprint_key(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")


def import_package(workspace: Workspace, path: Path, trusted,
                   accept: str | None = None,
                   examined: verify.Verification | None = None) -> PackageImport:
    """Take in a round package on the unit side (all in one transaction). `trusted` is
    the trust list (`kotodesk.signing.trust_list.trust_list`); an accepted signer is trusted as
    the coordinator from now on. `examined`: check_package's."""
    result = check_package(Path(path), trusted, accept, examined)
    try:
        return _take_in(workspace, Path(path), result, accept)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
        # Signed by the coordinator, but not laid out as this kotodesk reads a package
        # (another version's, or a fault of the writer's): refused whole, the transaction
        # undone, with what could not be read.
        raise InputError(message("not-a-report", detail=f"{type(exc).__name__}: {exc}"),
                         path=path) from None


def _check_round(payload: dict[str, Any], path: Path) -> None:
    """The package's round has a period, and not its previous round's: either would put
    a round without a name, or last round opened again as this one, in the unit's folder."""
    period = payload["round"]["period"]
    if not isinstance(period, str) or not period.strip():
        raise InputError(message("package-no-period"), path=path)
    previous = (payload.get("previous") or {}).get("period", "")
    if previous and period_key(previous) == period_key(period):
        raise InputError(message("package-same-period", period=period), path=path)


def _take_in(workspace: Workspace, path: Path, result: verify.Verification,
             accept: str | None) -> PackageImport:
    from kotodesk.catalogue.importer import import_catalogue
    from kotodesk.storage import trust

    payload = result.payload
    _check_round(payload, path)
    store = workspace.store
    catalogue = catalogue_from_dict(payload["catalogue"], path=path,
                                    programme_id=payload["programme"]["id"])
    if content_hash(catalogue) != payload["programme"]["catalogue"]["hash"]:
        raise InputError(message("package-catalogue-changed"), path=path)
    programme_id = catalogue.programme.id
    known = {p.id for p in catalogues.list_programmes(store)}
    newest = _newer_package_taken(workspace, programme_id, payload["signed_at"])
    if newest:
        raise InputError(message("package-older", signed=payload["signed_at"], last=newest),
                         path=path)
    with store.write():
        settings.put(store, **{LAST_PACKAGE + programme_id: payload["signed_at"]})
        if result.certificate is not None and accept:
            trust.add(store, result.certificate, how="accepted", role=trust.COORDINATOR,
                      confirmed=True)
        report = import_catalogue(store, Path(path), catalogue=catalogue,
                                  programme_id=programme_id if programme_id in known else None,
                                  new_programme=programme_id not in known)
        version = report.version
        workspace.forget_cached()
        summary = PackageImport(programme=catalogue.programme.name,
                                round=payload["round"]["period"],
                                deadline=payload["round"].get("deadline", ""),
                                catalogue_version=version,
                                new_catalogue_version=not report.unchanged,
                                signer=result.signer, fingerprint=result.fingerprint)
        previous = None
        if payload.get("previous"):
            previous = _previous_round(workspace, programme_id, version, payload, summary)
        existing = _find_round(workspace, programme_id, payload["round"]["period"])
        round_info = payload["round"]
        deadline = round_info.get("deadline") or None
        if existing is None:
            from kotodesk.catalogue.round_files import parse_date

            rounds.add_round(store, programme_id, version, round_info["period"],
                             next_period=round_info.get("next_period", ""),
                             deadline=parse_date(deadline), state="open",
                             previous_round_id=previous.id if previous else None,
                             title=round_info.get("title", ""))
        else:
            if existing.catalogue_version != version:
                summary.measures_followed = _follow_measures(workspace, existing, version)
            store.conn.execute(
                "UPDATE round SET deadline = ?, next_period = ?, version_id = (SELECT id FROM "
                "catalogue_version WHERE programme_id = ? AND version = ?), state = 'open', "
                "previous_round_id = COALESCE(?, previous_round_id) WHERE id = ?",
                (deadline, round_info.get("next_period", ""), programme_id, version,
                 previous.id if previous else None, existing.id))
        for review in payload.get("reviews", []):
            settings.put(store, **{f"review:{programme_id}:{review['unit']['id']}":
                                   f"{review['state']}\n{review['comment']}"})
            if review["comment"]:
                summary.comments.append(f"{review['unit']['name']}: {review['comment']}")
        settings.put(store, programme=programme_id)
        from kotodesk.coordinator.package_crl import take_package_part  # pki: revocation lists

        summary.revocations = take_package_part(workspace, payload, path)
    return summary


def _follow_measures(workspace: Workspace, round_: Round, version: int) -> list[str]:
    """A package puts a round that is open here on another catalogue version: each text
    typed in it is filed under the reference its measure has in `version` (the same, or
    renumbered: catalogue.rules.earlier_ref). A text whose measure is not in `version`
    (removed, or replaced under its number) stays in the data folder under its old
    reference marked with its version, out of the round's measures: under its number it
    would be shown, and sent, as said of another measure. Returns what was done, to say."""
    store = workspace.store
    before = catalogues.measure_texts(store, round_.programme_id, round_.catalogue_version)
    now = catalogues.measure_texts(store, round_.programme_id, version)
    ref_now = {then: ref for ref, text in now.items()
               if (then := earlier_ref(ref, text, before)) is not None}
    moves: dict[str, str] = {}
    notes: list[str] = []
    for entry in entry_store.entries_of_round(store, round_.id):
        new = ref_now.get(entry.measure_ref)
        if new == entry.measure_ref:
            continue
        moves[entry.measure_ref] = new or \
            f"{entry.measure_ref} (v{round_.catalogue_version})"
        if not any((entry.status, entry.narrative, entry.reasons, entry.indicator_report,
                    *entry.values.values())):
            continue  # nothing typed: nothing to say
        unit = workspace.register.units.get(entry.unit_id)
        said = {"unit": unit.name if unit else entry.unit_id, "ref": entry.measure_ref,
                "measure": repr(_start(before.get(entry.measure_ref, "")))}
        notes.append(message("text-follows-measure", **said, new=new) if new else message(
            "text-set-aside", **said, version=version, text=repr(_start(
                entry.narrative or entry.reasons or entry.indicator_report))))
    entry_store.move_entries(store, round_.id, moves)
    return notes


def _start(text: str) -> str:
    return shortened(one_line(text), 60)


LAST_PACKAGE = "package-signed:"  # + a programme's id: the newest package's signing time


def _newer_package_taken(workspace: Workspace, programme_id: str, signed_at: str) -> str:
    """The signing time of the programme's package taken in last, when it is later than
    `signed_at`; else "". A package carries the whole state of a round as the coordinator
    had it: an older one taken in after a newer one (opened again from the mail, or sent
    again by someone else) put older data back: a round that the newer one closed opened
    again, an earlier deadline, last round's texts before the coordinator's corrections."""
    from kotodesk.signing.checks import signing_time

    last = settings.get(workspace.store, LAST_PACKAGE + programme_id)
    then, now = signing_time(last), signing_time(signed_at)
    return last if then and now and now < then else ""


def _writer(entry: dict[str, Any], contribution: dict[str, Any], unit: str) -> str:
    """Who wrote a merged contribution: the signer the coordinator recorded for it; the
    unit when there is none, or when the return was unsigned (recorded under its file's
    name, which is no one)."""
    from kotodesk.coordinator.merged import MARKS
    from kotodesk.documents import verify

    author = str(entry.get("author") or "").strip()
    if not author or MARKS[verify.UNSIGNED] in (contribution.get("marks") or ()):
        return unit
    return author


def _find_round(workspace: Workspace, programme_id: str, period: str) -> Round | None:
    key = period_key(period)
    return next((r for r in rounds.list_rounds(workspace.store, programme_id)
                 if period_key(r.period) == key), None)


def _previous_round(workspace: Workspace, programme_id: str, version: int,
                    payload: dict[str, Any], summary: PackageImport) -> Round:
    """The previous round as the coordinator merged it: closed, with each unit's entry,
    and what a report said for a measure as a whole kept as the measure's text (never
    filed under a unit, so no unit takes it for its own). Each text is filed under the
    reference its measure has in the catalogue version of that round here (a round made
    now gets the package's, `version`); a text of a measure that is not in it (removed,
    or replaced under its number: catalogue.rules.earlier_ref) is left out."""
    store = workspace.store
    info = payload["previous"]
    found = _find_round(workspace, programme_id, info["period"])
    if found is None:
        found = rounds.add_round(store, programme_id, version, info["period"],
                                 next_period=info.get("next_period", ""), state="closed")
    if info.get("source"):
        rounds.set_source(store, found.id, info["source"])
    here = catalogues.measure_texts(store, programme_id, found.catalogue_version)
    # A measure sent without its text is taken to be the one of its reference here.
    sent = {m["ref"]: m.get("text") or here.get(m["ref"], "")
            for t in payload["themes"] for m in t["measures"]}
    ref_here = {then: ref for ref, text in here.items()
                if (then := earlier_ref(ref, text, sent)) is not None}
    # Each text under whoever wrote it (the contact person whose return the coordinator
    # merged, else the unit), carried by the coordinator's package: the coordinator
    # (the certificate's name) merged it, but did not write it.
    carrier = f"kierrospaketti, {summary.signer}" if summary.signer else "kierrospaketti"
    count = 0
    carried: set[tuple[str, str]] = set()
    for theme in payload["themes"]:
        for measure in theme["measures"]:
            ref = ref_here.get(measure["ref"])
            if ref is None:
                continue
            for c in measure["contributions"]:
                entry = c["entry"]
                if c.get("scope") == "measure":
                    measure_texts.save_text(
                        store, found.id, ref, status=entry.get("status", ""),
                        narrative=entry.get("narrative", ""), reasons=entry.get("reasons", ""),
                        indicator_report=entry.get("indicator_report", ""),
                        values=entry.get("values", {}), author=entry.get("author", ""),
                        at=entry.get("updated_at", ""))
                    count += 1
                    continue
                unit_id = c["unit"]["id"]
                if unit_id not in workspace.register.units:
                    continue
                fields = {k: entry.get(k, "") for k in FIELDS}
                fields.update({VALUE_PREFIX + k: v for k, v in entry.get("values", {}).items()})
                writer = _writer(entry, c, workspace.register.units[unit_id].name)
                save_fields(store, found.id, ref, unit_id, fields, f"{writer} ({carrier})",
                            at=entry.get("updated_at") or None)
                carried.add((ref, unit_id))  # as filed here
                count += 1
    # What this data folder holds of that round beyond these (the unit's draft that was
    # never sent or not merged) stays, but is no longer shown as the round's.
    rounds.set_merged_pairs(store, found.id, carried)
    rounds.set_state(store, found.id, "closed")
    summary.previous_round, summary.previous_entries = found.period, count
    return found
