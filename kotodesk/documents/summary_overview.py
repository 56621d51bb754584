"""The overview pages of the meeting summary: what a meeting reads first.

A cover with the figures, the signature and the legend; the statuses per theme as a
table and a chart; the change since the previous round; who has not returned and which
measures still lack a unit's contribution. Kept to about three pages; each measure
named here links to its detail row.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from kotodesk.documents import report
from kotodesk.documents.pdf.outline import Marked, heading, link
from kotodesk.documents.pdf.pages import (
    FRAME_WIDTH,
    HEADER_FILL,
    RULE,
    FlowingTable,
    SignatureBox,
    fill_colour,
    finnish_time,
)
from kotodesk.documents.pdf.status import status_chart, status_label, tint
from kotodesk.documents.pdf.text import escape, has_rtl, markup, paragraph
from kotodesk.documents.summary_facts import (
    RoundChange,
    UnitOwes,
    reported,
    shares,
    without_status,
)
from kotodesk.domain.model import StatusLevel
from kotodesk.domain.text import shortened

KIND = "Kokousyhteenveto"
NOTE_FILL = colors.HexColor("#fff3cd")
NEUTRAL_FILL = colors.HexColor("#eef1f5")


def date_text(iso: str) -> str:
    """"25.11.2026" from an ISO date, or from an ISO time in this computer's time zone
    (finnish_time's day, without the hour); the text as given when it is neither."""
    return finnish_time(iso).split(" klo ", 1)[0]


# -- cover ------------------------------------------------------------------------------


def cover_page(document: report.Document, payload: dict[str, Any], s, fingerprint: str
               ) -> list:
    """Programme, round, date, returns received, signer; the legend; the signature."""
    programme = payload["programme"]
    round_ = payload["round"]
    returns = payload.get("returns") or {}
    total = len(document.rows())
    facts = [("Seurantakierros", document.period)]
    if document.next_period:
        facts.append(("Seuraava kierros", document.next_period))
    if round_.get("deadline"):
        facts.append(("Palautusten määräaika", date_text(round_["deadline"])))
    facts += [
        ("Laadittu", date_text(document.signed_at)),
        ("Palautuksia saatu", f"{returns.get('received', '?')} / {returns.get('expected', '?')}"),
        ("Toimenpiteitä", f"{total}, joista raportoitu {reported(document.counts())}"),
        ("Koonnut", document.signer),
    ]
    rows = [[Paragraph(escape(label), s["fact-label"]), paragraph(value, s["fact"])]
            for label, value in facts]
    table = Table(rows, colWidths=[150, FRAME_WIDTH * 0.55], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    organisation = programme.get("organisation") or ""
    return [
        Marked(paragraph(f"{organisation} · {KIND.lower()}".lstrip(" ·"), s["kicker"],
                         links=False), [("kansi", "Kansilehti", 0)]),
        paragraph(document.programme, s["cover"], links=False),
        paragraph(document.period_line, s["fact"], links=False),
        Spacer(1, 12), table, Spacer(1, 16),
        Paragraph("Tilan selite ja toimenpiteet tiloittain", s["h2"]),
        _legend(document, s), Spacer(1, 18),
        KeepTogether([
            Paragraph("Allekirjoitus", s["h2"]),
            SignatureBox("Sähköisesti allekirjoitettu (PAdES)", [
                ("Allekirjoittaja:", document.signer),
                ("Aika:", finnish_time(document.signed_at)),
                ("Sormenjälki (SHA-256):", fingerprint),
            ]),
        ]),
    ]


def _tiles(heads: list[Flowable], figures: list[str], colours: list[str | None],
           s) -> Table:
    """A row of tiles, each a heading over a large figure, on a light tint of its colour
    (neutral grey for None) with a bar of the colour itself on top."""
    width = FRAME_WIDTH / len(heads)
    table = Table([heads, [Paragraph(f, s["count"]) for f in figures]],
                  colWidths=[width] * len(heads), hAlign="LEFT")
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
                ("TOPPADDING", (0, 1), (-1, 1), 2), ("BOTTOMPADDING", (0, 1), (-1, 1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("LINEAFTER", (0, 0), (-2, -1), 3, colors.white)]
    for column, colour in enumerate(colours):
        commands += [("BACKGROUND", (column, 0), (column, -1),
                      tint(colour) if colour else NEUTRAL_FILL),
                     ("LINEABOVE", (column, 0), (column, 0), 3,
                      fill_colour(colour) if colour else RULE)]
    table.setStyle(TableStyle(commands))
    return table


def _measures(count: int) -> str:
    return "toimenpide" if count == 1 else "toimenpidettä"


def _legend(document: report.Document, s) -> Table:
    """The programme's scale and "not reported": icon, colour, label, and how many
    measures are at each level."""
    counts = document.counts()
    figures = [f"{count} <font size=8 color='#5f6368'>{_measures(count)} · {share} %</font>"
               for (_, count), share in zip(counts, shares([c for _, c in counts]),
                                            strict=True)]
    return _tiles([status_label(level, document.scale, s["bold"]) for level, _ in counts], figures,
                  [level.colour for level, _ in counts], s)


# -- statuses per theme -------------------------------------------------------------------


def status_page(document: report.Document, s) -> list:
    """The statuses per theme: a table of counts and the stacked bar chart."""
    counts = [(section, document.section_counts(section)) for section in document.sections]
    levels = [level for level, _ in document.counts()]
    header = [Paragraph("Teema", s["head"])]
    header += [status_label(level, document.scale, s["bold"]) for level in levels]
    header += [Paragraph("Yhteensä", s["bold"]), Paragraph("Raportoitu", s["bold"])]
    rows = [header]

    def figures(by_level: list[tuple[StatusLevel, int]], bold: bool = False) -> list:
        total = sum(n for _, n in by_level)
        texts = [str(n) if n else "–" for _, n in by_level]
        texts += [f"<b>{total}</b>", f"{reported(by_level)} / {total}"]
        return [Paragraph(f"<b>{t}</b>" if bold else t, s["number"]) for t in texts]

    for section, by_level in counts:
        rows.append([paragraph(f"{section.position}. {section.name}", s["text"], links=False),
                     *figures(by_level)])
    rows.append([Paragraph("<b>Kaikki teemat</b>", s["text"]),
                 *figures(document.counts(), bold=True)])
    # Each level's column wide enough for the longest word of its label, taken from the
    # theme's column ("käynnistynyt/toimintaa" of the 2017–2021 scale is one word).
    number_width = 62
    bold = s["bold"]
    longest = max(stringWidth(word, bold.fontName, bold.fontSize)
                  for level in levels for word in level.label.split())
    level_width = max((FRAME_WIDTH - 230 - 2 * number_width) / len(levels), longest + 14)
    theme_width = max(FRAME_WIDTH - 2 * number_width - level_width * len(levels), 150)
    table = Table(rows, colWidths=[theme_width] + [level_width] * len(levels)
                  + [number_width] * 2, hAlign="LEFT", repeatRows=1)
    commands = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (0, 0), HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("LINEABOVE", (0, -1), (-1, -1), 1, HEADER_FILL),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for column, level in enumerate(levels, start=1):
        commands.append(("BACKGROUND", (column, 0), (column, 0), tint(level.colour)))
    commands.append(("BACKGROUND", (len(levels) + 1, 0), (-1, 0), NEUTRAL_FILL))
    table.setStyle(TableStyle(commands))
    chart = status_chart([(f"{section.position}. {section.name}", by_level)
                          for section, by_level in counts], document.scale, FRAME_WIDTH)
    return [heading("Tilanne teemoittain", "tilanne", s["h1"]),
            Paragraph("Toimenpiteiden koottu tila teemoittain. Usean yksikön toimenpiteen "
                      "tila on vähiten edenneen yksikön tila, ellei koordinaattori ole "
                      "asettanut sitä.", s["muted"]),
            Spacer(1, 6), table, Spacer(1, 14), chart]


# -- change since the previous round ---------------------------------------------------------


def change_section(document: report.Document, change: RoundChange | None, s) -> list:
    """How many measures improved, worsened or stayed, and which changed status."""
    story: list = [heading("Muutos edelliseen kierrokseen", "muutos", s["h1"])]
    if change is None:
        story.append(Paragraph("Edellisen seurantakierroksen tietoja ei ole, joten muutosta "
                               "ei voi esittää.", s["text"]))
        return story
    figures = [("↑ Parantunut", len(change.improved)), ("↓ Heikentynyt", len(change.worsened)),
               ("= Ennallaan", change.unchanged),
               ("Ei tilaa tällä kierroksella", change.not_reported_now),
               ("Ei tilaa edellisellä kierroksella", change.no_previous)]
    story.append(paragraph(change.compared, s["muted"], links=False))
    story.append(Spacer(1, 5))
    summary = _tiles([Paragraph(escape(label), s["bold"]) for label, _ in figures],
                     [f"{n} <font size=8 color='#5f6368'>{_measures(n)}</font>"
                      for _, n in figures], [None] * len(figures), s)
    story += [summary, Spacer(1, 8)]
    if not change.changes:
        story.append(Paragraph("Yhdenkään toimenpiteen tila ei muuttunut.", s["text"]))
        return story
    header = [Paragraph(escape(t), s["head"]) for t in
              ("Toimenpide", f"Tila {change.previous_period}", "", f"Tila {document.period}",
               "Muutos")]
    rows = [header]
    for item in change.changes:
        row = item.row
        text = shortened(row.text, 150)
        measure = (Paragraph(f"<b>{link(row.ref)}</b> {markup(text)}", s["body"])
                   if not has_rtl(text) else paragraph(f"{row.ref} {text}", s["body"]))
        rows.append([measure, _changed_status(item.before, item.before_by_coordinator,
                                              document, s),
                     Paragraph("→", s["text"]),
                     _changed_status(item.after, item.after_by_coordinator, document, s),
                     Paragraph("<b>↑ parantunut</b>" if item.improved else "<b>↓ heikentynyt</b>",
                               s["body"])])
    widths = [FRAME_WIDTH * 0.44, FRAME_WIDTH * 0.2, 16, FRAME_WIDTH * 0.2]
    widths.append(FRAME_WIDTH - sum(widths))
    table = FlowingTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story.append(table)
    return story


def _changed_status(level: StatusLevel, by_coordinator: bool, document: report.Document, s):
    """A status in the change table, marked when the coordinator set it, so that it is
    not read as what the units said."""
    label = status_label(level, document.scale, s["body"])
    if not by_coordinator:
        return label
    return [label, Paragraph("koordinaattorin asettama", s["muted"])]


# -- who still owes what --------------------------------------------------------------------


def returns_section(payload: dict[str, Any], owed: list[UnitOwes], s) -> list:
    """Returns received of expected, and per unit the measures it still owes."""
    returns = payload.get("returns") or {}
    story: list = [heading("Palautukset ja puuttuvat osuudet", "puuttuvat", s["h1"]),
                   Paragraph(f"Palautuksia saatu <b>{escape(str(returns.get('received', '?')))}"
                             f" / {escape(str(returns.get('expected', '?')))}</b>.", s["text"]),
                   *_late_returns(returns, s)]
    emails = {u.get("name"): u.get("email", "") for u in payload.get("missing_units", ())}
    unstated = without_status(payload)
    if not owed:
        story.append(Paragraph(
            "Kaikki vastuuyksiköt ovat palauttaneet osuutensa kaikista toimenpiteistään, "
            "mutta osasta puuttuu tila." if unstated else
            "Kaikki vastuuyksiköt ovat raportoineet kaikista toimenpiteistään.", s["text"]))
        return story + _unstated_table(unstated, s)
    story.append(Spacer(1, 6))
    header = [Paragraph(escape(t), s["head"]) for t in
              ("Yksikkö", "Palautus", "Toimenpiteet, joista yksikön osuus puuttuu")]
    rows = [header]
    for item in owed:
        unit = item.unit + (f" <{emails[item.unit]}>" if emails.get(item.unit) else "")
        state = "saatu" if item.returned else "<b>puuttuu</b>"
        refs = ", ".join(link(ref) for ref in item.refs)
        count = f"{len(item.refs)}: " if item.refs else "–"
        rows.append([paragraph(unit, s["body"], links=False), Paragraph(state, s["body"]),
                     Paragraph(count + refs, s["body"])])
    widths = [FRAME_WIDTH * 0.3, FRAME_WIDTH * 0.08, FRAME_WIDTH * 0.62]
    table = FlowingTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for number, item in enumerate(owed, start=1):
        if not item.returned:
            commands.append(("BACKGROUND", (0, number), (-1, number), NOTE_FILL))
    table.setStyle(TableStyle(commands))
    story += [table, Spacer(1, 4),
              Paragraph("Toimenpiteen tunnus on teeman numero / toimenpiteen numero; linkki "
                        "vie toimenpiteen tietoihin.", s["small"])]
    return story + _unstated_table(unstated, s)


def _late_returns(returns: dict[str, Any], s) -> list:
    """The units whose return came after the deadline the coordinator gave (each
    unit's first return that counts, signed after the deadline day ended in Helsinki):
    they have returned, and still count, but not on time. Then those whose lateness
    cannot be told (an unsigned return that counts, none signed in time)."""
    late = returns.get("late") or []
    story = []
    if late:
        deadline = date_text(late[0].get("deadline", ""))
        units = "; ".join(
            f"{escape(item.get('unit', ''))} (allekirjoitettu "
            f"{escape(_helsinki_time(item.get('signed_at', '')))} Helsingin aikaa)"
            for item in late)
        story.append(Paragraph(f"Määräajan {escape(deadline)} jälkeen palauttaneet "
                               f"({len(late)}): {units}.", s["text"]))
    # Unsigned returns that count: their time cannot be told, so the list above is not
    # all there may be (a reader would take a unit missing from it for one in time).
    unjudged = returns.get("unjudged") or []
    if unjudged:
        deadline = date_text(unjudged[0].get("deadline", ""))
        units = "; ".join(f"{escape(item.get('unit', ''))} ({escape(item.get('file', ''))})"
                          for item in unjudged)
        story.append(Paragraph(
            f"Määräajan {escape(deadline)} suhteen arvioimatta ({len(unjudged)}): {units}. "
            "Palautus on allekirjoittamaton, joten sen lähetysaikaa ei voi todentaa.",
            s["text"]))
    return story


def _helsinki_time(iso: str) -> str:
    """A signing time as Helsinki's clocks showed it (as recorded), without its offset:
    the same text wherever the summary is made or checked."""
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    return f"{moment.day}.{moment.month}.{moment.year} klo {moment:%H.%M}"


def _unstated_table(unstated: list[tuple[str, tuple[str, ...]]], s) -> list:
    """Per unit, the measures it answered without giving a status: the merged status of
    such a measure waits for it, so the meeting sees who still owes one."""
    if not unstated:
        return []
    header = [Paragraph(escape(t), s["head"]) for t in
              ("Yksikkö", "Toimenpiteet, joista yksikkö ei ilmoittanut tilaa")]
    rows = [header] + [[paragraph(unit, s["body"], links=False),
                        Paragraph(f"{len(refs)}: " + ", ".join(link(ref) for ref in refs),
                                  s["body"])] for unit, refs in unstated]
    table = FlowingTable(rows, colWidths=[FRAME_WIDTH * 0.3, FRAME_WIDTH * 0.7],
                         repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return [Spacer(1, 8), table]
