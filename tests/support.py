"""Helpers for tests: seed paths, CLI results, database dumps."""

from __future__ import annotations

import json

from kotodesk.system import resources

SEED_001 = resources.path("programmes", "kotoutuminen-2022-2025", "catalogue.tsv")


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self):
        return json.loads(self.out)


def dump(store) -> list[str]:
    """Every row of the database, to show a refused input changed nothing."""
    return list(store.conn.iterdump())


# -- hostile files, built from a valid workbook ---------------------------------------------

import io  # noqa: E402
import struct  # noqa: E402
import zipfile  # noqa: E402
from pathlib import Path  # noqa: E402

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)


def rewrite_zip(source: Path, target: Path, *, replace: dict[str, bytes] | None = None,
                add: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = (replace or {}).get(info.filename, zin.read(info.filename))
            zout.writestr(info.filename, data)
        for name, data in (add or {}).items():
            zout.writestr(name, data)
    return target


def with_macro(source: Path, target: Path) -> Path:
    return rewrite_zip(source, target, add={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0fakevba"})


def with_entity_bomb(source: Path, target: Path, member: str = "xl/workbook.xml") -> Path:
    with zipfile.ZipFile(source) as z:
        xml = z.read(member).decode("utf-8")
    body = xml.split("?>", 1)[1] if xml.startswith("<?xml") else xml
    root_end = body.index(">") + 1
    bomb = BILLION_LAUGHS + body[:root_end] + "<!-- &lol3; -->" + body[root_end:]
    return rewrite_zip(source, target, replace={member: bomb.encode()})


def zip_bomb(target: Path, megabytes: int = 64) -> Path:
    """A small file that declares (truthfully) `megabytes` of unpacked zeros."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * 2**20
            for _ in range(megabytes):
                member.write(chunk)
    return target


def lying_zip(target: Path, real_megabytes: int = 32, declared: int = 1000) -> Path:
    """A member that declares `declared` bytes but unpacks to far more (patched header)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/sharedStrings.xml", b"<sst>" + b" " * (real_megabytes * 2**20) + b"</sst>")
    data = bytearray(buffer.getvalue())
    name = b"xl/sharedStrings.xml"
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (pos := data.find(signature, start)) != -1:
            name_len_offset = 26 if signature == b"PK\x03\x04" else 28
            name_len = struct.unpack_from("<H", data, pos + name_len_offset)[0]
            header_len = 30 if signature == b"PK\x03\x04" else 46
            if data[pos + header_len: pos + header_len + name_len] == name:
                struct.pack_into("<I", data, pos + size_offset, declared)
            start = pos + 4
    target.write_bytes(bytes(data))
    return target


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def one_sheet_workbook(sheet: bytes) -> bytes:
    """A small, honest workbook (made with zipfile) whose one sheet is the XML `sheet`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                   'package.relationships+xml"/><Override PartName="/xl/workbook.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
                   'sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
                   'worksheet+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
                   'org/officeDocument/2006/relationships/officeDocument" '
                   'Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml",
                   f'<workbook xmlns="{_MAIN}" xmlns:r="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships"><sheets><sheet name="Taulukko" '
                   'sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
                   'org/officeDocument/2006/relationships/worksheet" '
                   'Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return buffer.getvalue()


# -- signed returns -------------------------------------------------------------------------


def make_identity(name: str = "Anna Testaaja", unit: str = "Kasvatuksen ja koulutuksen toimiala"):
    from kotodesk.signing import keys

    return keys.new_identity(name=name, email="anna.testaaja@hel.fi", unit=unit,
                             organisation="Helsingin kaupunki")


def write_return_xlsx(workspace, unit_query: str, identity, target: Path,
                      round_query: str | None = None) -> dict:
    """A unit's signed .xlsx return written the way the export writes it; the payload."""
    from kotodesk.documents.report_xlsx import write_sealed
    from kotodesk.reporting import returns
    from kotodesk.signing import sealing as signing

    round_ = workspace.round(round_query)
    payload = returns.gather(workspace, round_, workspace.unit(unit_query),
                             signing.signer_part(identity))
    write_sealed(payload, signing.seal(payload, identity), target, identity)
    return payload


def soffice(*args: str, cwd: Path) -> None:
    """Run LibreOffice headless with a private profile (parallel runs do not collide)."""
    import shutil
    import subprocess

    exe = shutil.which("soffice") or shutil.which("libreoffice")
    assert exe, "LibreOffice is missing: .ci/run installs libreoffice-calc-nogui"
    profile = (cwd / "lo-profile").as_uri()
    subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", *args], cwd=cwd,
                   check=True, capture_output=True, timeout=180)


def signed_return(folder: Path, person, edits: dict[str, dict[str, str]],
                  unit: str = "kanslia-henkilosto") -> Path:
    """`folder`/palautus.xlsx: a unit's signed return after `edits` {ref: fields}, made in
    the unit's own data folder under `folder`."""
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.reporting.entries import apply_edits

    unit_ws = Workspace.open(folder / "home")
    try:
        round_ = unit_ws.round()
        catalogue = unit_ws.catalogue(round_.programme_id, round_.catalogue_version)
        for ref, fields in edits.items():
            apply_edits(unit_ws.store, catalogue, round_, unit, ref, fields, "Testi")
        path = folder / "palautus.xlsx"
        write_return_xlsx(unit_ws, unit, person, path)
    finally:
        unit_ws.close()
    return path


def coordinator_ready(home: Path, monkeypatch, *signers,
                      passphrase: str = "koordinaattori-2026",
                      units: tuple[str, ...] = ("kanslia-henkilosto",)):
    """A coordinator's data folder that trusts `signers` as contact persons of `units`
    (signed_return's unit by default), confirmed, and has its own key, its passphrase in
    the environment (as `merge` reads it); the coordinator's identity."""
    from kotodesk.coordinator.trusting import trust_signer
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.signing import keys

    workspace = Workspace.open(home)
    try:
        for signer in signers:
            trust_signer(workspace, signer.certificate, role="unit", units=list(units),
                         confirm=True)
    finally:
        workspace.close()
    me = keys.new_identity(name="Koordinaattori", email="", unit="", organisation="")
    keys.save_identity(home, me, passphrase)
    monkeypatch.setenv("KOTODESK_PASSPHRASE", passphrase)
    return me


def cell_texts(ws) -> list[str]:
    """Every non-empty cell of a report sheet as text, a cell that continues on the rows
    below (the measure column says "1.1 jatkuu") joined with its continuation."""
    from kotodesk.documents.report_xlsx import CONTINUED

    rows: list[list[str]] = []
    for row in ws.iter_rows(values_only=True):
        cells = ["" if v is None else str(v) for v in row]
        first, _newline, rest = (cells[1] if len(cells) > 1 else "").partition("\n")
        if rows and first.endswith(f" {CONTINUED}"):
            cells[1] = rest
            rows[-1] = [a + b for a, b in zip(rows[-1], cells, strict=False)]
        else:
            rows.append(cells)
    return [c for row in rows for c in row if c]
