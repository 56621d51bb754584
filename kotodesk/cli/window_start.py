"""The window's start without the command line's parser: `kotodesk`, `kotodesk --smoke`,
`kotodesk --home DIR --lang fi` open the window, and building argparse's parser with every
command (about 90 ms, a quarter of the start) is not needed for that.

Anything else (a command, --help, --version, an unknown or malformed option) returns None
and goes to the full parser, which keeps its messages and exit codes.
"""

from __future__ import annotations

LANGUAGES = ("fi", "sv", "en")  # the choices of --lang in cli.build_parser
_VALUED = {"--home": "home", "--lang": "lang"}


def window_options(argv: list[str]) -> dict | None:
    """run()'s keyword arguments when `argv` only opens the window, else None."""
    options: dict = {"home": None, "smoke": False, "lang": None}
    words = iter(argv)
    for word in words:
        name, equals, value = word.partition("=")
        if word == "--smoke":
            options["smoke"] = True
        elif name in _VALUED:
            if not equals:
                value = next(words, None)
                if value is None or value.startswith("-"):
                    return None  # argparse says what is missing
            options[_VALUED[name]] = value
        else:
            return None
    if options["lang"] is not None and options["lang"] not in LANGUAGES:
        return None
    return options
