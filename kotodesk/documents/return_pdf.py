"""A unit's return as a signed PDF to print: the table of seed 002, one per theme.

Rendered from report.Document only (the same document the .xlsx shows and verification
rebuilds), then signed with pdf_signing, which also embeds the sealed text so kotodesk
can read the machine-readable return back from the PDF. Status cells carry the colour
and the label: a grey-scale printout still says which status a measure has.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from kotodesk.documents import report
from kotodesk.documents.pdf.pages import (
    FRAME_WIDTH,
    HEADER_FILL,
    RULE,
    BuiltPdf,
    FlowingTable,
    Furniture,
    SignatureBox,
    build,
    fill_colour,
    finnish_time,
    measure_rows,
    paragraphs,
    styles,
    text_colour_on,
)
from kotodesk.documents.pdf.text import escape, has_rtl, laid_out, markup, paragraph
from kotodesk.domain.model import StatusLevel
from kotodesk.domain.text import shortened
from kotodesk.signing.keys import Identity, fingerprint
from kotodesk.signing.pades import SEALED_NAME, sign_pdf
from kotodesk.system import atomic

# Shares of the table's width, in the order of report.COLUMNS.
COLUMN_SHARES = (0.115, 0.195, 0.13, 0.115, 0.085, 0.14, 0.22)
PADDING = 3  # left and right in each cell
INCOMPLETE_TITLE = ("Palautus on keskeneräinen: seuraavat tiedot puuttuivat "
                    "allekirjoitettaessa")


def write_return_pdf(payload: dict[str, Any], sealed: str, identity: Identity,
                     target: Path) -> None:
    """Write the signed PDF of a return (atomically: the old file or the whole new one)."""
    atomic.write_bytes(target, return_pdf_bytes(payload, sealed, identity))


def return_pdf_bytes(payload: dict[str, Any], sealed: str, identity: Identity) -> bytes:
    document = report.from_payload(payload)
    built = return_pages(document, fingerprint=fingerprint(identity.certificate))
    return sign_pdf(built.data, identity, place=built.signature,
                    attachments={SEALED_NAME: sealed.encode("ascii")},
                    reason=f"Palautus: {document.unit}, {document.period}")


def return_pages(document: report.Document, *, fingerprint: str = "") -> BuiltPdf:
    """The unsigned pages of a return, and where its signature box is."""
    s = styles()
    story: list = [
        paragraph(document.programme, s["title"], links=False),
        paragraph(f"Palautus: {document.unit}", s["subtitle"], links=False),
        paragraph(document.period_line, s["text"], links=False),
        paragraph(f"Allekirjoittaja: {document.signer} · allekirjoitettu "
                  f"{finnish_time(document.signed_at)}", s["text"], links=False),
        Spacer(1, 6),
        legend(document, s),
    ]
    if document.incomplete:
        story += incomplete_notice(document.incomplete, s)
    story += [section_table(section, s) for section in document.sections]
    story.append(Spacer(1, 10))
    story.append(KeepTogether([
        Paragraph("Allekirjoitus", s["section"]),
        SignatureBox("Sähköisesti allekirjoitettu (PAdES)", [
            ("Allekirjoittaja:", document.signer),
            ("Yksikkö:", document.unit),
            ("Aika:", finnish_time(document.signed_at)),
            ("Sormenjälki (SHA-256):", fingerprint),
        ]),
    ]))
    furniture = Furniture(
        header_left=document.programme,
        header_right=f"Palautus: {document.unit} · {document.period}"
                     + (" · KESKENERÄINEN" if document.incomplete else ""),
        footer_left=f"{document.unit} · {document.period} · allekirjoittanut "
                    f"{document.signer}")
    return build(story, furniture, title=document.title, author=document.signer,
                 subject=document.period_line)


def _status_cell(level: StatusLevel, style) -> Paragraph:
    colour = text_colour_on(level.colour)
    return laid_out(f'<font color="{colour}"><b>{escape(level.label)}</b></font>', style)


def legend(document: report.Document, s) -> Table:
    """The scale with colour and label, and how many measures are at each level."""
    counts = document.counts()
    cells = [Paragraph("<b>Tilan selite</b><br/>(toimenpiteitä)", s["body"])]
    for level, count in counts:
        colour = text_colour_on(level.colour)
        cells.append(Paragraph(f'<font color="{colour}"><b>{escape(level.label)}</b>'
                               f"<br/>{count}</font>", s["body"]))
    share = (FRAME_WIDTH - 80) / len(counts)
    table = Table([cells], colWidths=[80] + [share] * len(counts), hAlign="LEFT")
    commands = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (1, 0), (-1, 0), 0.5, RULE),
                ("INNERGRID", (1, 0), (-1, 0), 0.5, "#ffffff"),
                ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    for column, (level, _count) in enumerate(counts, start=1):
        commands.append(("BACKGROUND", (column, 0), (column, 0), fill_colour(level.colour)))
    table.setStyle(TableStyle(commands))
    return table


def _by_measure(missing: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    """"1/1.1: no status", "1/1.1: no description" → ("1/1.1", [both problems])."""
    groups: dict[str, list[str]] = {}
    for item in missing:
        ref, sep, problem = item.partition(": ")
        if sep and ref and " " not in ref:
            groups.setdefault(ref, []).append(problem)
        else:
            groups.setdefault("", []).append(item)
    return list(groups.items())


def incomplete_notice(missing: tuple[str, ...], s) -> list:
    """A marked heading, then what is missing, one line per measure."""
    story = [Paragraph(escape(INCOMPLETE_TITLE), s["notice"])]
    for ref, problems in _by_measure(missing):
        text = " · ".join(problems)
        if ref and not has_rtl(text):
            story.append(Paragraph(f"<b>{escape(ref)}</b>  {markup(text)}", s["item"]))
        else:
            story.append(paragraph(f"{ref}  {text}".strip(), s["item"], links=False))
    return story


def _cell(text: str, style, *, bold_prefix: str = ""):
    """A table cell of plain text, with an optional bold lead (the measure number)."""
    if bold_prefix and not has_rtl(text):
        return laid_out(f"<b>{escape(bold_prefix)}</b> {markup(text)}", style)
    return paragraph(f"{bold_prefix} {text}" if bold_prefix else text, style)


def _lines(text: str, style, *, bold_prefix: str = "") -> list:
    """A cell's text as one paragraph per line (a page may break between them), the
    first with the bold lead."""
    first, _newline, rest = text.partition("\n")
    lead = [_cell(first, style, bold_prefix=bold_prefix)] if bold_prefix or first.strip() \
        else []
    return lead + paragraphs(rest, style) if _newline else lead


def _contribution_cells(row: report.Row, s) -> tuple[list, list]:
    """The reporting and description cells: one unit's, or each unit's under its name."""
    reporting, description = [], []
    for c in row.contributions:
        prefix = f"{c.unit}:" if len(row.contributions) > 1 else ""
        reporting += _lines(c.reporting, s["body"], bold_prefix=prefix)
        description += _lines(c.description, s["body"], bold_prefix=prefix)
    return reporting, description


def section_table(section: report.Section, s) -> Table:
    """One theme's measures in the columns of seed 002; the theme's name and the column
    headers repeat on each page, and never stand alone at the foot of one. A measure
    whose text is longer than part of a page continues on the rows below it."""
    title = [paragraph(f"{section.position}. {section.name}", s["section"], links=False)]
    header = [laid_out(escape(column), s["head"]) for column in report.COLUMNS]
    rows, commands = [title + [""] * (len(header) - 1), header], [
        ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (0, 0), 0), ("TOPPADDING", (0, 0), (0, 0), 10),
        ("BOTTOMPADDING", (0, 0), (0, 0), 5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 1), (-1, 1), HEADER_FILL),
        ("BOX", (0, 1), (-1, -1), 0.4, RULE),
        ("LINEAFTER", (0, 1), (-1, -1), 0.4, RULE),
        ("LINEBELOW", (0, 1), (-1, 1), 0.4, RULE),
        ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.4, RULE),
    ]
    widths = [FRAME_WIDTH * share for share in COLUMN_SHARES]
    inner = [width - 2 * PADDING for width in widths]
    previous_goal = None
    for row in section.rows:
        if row.goal and row.goal == previous_goal:
            goal = [_cell(shortened(row.goal, 40), s["muted"])]  # the same goal, a reminder
        else:
            goal = _lines(row.goal, s["body"])
        previous_goal = row.goal
        reporting, description = _contribution_cells(row, s)
        first = len(rows)
        rows += measure_rows(
            [goal, _lines(row.text, s["body"], bold_prefix=row.number),
             _lines(row.monitoring, s["body"]), _lines(row.responsible, s["body"]),
             [_status_cell(row.status, s["body"])], reporting, description],
            inner, row.number, s["body"])
        last = len(rows) - 1
        commands += [("BACKGROUND", (4, first), (4, last), fill_colour(row.status.colour)),
                     ("LINEBELOW", (0, last), (-1, last), 0.4, RULE)]
        if first < last:  # the rows of one measure read as one cell: no padding between
            commands += [("BOTTOMPADDING", (0, first), (-1, last - 1), 0),
                         ("TOPPADDING", (0, first + 1), (-1, last), 0)]
    table = FlowingTable(rows, colWidths=widths, repeatRows=2, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table
