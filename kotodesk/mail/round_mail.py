"""The drafts of a round: a unit's return to the coordinator, reminders to the units that
have not returned, and the round package to every unit.

Addresses come from what the data folder knows: the coordinator's from the certificate
of the coordinator whose round package this folder took in (the trust list's
coordinator), a unit's from the organisation register and from the certificates of the
unit's trusted contact persons. A draft whose address is unknown has an empty To for the
person to fill in; it is written all the same.
"""

from __future__ import annotations

import re
from pathlib import Path

from kotodesk.coordinator.merged import Completeness
from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.messages import message
from kotodesk.domain.model import Measure, Round, Unit
from kotodesk.domain.text import file_stem
from kotodesk.mail.drafts import Draft, address
from kotodesk.mail.texts import date_text, language, text
from kotodesk.storage import trust

MISSING_LISTED = 40  # a reminder names at most this many measures, then "…and N more"
MEASURE_TEXT = 90  # characters of a measure's text in a reminder line


def sender_name(workspace: Workspace) -> str:
    """The name the drafts are signed with: the signing certificate's, else the settings'."""
    from kotodesk.signing import keys
    from kotodesk.storage import settings

    if keys.has_identity(workspace.home):
        name = keys.describe(keys.own_certificate(workspace.home)).name
        if name:
            return name
    return settings.get(workspace.store, "user_name") or ""


def _unusable(text: str, source: str) -> str:
    return message("address-unusable", address=repr(text.strip()), source=source)


def _from_certificate(signer) -> str:
    return message("address-from-certificate", name=signer.name or signer.fingerprint)


def coordinator_address(workspace: Workspace) -> str:
    """The coordinator's address: the newest trusted coordinator with an e-mail."""
    return coordinator_addresses(workspace)[0]


def coordinator_addresses(workspace: Workspace) -> tuple[str, tuple[str, ...]]:
    """The coordinator's address (the newest trusted coordinator with a usable e-mail,
    or ""), and what was known but not usable, each naming the address and its
    certificate."""
    found = [s for s in trust.all_signers(workspace.store)
             if s.role == trust.COORDINATOR and s.email and s.how != "own"]
    found.sort(key=lambda s: s.added_at)
    usable = [s for s in found if address(s.name, s.email)]
    chosen = address(usable[-1].name, usable[-1].email) if usable else ""
    newer = found[found.index(usable[-1]) + 1:] if usable else found
    return chosen, tuple(_unusable(s.email, _from_certificate(s)) for s in newer)


def unit_addresses(workspace: Workspace, unit: Unit) -> tuple[str, ...]:
    """The unit's register addresses (one, or several with "," or ";" between them),
    then its trusted contact persons' with the units chosen for them. An address that is
    not one plain address is left out (`drafts.mailbox`)."""
    return unit_address_list(workspace, unit)[0]


