"""The core's messages: English for the command line, code and parameters for the window."""

from __future__ import annotations

import pickle
import re
import string

from kotodesk.domain import messages
from kotodesk.domain.errors import InputError
from kotodesk.domain.messages import joined, message, render


def test_a_message_is_its_english_text_and_keeps_its_code_and_parameters():
    said = message("signer-trusted", signer="Kaisa Kasko")
    assert said == "signature valid, trusted signer (Kaisa Kasko)"
    assert (said.code, said.params) == ("signer-trusted", {"signer": "Kaisa Kasko"})
    copy = pickle.loads(pickle.dumps(said))  # results cross process boundaries
    assert copy == said and copy.code == said.code


def test_a_message_inside_a_message_is_said_in_the_same_language():
    inner = message("certificate-expired", end="2025-01-01 00:00 UTC",
                    signed="2026-01-01 00:00 UTC")
    outer = joined([message("cannot-count", why=inner), message("not-confirmed")])
    assert outer.startswith("signature intact, but the file cannot count: the certificate "
                            "had expired")
    marked = render(outer, lambda text: f"<{text}>")  # a "translation" that marks each text
    assert marked == ("<signature intact, but the file cannot count: {why}>".format(
        why="<the certificate had expired when the file was signed (valid until "
            "2025-01-01 00:00 UTC, signed 2026-01-01 00:00 UTC)>")
        + "; <" + messages.TEXTS["not-confirmed"] + ">")
    assert render("a library's own words", lambda text: f"<{text}>") == "a library's own words"


def test_an_input_error_names_the_place_in_a_message():
    error = InputError(message("not-xlsx"), path="/posti/kasko.xlsx", sheet="Teema 1", row=7)
    assert str(error) == ("/posti/kasko.xlsx, sheet 'Teema 1', row 7: not an Excel .xlsx "
                          "file (it is not a zip archive)")
    assert messages.of_error(error).code == "at-place"


def test_every_text_is_a_format_string_of_named_parameters():
    for code, text in messages.TEXTS.items():
        fields = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
        assert all(re.fullmatch(r"[a-z]+", f) for f in fields), (code, fields)
