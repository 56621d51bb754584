"""E-mail drafts without a mail server: kotodesk writes an .eml file (MIME, the files
attached, marked unsent) and the person's own mail program opens it and sends it.

- `drafts`: one message, built with the standard library's `email` and written whole.
- `texts`: the subjects and bodies in Finnish, Swedish and English.
- `round_mail`: the three drafts of a round: a unit's return to the coordinator, a
  reminder to each unit that has not returned, and the round package to each unit.

Nothing here opens a network connection: no SMTP, no DNS (a Message-ID is not made,
because the standard library would ask the network for this computer's name).
"""
