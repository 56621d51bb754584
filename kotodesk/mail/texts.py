"""The drafts' subjects and bodies in Finnish, Swedish and English.

The core imports no Qt, so these texts are not in the Qt Linguist files; the window
passes the language it speaks ("fi", "sv", "en"), and a language kotodesk does not know
gets Finnish, the city's working language. Each text is a `str.format` template.
"""

from __future__ import annotations

import datetime as dt

LANGUAGES = ("fi", "sv", "en")

TEXTS: dict[str, dict[str, str]] = {
    "fi": {
        "return_subject": "Palautus: {unit}, {programme}, seurantakierros {period}",
        "return_body": (
            "Hei,\n\n"
            "liitteenä {unit} -yksikön palautus ohjelman {programme} seurantakierrokselle "
            "{period}: Excel-tiedosto ja PDF, molemmat allekirjoitettu.\n\n"
            "{incomplete}"
            "Ystävällisin terveisin\n{sender}\n"),
        "incomplete": "Palautus on vielä keskeneräinen: {count} toimenpiteestä puuttuu "
                      "tietoja.\n\n",
        "reminder_subject": "Muistutus: {programme}, seurantakierros {period}",
        "reminder_body": (
            "Hei,\n\n"
            "{unit} -yksikön palautus ohjelman {programme} seurantakierrokselle {period} "
            "puuttuu vielä.{deadline}\n\n"
            "Puuttuvat toimenpiteet ({count}):\n{missing}\n\n"
            "Täytä ne kotodeskissä ja lähetä allekirjoitettu palautus (Tiedosto › Vie "
            "allekirjoitettu palautus).\n\n"
            "Ystävällisin terveisin\n{sender}\n"),
        "deadline": " Määräaika on {date}.",
        "reminder_missing": "Palautus puuttuu vielä seuraavilta yksiköiltä{deadline}:",
        "reminder_deadline": " (määräaika {date})",
        "addresses": "Sähköpostiosoitteet: {addresses}",
        "package_subject": "Seurantakierros {period}: {programme}",
        "package_body": (
            "Hei,\n\n"
            "ohjelman {programme} seurantakierros {period} on avattu.{deadline}\n\n"
            "Liitteenä on kierrospaketti. Avaa se kotodeskissä (Tiedosto › Tuo "
            "kierrospaketti), täytä {unit} -yksikön toimenpiteet ja lähetä "
            "allekirjoitettu palautus minulle.\n\n"
            "Ystävällisin terveisin\n{sender}\n"),
    },
    "sv": {
        "return_subject": "Rapport: {unit}, {programme}, uppföljningsomgång {period}",
        "return_body": (
            "Hej,\n\n"
            "bifogat finns rapporten från {unit} för uppföljningsomgången {period} i "
            "programmet {programme}: en Excel-fil och en PDF, båda undertecknade.\n\n"
            "{incomplete}"
            "Med vänliga hälsningar\n{sender}\n"),
        "incomplete": "Rapporten är ännu inte färdig: uppgifter saknas för {count} "
                      "åtgärder.\n\n",
        "reminder_subject": "Påminnelse: {programme}, uppföljningsomgång {period}",
        "reminder_body": (
            "Hej,\n\n"
            "rapporten från {unit} för uppföljningsomgången {period} i programmet "
            "{programme} saknas ännu.{deadline}\n\n"
            "Åtgärder som saknas ({count}):\n{missing}\n\n"
            "Fyll i dem i kotodesk och skicka den undertecknade rapporten (Arkiv › "
            "Exportera undertecknad rapport).\n\n"
            "Med vänliga hälsningar\n{sender}\n"),
        "deadline": " Sista dag är {date}.",
        "reminder_missing": "Rapporten saknas ännu från följande enheter{deadline}:",
        "reminder_deadline": " (sista dag {date})",
        "addresses": "E-postadresser: {addresses}",
        "package_subject": "Uppföljningsomgång {period}: {programme}",
        "package_body": (
            "Hej,\n\n"
            "uppföljningsomgången {period} i programmet {programme} har öppnats.{deadline}"
            "\n\n"
            "Omgångspaketet är bifogat. Öppna det i kotodesk (Arkiv › Hämta "
            "omgångspaket), fyll i åtgärderna för {unit} och skicka den undertecknade "
            "rapporten till mig.\n\n"
            "Med vänliga hälsningar\n{sender}\n"),
    },
    "en": {
        "return_subject": "Return: {unit}, {programme}, round {period}",
        "return_body": (
            "Hello,\n\n"
            "attached is the return of {unit} for round {period} of the programme "
            "{programme}: an Excel file and a PDF, both signed.\n\n"
            "{incomplete}"
            "Kind regards\n{sender}\n"),
        "incomplete": "The return is not complete yet: {count} measures still lack "
                      "something.\n\n",
        "reminder_subject": "Reminder: {programme}, round {period}",
        "reminder_body": (
            "Hello,\n\n"
            "the return of {unit} for round {period} of the programme {programme} has not "
            "arrived yet.{deadline}\n\n"
            "Measures still missing ({count}):\n{missing}\n\n"
            "Please fill them in in kotodesk and send the signed return (File › Export "
            "signed return).\n\n"
            "Kind regards\n{sender}\n"),
        "deadline": " The deadline is {date}.",
        "reminder_missing": "The return is still missing from these units{deadline}:",
        "reminder_deadline": " (deadline {date})",
        "addresses": "E-mail addresses: {addresses}",
        "package_subject": "Round {period}: {programme}",
        "package_body": (
            "Hello,\n\n"
            "round {period} of the programme {programme} is open.{deadline}\n\n"
            "The round package is attached. Open it in kotodesk (File › Take in round "
            "package), fill in the measures of {unit} and send the signed return to me."
            "\n\n"
            "Kind regards\n{sender}\n"),
    },
}

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def language(code: str | None) -> str:
    """A language kotodesk writes mail in: 'fi', 'sv' or 'en' (Finnish otherwise)."""
    code = (code or "")[:2].lower()
    return code if code in LANGUAGES else "fi"


def text(lang: str, key: str, **values: object) -> str:
    return TEXTS[language(lang)][key].format(**values)


def date_text(lang: str, day: dt.date | None) -> str:
    """A date as a reader of the language writes it: 31.1.2024, or 31 January 2024."""
    if day is None:
        return ""
    if language(lang) == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return f"{day.day}.{day.month}.{day.year}"