def unit_address_list(workspace: Workspace, unit: Unit
                      ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`unit_addresses`, and the addresses left out as not usable, each naming the
    address and where it came from (the register, a contact person's certificate)."""
    out, unusable = [], []
    for part in re.split(r"[,;]", unit.email):
        if part.strip():
            out.append(address("", part))
            if not out[-1]:
                unusable.append(_unusable(part, message("address-from-register",
                                                        unit=unit.name)))
    for s in trust.all_signers(workspace.store):
        if s.role == trust.UNIT_CONTACT and s.email and s.units and unit.id in s.units \
                and s.how != "own":
            out.append(address(s.name, s.email))
            if not out[-1]:
                unusable.append(_unusable(s.email, _from_certificate(s)))
    return tuple(dict.fromkeys(a for a in out if a)), tuple(dict.fromkeys(unusable))


def _programme(workspace: Workspace, round_: Round) -> str:
    return workspace.catalogue(round_.programme_id, round_.catalogue_version).programme.name


def unit_name(lang: str, unit: Unit) -> str:
    """A unit as the draft's language names it: the city's official Swedish name in a
    Swedish draft (when it has one, as the window shows it), the Finnish one otherwise."""
    return unit.name_sv if language(lang) == "sv" and unit.name_sv else unit.name


def _deadline(lang: str, round_: Round) -> str:
    return text(lang, "deadline", date=date_text(lang, round_.deadline)) \
        if round_.deadline else ""


def return_draft(workspace: Workspace, round_: Round, unit: Unit, files: list[Path], *,
                 lang: str, sender: str, incomplete: int = 0) -> Draft:
    """The mail that takes a unit's signed return (both files) to the coordinator."""
    programme = _programme(workspace, round_)
    values = dict(unit=unit_name(lang, unit), programme=programme, period=round_.period,
                  sender=sender)
    note = text(lang, "incomplete", count=incomplete) if incomplete else ""
    to, unusable = coordinator_addresses(workspace)
    return Draft(subject=text(lang, "return_subject", **values),
                 body=text(lang, "return_body", incomplete=note, **values),
                 to=(to,) if to else (), attachments=tuple(files),
                 name=Path(files[0]).stem if files else "palautus", unusable=unusable)


def _measure_line(measure: Measure) -> str:
    title = " ".join(measure.text.split())
    if len(title) > MEASURE_TEXT:
        title = title[:MEASURE_TEXT - 1].rstrip() + "…"
    return f"- {measure.ref} {title}"


def reminder_drafts(workspace: Workspace, state: Completeness, *, lang: str, sender: str
                    ) -> list[tuple[Unit, Draft]]:
    """One draft per unit that has not returned, naming the measures it still owes."""
    round_ = state.round
    programme = _programme(workspace, round_)
    drafts = []
    for unit in state.missing_units:
        owed = [m for m, lacking in state.missing if any(u.id == unit.id for u in lacking)]
        lines = [_measure_line(m) for m in owed[:MISSING_LISTED]]
        if len(owed) > MISSING_LISTED:
            lines.append(f"- … (+{len(owed) - MISSING_LISTED})")
        values = dict(unit=unit_name(lang, unit), programme=programme, period=round_.period,
                      sender=sender)
        to, unusable = unit_address_list(workspace, unit)
        drafts.append((unit, Draft(
            subject=text(lang, "reminder_subject", **values),
            body=text(lang, "reminder_body", deadline=_deadline(lang, round_),
                      count=len(owed), missing="\n".join(lines) or "-", **values),
            to=to, unusable=unusable,
            name=file_stem("muistutus", unit.abbreviation or unit.name, round_.period))))
    return drafts


def reminder_text(workspace: Workspace, state: Completeness, *, lang: str) -> str:
    """One text naming every unit that has not returned, to paste into an e-mail (Copy
    reminder, `completeness --reminder`); "" when every unit has returned."""
    missing = state.missing_units
    if not missing:
        return ""
    round_ = state.round
    deadline = text(lang, "reminder_deadline", date=date_text(lang, round_.deadline)) \
        if round_.deadline else ""
    lines = [text(lang, "reminder_subject", programme=_programme(workspace, round_),
                  period=round_.period), "",
             text(lang, "reminder_missing", deadline=deadline), ""]
    lines += [f"- {unit_name(lang, u)}" + (f" <{u.email}>" if u.email else "") for u in missing]
    addresses = [u.email for u in missing if u.email]
    if addresses:
        lines += ["", text(lang, "addresses", addresses="; ".join(addresses))]
    return "\n".join(lines)


def round_units(workspace: Workspace, round_: Round) -> list[Unit]:
    """The units that answer for a measure of the round's catalogue, in register order."""
    catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    wanted = {u for m in catalogue.measures() for u in m.unit_ids()}
    return [u for uid, u in workspace.register.units.items() if uid in wanted]


def package_drafts(workspace: Workspace, round_: Round, package: Path, *, lang: str,
                   sender: str) -> list[tuple[Unit, Draft]]:
    """One draft per unit of the round, each with the round package attached."""
    programme = _programme(workspace, round_)
    drafts = []
    for unit in round_units(workspace, round_):
        values = dict(unit=unit_name(lang, unit), programme=programme, period=round_.period,
                      sender=sender)
        to, unusable = unit_address_list(workspace, unit)
        drafts.append((unit, Draft(
            subject=text(lang, "package_subject", **values),
            body=text(lang, "package_body", deadline=_deadline(lang, round_), **values),
            to=to, unusable=unusable, attachments=(Path(package),),
            name=file_stem("kierrospaketti", unit.abbreviation or unit.name,
                           round_.period))))
    return drafts
