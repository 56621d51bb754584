"""What kotodesk tells a person about a file, as a code with parameters, so that the
window can say it in its own language while the core stays free of Qt.

A `Message` is a `str`: its value is the English text (what the command line prints and
`--json` carries, what logs and tests read), and it remembers its code and parameters.
The window renders it again through Qt's translations (`render` with a translate
function; kotodesk/ui/words.py): the English texts below are the source strings of the
"Messages" context in resources/translations/*.ts. Parameters may be messages themselves
(a reason inside "signature intact, but the file cannot count: …"), rendered in the same
language. Texts that are not messages (a library's own error) pass through unchanged.

The command line stays English: its output is read by scripts and pasted into support
requests, and one language there keeps both working.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for pyside6-lupdate, which reads this file too; returns it unchanged."""
    return text


JOINED = "joined"  # parts said one after another, "; " between them

TEXTS: dict[str, str] = {
    # verification of an .xlsx (kotodesk.documents.verify)
    "unsigned-template": QT_TRANSLATE_NOOP(
        "Messages", "follows the return layout but carries no kotodesk signature"),
    "not-kotodesk": QT_TRANSLATE_NOOP(
        "Messages", "not a kotodesk file (no kotodesk signature and not the return layout)"),
    "seal-copies-differ": QT_TRANSLATE_NOOP(
        "Messages", "the copies of the signature in the file differ"),
    "content-changed": QT_TRANSLATE_NOOP(
        "Messages", "the signed content was changed after signing"),
    "formula-added": QT_TRANSLATE_NOOP(
        "Messages", "{place}: a formula was put in after signing"),
    "formula-place": QT_TRANSLATE_NOOP("Messages", "sheet {sheet}, cell {cell}"),
    "formula-somewhere": QT_TRANSLATE_NOOP("Messages", "a sheet"),
    "not-a-report": QT_TRANSLATE_NOOP(
        "Messages", "the signed content is not a kotodesk report ({detail})"),
    "layout-newer": QT_TRANSLATE_NOOP(
        "Messages", "its sheets were laid out by a newer kotodesk ({maker}, layout {layout}) "
                    "than this one (layout {ours}), so its cells cannot be compared with its "
                    "signed content here: update kotodesk"),
    "sheets-changed": QT_TRANSLATE_NOOP(
        "Messages", "the sheets were changed: signed {signed}, found {found}"),
    "cell-changed": QT_TRANSLATE_NOOP(
        "Messages", "sheet {sheet}, cell {cell}: shows {shown} but {signed} was signed"),
    "cell-added": QT_TRANSLATE_NOOP(
        "Messages", "sheet {sheet}, cell {cell}: {text} was added after signing"),
    "appearance-changed": QT_TRANSLATE_NOOP(
        "Messages", "values unchanged, appearance changed ({what}): the signed PDF is "
                    "authoritative"),
    "look-not-kotodesks": QT_TRANSLATE_NOOP(
        "Messages", "values as signed, but the workbook shows them otherwise than kotodesk "
                    "writes them ({what}): the signed PDF is authoritative"),
    "look-number-format": QT_TRANSLATE_NOOP(
        "Messages", "a number format that can show other words or figures than a cell "
                    "holds"),
    "look-conditional": QT_TRANSLATE_NOOP("Messages", "conditional formatting"),
    "look-hidden": QT_TRANSLATE_NOOP("Messages", "hidden rows, columns or sheets"),
    "look-narrow": QT_TRANSLATE_NOOP(
        "Messages", "columns narrower than {characters} characters, which show a part of "
                    "their text"),
    "look-invisible-text": QT_TRANSLATE_NOOP(
        "Messages", "text too small to read, or in the colour it stands on"),
    # what changed in a workbook besides its values (kotodesk.documents.workbook_seal)
    "part-added": QT_TRANSLATE_NOOP("Messages", "added {part} ({what})"),
    "part-removed": QT_TRANSLATE_NOOP("Messages", "removed {part} ({what})"),
    "part-changed": QT_TRANSLATE_NOOP("Messages", "changed {part} ({what})"),
    "seal-part-changed": QT_TRANSLATE_NOOP(
        "Messages", "changed {part} (the part holding the signature)"),
    "and-more": QT_TRANSLATE_NOOP("Messages", "{changes} and {count} more"),
    "saved-again-by": QT_TRANSLATE_NOOP("Messages", "saved again by {program}: {changes}"),
    "part-styles": QT_TRANSLATE_NOOP("Messages", "styles and number formats"),
    "part-workbook": QT_TRANSLATE_NOOP(
        "Messages", "the sheet list, sheet names, hidden sheets or defined names"),
    "part-sheet": QT_TRANSLATE_NOOP(
        "Messages", "cells, row heights and column widths, hidden rows or columns, merged "
                    "cells or conditional formats"),
    "part-drawings": QT_TRANSLATE_NOOP("Messages", "drawings or pictures"),
    "part-comments": QT_TRANSLATE_NOOP("Messages", "comments"),
    "part-external-links": QT_TRANSLATE_NOOP("Messages", "external links"),
    "part-objects": QT_TRANSLATE_NOOP("Messages", "embedded objects or controls"),
    "part-charts": QT_TRANSLATE_NOOP("Messages", "charts or extra sheets"),
    "part-relations": QT_TRANSLATE_NOOP(
        "Messages", "links between parts: hyperlinks, pictures, comments or external links"),
    "part-texts": QT_TRANSLATE_NOOP("Messages", "the workbook's text table"),
    "part-properties": QT_TRANSLATE_NOOP("Messages", "document properties"),
    "part-content-types": QT_TRANSLATE_NOOP("Messages", "the list of the file's parts"),
    "part-custom-xml": QT_TRANSLATE_NOOP("Messages", "custom XML data"),
    "part-theme": QT_TRANSLATE_NOOP("Messages", "the theme or print settings"),
    "part-unknown": QT_TRANSLATE_NOOP("Messages", "a part kotodesk does not write"),
    "sealed-earlier": QT_TRANSLATE_NOOP(
        "Messages", "sealed by an earlier kotodesk version, whose signature covers the values "
                    "but not how the workbook looks"),
    "workbook-seal-missing": QT_TRANSLATE_NOOP(
        "Messages", "the part holding the workbook's signature is missing (a spreadsheet "
                    "program may have saved the file again)"),
    "workbook-seal-damaged": QT_TRANSLATE_NOOP(
        "Messages", "the workbook's signature is damaged ({detail})"),
    "workbook-seal-mismatch": QT_TRANSLATE_NOOP(
        "Messages", "the workbook's signature does not match what it signs"),
    "workbook-seal-other-key": QT_TRANSLATE_NOOP(
        "Messages", "the workbook's signature is by another key than the content's"),
    "workbook-seal-other-file": QT_TRANSLATE_NOOP(
        "Messages", "the workbook's signature belongs to another file"),
    # whether a genuine file counts (kotodesk.documents.verify.judge)
    "signer-unknown": QT_TRANSLATE_NOOP(
        "Messages", "signature valid, but the signer ({signer}) is not on the trust list "
                    "(fingerprint {fingerprint})"),
    "signer-trusted": QT_TRANSLATE_NOOP(
        "Messages", "signature valid, trusted signer ({signer})"),
    "certified-by": QT_TRANSLATE_NOOP("Messages", "certified by {authority}"),
    "not-confirmed": QT_TRANSLATE_NOOP(
        "Messages", "role and units proposed from the certificate, not confirmed yet"),
    "cannot-count": QT_TRANSLATE_NOOP(
        "Messages", "signature intact, but the file cannot count: {why}"),
    "claims-signer": QT_TRANSLATE_NOOP(
        "Messages", "the file names its signer {claimed}, but it was signed with the "
                    "certificate of {name}"),
    "claims-certificate": QT_TRANSLATE_NOOP(
        "Messages", "the file names another certificate than the one it carries"),
    "claims-unit": QT_TRANSLATE_NOOP(
        "Messages", "the file names its unit {claimed}, but its unit id is {registered}'s"),
    "may-speak-for": QT_TRANSLATE_NOOP(
        "Messages", "{signer} may speak for {units} only, not for {unit}"),
    "may-speak-for-none": QT_TRANSLATE_NOOP(
        "Messages", "{signer} may speak for no unit on the trust list, so not for {unit}"),
    "the-signer": QT_TRANSLATE_NOOP("Messages", "the signer"),
    "this-unit": QT_TRANSLATE_NOOP("Messages", "this unit"),
    "not-coordinator": QT_TRANSLATE_NOOP(
        "Messages", "{signer} is trusted as a unit's contact person, not as the coordinator"),
    # signing times and certificates (kotodesk.signing.checks)
    "time-unreadable": QT_TRANSLATE_NOOP(
        "Messages", "the signing time {time} is not a date and time with a time zone"),
    "time-future": QT_TRANSLATE_NOOP(
        "Messages", "the signing time {time} lies in the future (this computer's clock says "
                    "{now}); check the signer's clock and export again"),
    "time-before-opening": QT_TRANSLATE_NOOP(
        "Messages", "the signing time {time} is before the round was opened ({opened}); "
                    "check the signer's clock and export again"),
    "time-before-period": QT_TRANSLATE_NOOP(
        "Messages", "the signing time {time} is before the round's monitoring period began "
                    "({period}; the round has no recorded opening time)"),
    "certificate-ca": QT_TRANSLATE_NOOP(
        "Messages", "the certificate is a certificate authority's, not a person's signing "
                    "key"),
    "certificate-extensions": QT_TRANSLATE_NOOP(
        "Messages", "the certificate's extensions cannot be read"),
    "certificate-signs-certificates": QT_TRANSLATE_NOOP(
        "Messages", "the certificate is a certificate authority's (it may sign certificates)"),
    "certificate-purpose": QT_TRANSLATE_NOOP(
        "Messages", "the certificate's extended key usage is for other purposes ({purposes}), "
                    "not a person's signature"),
    "certificate-encipherment": QT_TRANSLATE_NOOP(
        "Messages", "the certificate's key usage does not allow signatures (encipherment "
                    "only)"),
    "certificate-changed": QT_TRANSLATE_NOOP(
        "Messages", "the certificate's own signature does not hold: it was changed after "
                    "it was made"),
    "certificate-usage": QT_TRANSLATE_NOOP(
        "Messages", "the certificate's key usage cannot be read"),
    "certificate-not-yet": QT_TRANSLATE_NOOP(
        "Messages", "the certificate was not valid yet when the file was signed (valid from "
                    "{start}, signed {signed})"),
    "certificate-expired": QT_TRANSLATE_NOOP(
        "Messages", "the certificate had expired when the file was signed (valid until "
                    "{end}, signed {signed})"),
    # trust through a certificate authority (kotodesk.signing.pki.validation)
    "certificate-revoked": QT_TRANSLATE_NOOP(
        "Messages", "the certificate (serial {serial}) was revoked by its issuer on {date}"),
    "certificate-revoked-because": QT_TRANSLATE_NOOP(
        "Messages", "the certificate (serial {serial}) was revoked by its issuer on {date}, "
                    "reason: {reason}"),
    "certificate-not-by-anchor": QT_TRANSLATE_NOOP(
        "Messages", "the certificate names {issuer} as its issuer, but {issuer} did not sign "
                    "it (changed after it was issued, or made by someone else)"),
    "certificate-key-compromised": QT_TRANSLATE_NOOP(
        "Messages", "the certificate's key is the key of certificate {serial}, revoked on "
                    "{date} as compromised: whoever took the key can sign with this "
                    "certificate too"),
    "chain-does-not-hold": QT_TRANSLATE_NOOP(
        "Messages", "its certificate's chain to a trust anchor does not hold ({detail})"),
    # verification of a PDF (kotodesk.signing.pades)
    "pdf-no-header": QT_TRANSLATE_NOOP("Messages", "not a PDF file (no %PDF header)"),
    "pdf-too-large": QT_TRANSLATE_NOOP("Messages", "the PDF is too large ({size} bytes)"),
    "pdf-damaged": QT_TRANSLATE_NOOP("Messages", "damaged PDF, cannot be read ({detail})"),
    "pdf-embedded-too-deep": QT_TRANSLATE_NOOP(
        "Messages", "the PDF's list of embedded files is nested too deeply"),
    "pdf-embedded-too-large": QT_TRANSLATE_NOOP(
        "Messages", "the embedded signed content is implausibly large"),
    "pdf-not-kotodesk": QT_TRANSLATE_NOOP(
        "Messages", "a PDF without kotodesk's signed content (not written by kotodesk)"),
    "pdf-signature-damaged": QT_TRANSLATE_NOOP(
        "Messages", "the signature is damaged: the PDF was changed after signing"),
    "pdf-unsigned": QT_TRANSLATE_NOOP("Messages", "the PDF carries no signature"),
    "pdf-not-as-sealed": QT_TRANSLATE_NOOP(
        "Messages", "signed, but not what its signed content says: {difference}. Its pages "
                    "were changed, or drawn by a kotodesk version that lays them out "
                    "otherwise: the .xlsx sent with it carries the same signed content"),
    "pdf-not-as-drawn": QT_TRANSLATE_NOOP(
        "Messages", "signed, but its pages do not say what its signed content says: "
                    "{difference}. The file says it was drawn as this kotodesk draws, so its "
                    "pages were made otherwise than from its signed content"),
    "pdf-drawn-by-newer": QT_TRANSLATE_NOOP(
        "Messages", "signed and intact, but its pages were drawn by a newer kotodesk "
                    "({maker}, pages {pages}) than this one (pages {ours}), so they cannot "
                    "be compared with its signed content here. Update kotodesk, or go by the "
                    ".xlsx sent with it, which carries the same signed content"),
    "pdf-drawn-by-older": QT_TRANSLATE_NOOP(
        "Messages", "signed and intact, but its pages were drawn by an earlier kotodesk "
                    "({maker}, pages {pages}) than this one (pages {ours}), so they cannot "
                    "be compared with its signed content here. Go by the .xlsx sent with it, "
                    "which carries the same signed content, or ask the sender to update "
                    "kotodesk"),
    "another-kotodesk": QT_TRANSLATE_NOOP("Messages", "another version"),
    "pdf-changed": QT_TRANSLATE_NOOP(
        "Messages", "the signature does not match the content: the PDF was changed after "
                    "signing"),
    "pdf-signed-again": QT_TRANSLATE_NOOP(
        "Messages", "the PDF was signed again after the first signature"),
    "pdf-revision-added": QT_TRANSLATE_NOOP(
        "Messages", "a revision was added to the PDF after signing"),
    "pdf-bytes-outside": QT_TRANSLATE_NOOP(
        "Messages", "the PDF was changed after signing (bytes outside the signature)"),
    "pdf-bytes-appended": QT_TRANSLATE_NOOP(
        "Messages", "the PDF was changed after signing (bytes appended after the signature)"),
    "pdf-seal-mismatch": QT_TRANSLATE_NOOP(
        "Messages", "the embedded signed content does not match its signature"),
    "pdf-other-key": QT_TRANSLATE_NOOP(
        "Messages", "the embedded signed content was sealed by a different key than the "
                    "PDF's signature"),
    "pdf-cannot-render": QT_TRANSLATE_NOOP(
        "Messages", "kotodesk cannot render a {format} document, so its pages cannot be "
                    "compared with its signed content"),
    "pdf-content-unrenderable": QT_TRANSLATE_NOOP(
        "Messages", "the signed content cannot be rendered ({detail})"),
    "pdf-pages-unreadable": QT_TRANSLATE_NOOP("Messages", "its pages cannot be read ({detail})"),
    "pdf-annotations": QT_TRANSLATE_NOOP(
        "Messages", "its pages carry annotations the signed content does not have ({kinds})"),
    "pdf-pages-differ": QT_TRANSLATE_NOOP(
        "Messages", "its pages say {shown} where the signed content reads {signed} (word "
                    "{word})"),
    "nothing": QT_TRANSLATE_NOOP("Messages", "nothing"),
    "pdf-valid": QT_TRANSLATE_NOOP("Messages", "valid, signed by {signer} (trusted)"),
    "pdf-intact-known": QT_TRANSLATE_NOOP(
        "Messages", "intact, signed by {signer}; the signer is on the trust list but the "
                    "certificate is not valid now (fingerprint {fingerprint})"),
    "pdf-intact-unknown": QT_TRANSLATE_NOOP(
        "Messages", "intact, signed by {signer}; the signer is not on the trust list "
                    "(fingerprint {fingerprint})"),
    # taking in a round package (kotodesk.coordinator.package)
    "package-cannot-count": QT_TRANSLATE_NOOP(
        "Messages", "the round package cannot be taken in: {why}"),
    "package-not-genuine": QT_TRANSLATE_NOOP(
        "Messages", "not a genuine round package: {status}, {why}"),
    # kotodesk.documents.verify's statuses, as the command line prints them
    "status-valid": QT_TRANSLATE_NOOP("Messages", "valid"),
    "status-unknown-signer": QT_TRANSLATE_NOOP("Messages", "unknown-signer"),
    "status-not-authorised": QT_TRANSLATE_NOOP("Messages", "not-authorised"),
    "status-modified": QT_TRANSLATE_NOOP("Messages", "modified"),
    "status-unsigned": QT_TRANSLATE_NOOP("Messages", "unsigned"),
    "status-not-kotodesk": QT_TRANSLATE_NOOP("Messages", "not-kotodesk"),
    "status-unreadable": QT_TRANSLATE_NOOP("Messages", "unreadable"),
    "not-a-package": QT_TRANSLATE_NOOP("Messages", "not a round package but a {format} file"),
    # taking a return in (kotodesk.coordinator: intake, received, inbox)
    "only-intact-knowingly": QT_TRANSLATE_NOOP(
        "Messages", "{reason} (only a file whose values are as signed can be taken in "
                    "knowingly)"),
    "not-a-return": QT_TRANSLATE_NOOP(
        "Messages", "not a unit's return but a {format} file"),
    "set-aside-merged": QT_TRANSLATE_NOOP(
        "Messages", "set aside: a merged report or meeting summary of round {period} made "
                    "by kotodesk, not a unit's return; nothing of it is taken in"),
    "set-aside-package": QT_TRANSLATE_NOOP(
        "Messages", "set aside: a round package of round {period} made by kotodesk, not a "
                    "unit's return; nothing of it is taken in"),
    "other-programme": QT_TRANSLATE_NOOP(
        "Messages", "a return for another programme ({programme})"),
    "other-round": QT_TRANSLATE_NOOP(
        "Messages", "a return for another round ({period}; expected {expected})"),
    "any-round": QT_TRANSLATE_NOOP("Messages", "any round of the programme"),
    "package-round-closed": QT_TRANSLATE_NOOP(
        "Messages", "round {period} is closed: a package would open it at the units, and "
                    "their returns for it would be refused. Open it again first (Reopen "
                    "round), or write the open round's package; nothing was written"),
    "round-closed-late": QT_TRANSLATE_NOOP(
        "Messages", "round {period} is closed, and a return that comes after it closed is "
                    "not taken in: to take it in, open the round again (Reopen round)"),
    # opening a round (kotodesk.coordinator.new_round)
    "round-period-missing": QT_TRANSLATE_NOOP(
        "Messages", "give the monitoring period, e.g. 1–6/2024"),
    "round-period-unwritable": QT_TRANSLATE_NOOP(
        "Messages", "the period {period} has a character that is not shown (a control or "
                    "direction character, {at}. character): type the period again, e.g. "
                    "1–6/2024; no round was opened"),
    "round-exists": QT_TRANSLATE_NOOP(
        "Messages", "{programme} already has a round {period} ({state}): give another "
                    "period, or open that round again (Reopen round)"),
    "round-from-report": QT_TRANSLATE_NOOP(
        "Messages", "round {period} was read from a published report: it can be read, but "
                    "not opened again to be changed; nothing was changed"),
    "round-closed-deadline": QT_TRANSLATE_NOOP(
        "Messages", "round {period} is closed, and its deadline is part of its record: open "
                    "it again first (Reopen round) to change the deadline; nothing was "
                    "changed"),
    "round-deadline-not-opened-here": QT_TRANSLATE_NOOP(
        "Messages", "round {period} was not opened in this data folder (it came with "
                    "kotodesk, from a report or in a round package): only the coordinator "
                    "who opened a round gives its deadline; nothing was changed"),
    "round-state-open": QT_TRANSLATE_NOOP("Messages", "open"),
    "round-state-closed": QT_TRANSLATE_NOOP("Messages", "closed"),
    "unit-not-registered": QT_TRANSLATE_NOOP(
        "Messages", "unit {unit} is not in the register"),
    "measures-not-in-catalogue": QT_TRANSLATE_NOOP(
        "Messages", "measures not in this round's catalogue: {measures}"),
    "measures-meant-otherwise": QT_TRANSLATE_NOOP(
        "Messages", "made on another version of the catalogue: its measure numbers name "
                    "other measures in this round's catalogue ({details}). Ask the unit to "
                    "take in this round's package and export its return again"),
    "measure-meant-as": QT_TRANSLATE_NOOP(
        "Messages", "{ref} is {sent} in the file, {here} in the round"),
    "text-follows-measure": QT_TRANSLATE_NOOP(
        "Messages", "{unit}: the text typed for {ref} {measure} is now under {new}, the "
                    "number that measure has in the package's catalogue"),
    "text-set-aside": QT_TRANSLATE_NOOP(
        "Messages", "{unit}: the text typed for {ref} {measure} ({text}) is kept in the data "
                    "folder, but not in this round: that measure is not in the package's "
                    "catalogue (version {version}). Copy what you need into another measure "
                    "or ask the coordinator"),
    "same-return-as": QT_TRANSLATE_NOOP("Messages", "the same return as {file}"),
    "taken-knowingly": QT_TRANSLATE_NOOP(
        "Messages", "taken in knowingly: its sealed values, though its appearance changed "
                    "after signing"),
    "held-apart": QT_TRANSLATE_NOOP(
        "Messages", "held apart, not merged: {why}; trust the signer or accept this file "
                    "to count it"),
    "unit-does-not-answer": QT_TRANSLATE_NOOP(
        "Messages", "not merged, {unit} does not answer for: {measures}"),
    "already-received": QT_TRANSLATE_NOOP(
        "Messages", "already received as {file} on {date}; nothing changed"),
    "held-unknown-signer": QT_TRANSLATE_NOOP("Messages", "the signer is not on the trust list"),
    "held-unsigned": QT_TRANSLATE_NOOP("Messages", "the return is unsigned"),
    "held-not-authorised": QT_TRANSLATE_NOOP(
        "Messages", "the signer may not speak for this unit (trust list changed)"),
    "appearance-note": QT_TRANSLATE_NOOP(
        "Messages", "taken in knowingly: its appearance changed after signing; its sealed "
                    "values count, the signed PDF shows what the signer saw"),
    "after-deadline": QT_TRANSLATE_NOOP(
        "Messages", "late: signed {signed} Helsinki time, after the deadline {deadline} "
                    "(midnight in Helsinki)"),
    "out-of-order": QT_TRANSLATE_NOOP(
        "Messages", "out of order: signed before {file}, but taken in after it"),
    "not-units-measures": QT_TRANSLATE_NOOP(
        "Messages", "not merged, not the unit's measures: {measures}"),
    # reading a received file (kotodesk.domain.errors, kotodesk.xlsx.safe)
    "at-place": QT_TRANSLATE_NOOP("Messages", "{where}: {problem}"),
    "in-sheet": QT_TRANSLATE_NOOP("Messages", "sheet {sheet}"),
    "in-row": QT_TRANSLATE_NOOP("Messages", "row {row}"),
    "not-regular-file": QT_TRANSLATE_NOOP(
        "Messages", "is not a regular file (a folder, device, pipe or socket); only files "
                    "can be read"),
    "not-a-file": QT_TRANSLATE_NOOP("Messages", "is not a regular file; only files can be "
                                                "read"),
    "cannot-read": QT_TRANSLATE_NOOP("Messages", "cannot be read ({reason})"),
    "not-xlsx": QT_TRANSLATE_NOOP(
        "Messages", "not an Excel .xlsx file (it is not a zip archive)"),
    "macros": QT_TRANSLATE_NOOP(
        "Messages", "contains macros (vbaProject.bin); kotodesk does not open macro-enabled "
                    "workbooks"),
    "larger-than": QT_TRANSLATE_NOOP("Messages", "is larger than {megabytes} MB"),
    "empty-file": QT_TRANSLATE_NOOP("Messages", "the file is empty"),
    "damaged-xlsx": QT_TRANSLATE_NOOP("Messages", "damaged or truncated .xlsx ({detail})"),
    # a return's text that an Excel cell cannot hold (kotodesk.reporting.returns)
    "text-too-long": QT_TRANSLATE_NOOP(
        "Messages", "measure {ref}, {field}: {length} characters, but an Excel cell holds "
                    "at most {limit}. Shorten the text or link to a longer one."),
    "field-narrative": QT_TRANSLATE_NOOP("Messages", "“What has been done”"),
    "field-reasons": QT_TRANSLATE_NOOP("Messages", "“Reasons”"),
    "field-indicator-report": QT_TRANSLATE_NOOP("Messages", "the report against the indicator"),
    "field-indicator": QT_TRANSLATE_NOOP("Messages", "indicator “{name}”"),
    # a signing key and its certificate (kotodesk.signing.keys)
    "key-needs-name": QT_TRANSLATE_NOOP("Messages", "a signing key needs the person's name"),
    "name-unholdable": QT_TRANSLATE_NOOP(
        "Messages", "the {label} has characters a signing certificate cannot hold: {chars}. "
                    "Leave them out (emoji and other symbols cannot be part of a "
                    "certificate's name)."),
    "name-mixed-direction": QT_TRANSLATE_NOOP(
        "Messages", "the {label} mixes right-to-left letters (Arabic, Hebrew) with "
                    "left-to-right ones or with digits or marks at its ends; a certificate's "
                    "name is in one direction: write it in one script."),
    "label-name": QT_TRANSLATE_NOOP("Messages", "name"),
    "label-email": QT_TRANSLATE_NOOP("Messages", "e-mail address"),
    "label-unit": QT_TRANSLATE_NOOP("Messages", "unit"),
    "label-organisation": QT_TRANSLATE_NOOP("Messages", "organisation"),
    "certificate-name-unusable": QT_TRANSLATE_NOOP(
        "Messages", "the certificate's name cannot be used for signing ({detail})"),
    "passphrase-too-short": QT_TRANSLATE_NOOP(
        "Messages", "the passphrase must have at least {count} characters"),
    "not-pkcs12": QT_TRANSLATE_NOOP("Messages", "not a PKCS#12 key file ({detail})"),
    "pkcs12-without-key": QT_TRANSLATE_NOOP(
        "Messages", "the PKCS#12 file holds no private key with its certificate"),
    "key-type-unsupported": QT_TRANSLATE_NOOP(
        "Messages", "unsupported key type {kind}; use ECDSA or RSA"),
    "file-unreadable": QT_TRANSLATE_NOOP("Messages", "cannot read ({reason})"),
    "not-a-certificate": QT_TRANSLATE_NOOP("Messages", "not an X.509 certificate (PEM or DER)"),
    # restoring a backup (kotodesk.datafolder.backup)
    "no-such-file": QT_TRANSLATE_NOOP("Messages", "no such file"),
    "backup-not-sqlite": QT_TRANSLATE_NOOP(
        "Messages", "not a kotodesk backup: the file is not an SQLite database"),
    "backup-unusable": QT_TRANSLATE_NOOP("Messages", "not a usable kotodesk backup ({detail})"),
    "backup-damaged": QT_TRANSLATE_NOOP(
        "Messages", "the database in this file is damaged ({detail})"),
    "backup-not-kotodesk": QT_TRANSLATE_NOOP(
        "Messages", "an SQLite database, but not a kotodesk database"),
    "restore-failed": QT_TRANSLATE_NOOP(
        "Messages", "{path}: could not restore ({detail}); the database is unchanged"),
    "restore-check-failed": QT_TRANSLATE_NOOP(
        "Messages", "{path}: failed its check after the restore ({detail}); the previous "
                    "database is in {safety}"),
    "backup-schema-differs": QT_TRANSLATE_NOOP(
        "Messages", "a kotodesk database changed by something else than kotodesk (its "
                    "structure differs: {what}); not restored"),
    "backup-made-in-future": QT_TRANSLATE_NOOP(
        "Messages", "its name says it was made {made}, which is still to come: the "
                    "computer's clock was ahead when it was made, or the file was named by "
                    "hand"),
    "backup-changed-in-future": QT_TRANSLATE_NOOP(
        "Messages", "it holds a change dated {changed}, which is still to come: the "
                    "clock was ahead when that was saved, or the file was made elsewhere"),
    "backup-written-apart": QT_TRANSLATE_NOOP(
        "Messages", "its name says it was made {made}, but the file was written {written}: "
                    "copied, or named by hand"),
    "backup-newer": QT_TRANSLATE_NOOP(
        "Messages", "written by a newer kotodesk (schema {schema}); update kotodesk to "
                    "restore it"),
    # certificates from a certificate authority (kotodesk.signing.pki)
    "not-a-certificate-file": QT_TRANSLATE_NOOP(
        "Messages", "not an X.509 certificate file (PEM or DER)"),
    "certificate-not-for-key": QT_TRANSLATE_NOOP(
        "Messages", "this certificate is not for your key (its public key differs from your "
                    "certificate's): was the request made in another data folder?"),
    "certificate-not-installable": QT_TRANSLATE_NOOP("Messages", "cannot be installed: {why}"),
    "chain-broken": QT_TRANSLATE_NOOP(
        "Messages", "the chain is broken: {subject} was not issued by {issuer} ({detail})"),
    "chain-not-ca": QT_TRANSLATE_NOOP(
        "Messages", "the certificate after yours in the file ({name}) is not a certificate "
                    "authority's"),
    "chain-ca-not-valid": QT_TRANSLATE_NOOP(
        "Messages", "the certificate authority's certificate {name} is not valid today "
                    "(valid from {start} to {end})"),
    "certificate-not-valid-today": QT_TRANSLATE_NOOP(
        "Messages", "the certificate is not valid today (valid from {start} to {end})"),
    "key-certificate-cannot-sign": QT_TRANSLATE_NOOP(
        "Messages", "the key's certificate cannot sign kotodesk files: {why}; the key was "
                    "not imported"),
    "chain-missing": QT_TRANSLATE_NOOP(
        "Messages", "the file holds no certificate authority's certificate after yours: "
                    "install the file `kotodesk ca issue` wrote, which has both"),
    "request-needs-name": QT_TRANSLATE_NOOP(
        "Messages", "the request needs the person's name (--name)"),
    "request-too-large": QT_TRANSLATE_NOOP("Messages", "too large for a certificate request"),
    "not-a-request": QT_TRANSLATE_NOOP(
        "Messages", "not a certificate request (PKCS#10, PEM or DER): {detail}"),
    "token-not-ca": QT_TRANSLATE_NOOP(
        "Messages", "the key on the token is not the certificate authority's"),
    "request-changed": QT_TRANSLATE_NOOP(
        "Messages", "the request's signature does not hold: it was changed after it was made"),
    "request-without-person": QT_TRANSLATE_NOOP(
        "Messages", "the request names no person (no common name)"),
    "request-name-unprintable": QT_TRANSLATE_NOOP(
        "Messages", "the request's name holds control or direction characters ({text}): "
                    "every file it signs would show them where it names its signer; ask for "
                    "a request with the name as it is written"),
    "request-key-compromised": QT_TRANSLATE_NOOP(
        "Messages", "the request is for a key whose certificate {serial} was revoked on "
                    "{date} as compromised: whoever holds that key would count again; the "
                    "person makes a new key and a new request"),
    # an unsigned return read by its layout (kotodesk.coordinator.intake, return_read)
    "unknown-programme": QT_TRANSLATE_NOOP("Messages", "names no known programme ({name})"),
    "unknown-round": QT_TRANSLATE_NOOP("Messages", "names no round of {programme} ({period})"),
    "unknown-unit": QT_TRANSLATE_NOOP("Messages", "names no unit of the register ({name})"),
    "sheet-theme-unknown": QT_TRANSLATE_NOOP("Messages", "cannot tell which theme this sheet is"),
    "measure-not-in-catalogue": QT_TRANSLATE_NOOP(
        "Messages", "measure {ref} is not in the catalogue of {programme}"),
    "return-without-measures": QT_TRANSLATE_NOOP(
        "Messages", "no measures found in the return's table"),
    "xlsx-unreadable": QT_TRANSLATE_NOOP("Messages", "not a readable .xlsx workbook ({detail})"),
    "xlsx-reader-gave-up": QT_TRANSLATE_NOOP(
        "Messages", "not a readable .xlsx workbook (its reader gave up on damaged data)"),
    # trust anchors and revocation lists (kotodesk.coordinator.anchors, trusting)
    "anchor-not-ca": QT_TRANSLATE_NOOP(
        "Messages", "not a certificate authority's certificate ({people}): trust a person's "
                    "certificate with `kotodesk trust add`"),
    "not-a-crl": QT_TRANSLATE_NOOP(
        "Messages", "not a certificate revocation list (CRL, DER or PEM): {detail}"),
    "crl-not-from-anchor": QT_TRANSLATE_NOOP(
        "Messages", "the revocation list of {issuer} is not signed by a trust anchor of this "
                    "data folder (add the CA with `kotodesk trust add-anchor`)"),
    "crl-from-future": QT_TRANSLATE_NOOP(
        "Messages", "the revocation list of {issuer} says it was issued on {issued}, later "
                    "than this computer's clock ({now}): a list from the future is not taken "
                    "in (check the clock of the computer that made it, and of this one)"),
    "crl-dates-inverted": QT_TRANSLATE_NOOP(
        "Messages", "the revocation list of {issuer} is to be replaced on {due}, before it "
                    "was issued ({issued}): not taken in"),
    "crl-stale": QT_TRANSLATE_NOOP(
        "Messages", "the revocation list of {issuer} was due to be replaced on {due}: a "
                    "certificate revoked since then is not on it; ask the certificate "
                    "authority for its current list"),
    "cannot-be-trusted": QT_TRANSLATE_NOOP("Messages", "cannot be trusted: {why}"),
    "package-catalogue-changed": QT_TRANSLATE_NOOP(
        "Messages", "the package's catalogue does not match its own fingerprint"),
    "package-older": QT_TRANSLATE_NOOP(
        "Messages", "signed before the round package taken in last ({signed}, the last one "
                    "{last}): the newer package stands, and this one is not taken in"),
    "package-no-period": QT_TRANSLATE_NOOP(
        "Messages", "the package's round has no period; it is not taken in"),
    "package-same-period": QT_TRANSLATE_NOOP(
        "Messages", "the package's round {period} is its own previous round; it is not "
                    "taken in"),
    # mail drafts (kotodesk.mail.drafts)
    "not-attachable": QT_TRANSLATE_NOOP(
        "Messages", "cannot be attached to the e-mail ({reason})"),
    # addresses known but not usable (kotodesk.mail.round_mail)
    "address-unusable": QT_TRANSLATE_NOOP(
        "Messages", "{address} ({source}) is not an e-mail address a mail program can send "
                    "to"),
    "address-from-register": QT_TRANSLATE_NOOP(
        "Messages", "the register's address of {unit}"),
    "address-from-certificate": QT_TRANSLATE_NOOP(
        "Messages", "the address in the certificate of {name}"),
    # what a draft may carry (kotodesk.mail.attached)
    "attach-refused": QT_TRANSLATE_NOOP("Messages", "not sent: {why}"),
    "attach-wrong-kind": QT_TRANSLATE_NOOP(
        "Messages", "not sent: this is {found}, not {wanted}"),
    "kind-return": QT_TRANSLATE_NOOP("Messages", "a unit's signed return"),
    "kind-package": QT_TRANSLATE_NOOP("Messages", "a round package"),
    "kind-merged": QT_TRANSLATE_NOOP("Messages", "a merged report or a meeting summary"),
    "kind-other": QT_TRANSLATE_NOOP("Messages", "another kind of kotodesk file ({kind})"),
    "attach-not-own": QT_TRANSLATE_NOOP(
        "Messages", "not sent: signed by {signer}, not with this data folder's key"),
    "attach-other-unit": QT_TRANSLATE_NOOP(
        "Messages", "not sent: the return of {found}, not of {wanted}"),
    "attach-other-round": QT_TRANSLATE_NOOP(
        "Messages", "not sent: for round {found} of {programme}, not for round {wanted} "
                    "of {expected}"),
    "attach-not-a-pair": QT_TRANSLATE_NOOP(
        "Messages", "not sent: the .xlsx and the .pdf are not the same return (signed "
                    "{first} and {second})"),
    "attachments-too-large": QT_TRANSLATE_NOOP(
        "Messages", "the attachments exceed {megabytes} MB, more than mail servers accept"),
    # why a file could not be written or read (kotodesk.domain.errors)
    "write-failed": QT_TRANSLATE_NOOP(
        "Messages", "{path}: could not write the file ({reason}); nothing was written there"),
    "merged-output-unwritable": QT_TRANSLATE_NOOP(
        "Messages", "{path}: cannot be written ({reason}); no merged output was written"),
    "write-ENOSPC": QT_TRANSLATE_NOOP("Messages", "the disk is full"),
    "write-EDQUOT": QT_TRANSLATE_NOOP("Messages", "the disk quota is used up"),
    "write-EROFS": QT_TRANSLATE_NOOP("Messages", "the folder is on a read-only disk"),
    "write-EACCES": QT_TRANSLATE_NOOP("Messages", "no permission to write there"),
    "write-EFBIG": QT_TRANSLATE_NOOP(
        "Messages", "the file is larger than this disk or account allows"),
    "write-ENOENT": QT_TRANSLATE_NOOP("Messages", "the folder does not exist"),
    "write-ENOTDIR": QT_TRANSLATE_NOOP("Messages", "a part of the path is not a folder"),
    "write-EISDIR": QT_TRANSLATE_NOOP("Messages", "it is a folder"),
    "write-ENAMETOOLONG": QT_TRANSLATE_NOOP("Messages", "the name is too long"),
    "write-EEXIST": QT_TRANSLATE_NOOP("Messages", "it is a file, not a folder"),
    "write-ELOOP": QT_TRANSLATE_NOOP(
        "Messages", "the path goes round in a loop of symbolic links"),
    "write-disk-error": QT_TRANSLATE_NOOP(
        "Messages", "the disk reported an error while writing"),
    "database-link-nowhere": QT_TRANSLATE_NOOP(
        "Messages", "it is a link to {target}, which does not exist: a disk that is not "
                    "connected, or a folder moved; connect the disk or correct the link"),
    "write-read-only-file": QT_TRANSLATE_NOOP(
        "Messages", "the database file or its folder is read-only"),
    "read-ENOENT": QT_TRANSLATE_NOOP("Messages", "there is no such file"),
    "read-EACCES": QT_TRANSLATE_NOOP("Messages", "no permission to read it"),
    "read-EIO": QT_TRANSLATE_NOOP("Messages", "the disk could not be read"),
    # importing a catalogue (kotodesk.catalogue: importer, text_format, xlsx_format, rules)
    "catalogue-is-folder": QT_TRANSLATE_NOOP("Messages", "is a folder, not a catalogue file"),
    "not-json": QT_TRANSLATE_NOOP("Messages", "not valid JSON ({detail})"),
    "not-text": QT_TRANSLATE_NOOP("Messages", "not a text file (it contains binary data)"),
    "not-utf8": QT_TRANSLATE_NOOP(
        "Messages", "not UTF-8 text (undecodable byte at offset {offset}); save it as "
                    "'Unicode (UTF-8)' text"),
    "file-larger-than": QT_TRANSLATE_NOOP("Messages", "the file is larger than {megabytes} MB"),
    "row-before-header": QT_TRANSLATE_NOOP(
        "Messages", "a table row before any header row "
                    "(expected 'Tavoitteet⇥Toimenpiteet⇥Seuranta⇥Vastuutahot')"),
    "no-theme-found": QT_TRANSLATE_NOOP(
        "Messages", "no theme found: expected a theme heading line followed by the header "
                    "row 'Tavoitteet⇥Toimenpiteet⇥Seuranta⇥Vastuutahot'"),
    "table-text-unreadable": QT_TRANSLATE_NOOP("Messages", "unreadable table text: {detail}"),
    "header-not-tabs": QT_TRANSLATE_NOOP(
        "Messages", "this line looks like the header row, but its cells are not separated by "
                    "tabs (save the table as tab-separated text, or as .xlsx)"),
    "measure-without-text": QT_TRANSLATE_NOOP(
        "Messages", "{where}: measure {number} has no text (Toimenpiteet is empty; a merged "
                    "cell keeps its text in its first cell only)"),
    "measure-before-theme": QT_TRANSLATE_NOOP(
        "Messages", "a measure row before any theme heading"),
    "goal-without-number": QT_TRANSLATE_NOOP(
        "Messages", "goal text without a goal number: {text}"),
    "measure-twice": QT_TRANSLATE_NOOP(
        "Messages", "measure {number} appears twice in theme {theme} (first on row {row})"),
    "status-without-label": QT_TRANSLATE_NOOP(
        "Messages", "status {status} has no label (Selite): it would be shown by its colour "
                    "alone"),
    "status-colour-odd": QT_TRANSLATE_NOOP(
        "Messages", "status {status}: {colour} is not a colour like #2e7d32"),
    "measure-cell-too-long": QT_TRANSLATE_NOOP(
        "Messages", "measure {number} of theme {theme}: its {column} text is {length} "
                    "characters long, more than an Excel cell holds ({limit}), so the round "
                    "package could not carry it"),
    "measure-twice-sheet": QT_TRANSLATE_NOOP(
        "Messages", "measure {number} appears twice in theme {theme} (first on sheet "
                    "{sheet}, row {row})"),
    "continuation-before-measure": QT_TRANSLATE_NOOP(
        "Messages", "a continuation row before any measure (no measure number like '1.1')"),
    "no-measures": QT_TRANSLATE_NOOP("Messages", "no measures found"),
    "theme-without-name": QT_TRANSLATE_NOOP("Messages", "theme {position} has no name"),
    "measure-of-theme-without-number": QT_TRANSLATE_NOOP(
        "Messages", "a measure of theme {theme} has no number"),
    "measure-number-twice": QT_TRANSLATE_NOOP(
        "Messages", "measure number {number} appears twice in theme {theme}"),
    # what a catalogue import did (kotodesk.catalogue.importer.ImportReport.lines)
    "import-unchanged": QT_TRANSLATE_NOOP(
        "Messages", "{file}: unchanged, {programme} is already at this content (version "
                    "{version}); nothing imported."),
    "import-new-programme": QT_TRANSLATE_NOOP(
        "Messages", "{file}: imported as new programme {programme} (version {version}): "
                    "{themes} themes, {measures} measures."),
    "import-new-version": QT_TRANSLATE_NOOP(
        "Messages", "{file}: imported as new catalogue version {programme} (version "
                    "{version}): {themes} themes, {measures} measures."),
    "import-new-units": QT_TRANSLATE_NOOP(
        "Messages", "New units added to the register (check their names): {items}"),
    "new-unit-from": QT_TRANSLATE_NOOP(
        "Messages", "{unit} (read from the Vastuutahot of {measures}: {texts})"),
    "measure-number-goes-back": QT_TRANSLATE_NOOP(
        "Messages", "measure {number} comes after {before} and is a number in Excel, not "
                    "text. {advice}"),
    "measure-number-lost-zero": QT_TRANSLATE_NOOP(
        "Messages", "Excel may have stored {lost} as the number {number} (it drops the "
                    "last zero of a number): format column {column} as text, type the "
                    "measure numbers again and import the file again"),
    "units-read-loosely": QT_TRANSLATE_NOOP(
        "Messages", "{ref}: the Vastuutahot {text} were read as {units}, with the spaces "
                    "or hyphens inside a name left out; correct the text if that is not "
                    "what it means"),
    "import-added": QT_TRANSLATE_NOOP("Messages", "Measures added: {items}"),
    "import-changed": QT_TRANSLATE_NOOP("Messages", "Measures changed: {items}"),
    "import-removed": QT_TRANSLATE_NOOP(
        "Messages", "Measures no longer in the catalogue (their entries are kept): {items}"),
    "import-warning": QT_TRANSLATE_NOOP("Messages", "Warning: {warning}"),
    "formula-read-as-text": QT_TRANSLATE_NOOP(
        "Messages", "sheet {sheet} row {row}: a formula was read as its text, not evaluated "
                    "({text})"),
    "not-a-catalogue": QT_TRANSLATE_NOOP(
        "Messages", "not a kotodesk catalogue (format is not {format})"),
    "catalogue-malformed": QT_TRANSLATE_NOOP("Messages", "malformed catalogue: {detail}"),
    "measures-without-unit": QT_TRANSLATE_NOOP(
        "Messages", "no responsible unit (Vastuutahot is empty), so no unit reports on "
                    "them: {refs}"),
    "hidden-sheet-read": QT_TRANSLATE_NOOP(
        "Messages", "sheet {sheet} is hidden in the workbook; its measures were read as "
                    "those of the visible sheets"),
    "measure-number-odd": QT_TRANSLATE_NOOP(
        "Messages", "column {column}: {number} is not a measure number like 1.1 or 4.10 "
                    "(did Excel make a date or a number of it? Format the column as text "
                    "and type the number again)"),
    "measure-number-odd-in-theme": QT_TRANSLATE_NOOP(
        "Messages", "{number} in theme {theme} is not a measure number like 1.1 or 4.10"),
    "no-catalogue-sheet": QT_TRANSLATE_NOOP(
        "Messages", "no sheet has the catalogue columns (Tavoitteet, Toimenpiteet, Seuranta, "
                    "Vastuutahot) in its first rows"),
    "goal-cell-without-number": QT_TRANSLATE_NOOP(
        "Messages", "goal cell does not start with a goal number like '1.': {text}"),
    "measure-without-number": QT_TRANSLATE_NOOP(
        "Messages", "measure without a number (fill the 'Nro' column or start the text with "
                    "e.g. '1.1')"),
    "unknown-kind": QT_TRANSLATE_NOOP(
        "Messages", "unknown kind {kind} (use 'nosto' or leave empty)"),
    # a completed round read from a curated file (kotodesk.catalogue.round_files)
    "not-a-round-file": QT_TRANSLATE_NOOP("Messages", "not a kotodesk round file ({format})"),
    "round-unknown-measure": QT_TRANSLATE_NOOP("Messages", "entry for unknown measure {ref}"),
    "round-unit-not-responsible": QT_TRANSLATE_NOOP(
        "Messages", "{ref}: {unit} is not a responsible unit of the measure"),
    "round-two-texts-unit": QT_TRANSLATE_NOOP("Messages", "{ref}: two texts for the same unit"),
    "round-two-texts-measure": QT_TRANSLATE_NOOP(
        "Messages", "{ref}: two texts for the same measure as a whole"),
    "round-value-not-indicator": QT_TRANSLATE_NOOP(
        "Messages", "{ref}: a value for {clause}, which is not one of the measure's "
                    "indicators"),
    "round-status-off-scale": QT_TRANSLATE_NOOP(
        "Messages", "{ref}: status {status} is not on the programme's scale"),
    "round-status-without-basis": QT_TRANSLATE_NOOP(
        "Messages", "{ref}: a status without the report's words for it (status_basis)"),
    # the window's export process (kotodesk.reporting.export_child)
    "export-stopped": QT_TRANSLATE_NOOP(
        "Messages", "the export stopped before it finished (exit code {status}): export again "
                    "before sending the files"),
    # the guarded opening of an .xlsx (kotodesk.xlsx.safe)
    "too-many-texts": QT_TRANSLATE_NOOP(
        "Messages", "part {part} declares {count} texts, more than kotodesk reads ({limit}): "
                    "refused unread"),
    "too-many-entries": QT_TRANSLATE_NOOP(
        "Messages", "holds {count} zip entries (more than {limit})"),
    "unpacks-too-large": QT_TRANSLATE_NOOP(
        "Messages", "would unpack to {megabytes} MB (limit {limit} MB): refused as a possible "
                    "zip bomb"),
    "part-twice": QT_TRANSLATE_NOOP(
        "Messages", "holds the part {part} twice (names differing only in case count as the "
                    "same part): refused, readers would disagree on it"),
    "no-content-types": QT_TRANSLATE_NOOP(
        "Messages", "not an Excel .xlsx file ([Content_Types].xml is missing)"),
    "part-too-large": QT_TRANSLATE_NOOP(
        "Messages", "part {part} would unpack to {megabytes} MB: refused as a possible zip "
                    "bomb"),
    "part-ratio": QT_TRANSLATE_NOOP(
        "Messages", "part {part} is compressed {ratio}:1: refused as a possible zip bomb"),
    "part-holds-more": QT_TRANSLATE_NOOP(
        "Messages", "part {part} holds more than it declares: refused as a possible zip bomb"),
    "part-declares-dtd": QT_TRANSLATE_NOOP(
        "Messages", "part {part} contains XML entity or DTD declarations: refused as unsafe"),
    "declares-dtd": QT_TRANSLATE_NOOP(
        "Messages", "contains XML entity or DTD declarations: refused as unsafe"),
    "part-damaged": QT_TRANSLATE_NOOP(
        "Messages", "damaged or truncated .xlsx (part {part}: {detail})"),
    "unread-tag": QT_TRANSLATE_NOOP(
        "Messages", "part {part} holds a row or cell tag written in a way kotodesk does not "
                    "read: refused unread"),
    "bad-row-number": QT_TRANSLATE_NOOP(
        "Messages", "part {part}: a row number {value} is not valid"),
    "bad-cell-reference": QT_TRANSLATE_NOOP(
        "Messages", "part {part}: the cell reference {value} is not valid"),
    "beyond-rows": QT_TRANSLATE_NOOP(
        "Messages", "part {part} reaches row {row}: beyond what kotodesk reads ({rows} rows, "
                    "{columns} columns); refused unread"),
    "beyond-cells": QT_TRANSLATE_NOOP(
        "Messages", "part {part} reaches row {row}, column {column}: beyond what kotodesk reads "
                    "({rows} rows, {columns} columns); refused unread"),
    # the sealed text in a file (kotodesk.signing.sealing) and its shape
    # (kotodesk.documents.payload)
    "seal-damaged": QT_TRANSLATE_NOOP(
        "Messages", "the embedded signature block is damaged ({detail})"),
    "seal-unknown-format": QT_TRANSLATE_NOOP("Messages", "unknown sealed format {format}"),
    "return-malformed": QT_TRANSLATE_NOOP(
        "Messages", "the return's content is malformed: {detail}"),
    "unit-shown-as-other": QT_TRANSLATE_NOOP(
        "Messages", "the file shows its unit as {shown}, another unit than {unit}, for which "
                    "it would be recorded"),
    "scale-shown-otherwise": QT_TRANSLATE_NOOP(
        "Messages", "the file shows the status scale otherwise than the programme (other "
                    "words or colours for its statuses)"),
    "status-not-on-scale": QT_TRANSLATE_NOOP(
        "Messages", "measure {ref}: status {status} is not on the programme's scale"),
    "value-not-shown": QT_TRANSLATE_NOOP(
        "Messages", "measure {ref}: a value of {name} that the file does not show"),
    "return-measure-twice": QT_TRANSLATE_NOOP(
        "Messages", "measure {ref} is in the file twice, and a person reads both"),
    "measure-shown-as": QT_TRANSLATE_NOOP(
        "Messages", "measure {ref} is shown as measure {number} of theme {theme}: a person "
                    "reads it as another measure than the one it would be recorded for"),
    # intake's examiner processes (kotodesk.documents.examiners)
    "examiner-stopped": QT_TRANSLATE_NOOP(
        "Messages", "checking this file stopped the checking process twice (exit code "
                    "{status}): refused unread; send it to the kotodesk developers"),
    "examine-failed": QT_TRANSLATE_NOOP("Messages", "could not be checked ({detail})"),
    "examiner-timeout": QT_TRANSLATE_NOOP(
        "Messages", "checking this file took more than {seconds} s, twice: refused unread; "
                    "send it to the kotodesk developers"),
    # the database (kotodesk.storage.db)
    "database-damaged": QT_TRANSLATE_NOOP(
        "Messages", "{path}: the database is damaged and cannot be read ({detail}). kotodesk "
                    "keeps backups of it: the window offers the newest when it starts; "
                    "`kotodesk backup list` shows them and `kotodesk backup restore FILE` "
                    "restores one, keeping the damaged file aside"),
    "database-unusable": QT_TRANSLATE_NOOP(
        "Messages", "{path}: not a usable kotodesk database ({detail})"),
    "database-no-wal": QT_TRANSLATE_NOOP(
        "Messages", "{path}: the database cannot use write-ahead logging here ({mode}); "
                    "use a data folder on a local disk (--home DIR or KOTODESK_HOME)"),
    "folder-not-writable": QT_TRANSLATE_NOOP(
        "Messages", "{path}: kotodesk cannot write the data folder ({problem}). Nothing was "
                    "changed; {advice} (--home DIR or KOTODESK_HOME)."),
    "no-home-folder": QT_TRANSLATE_NOOP(
        "Messages", "kotodesk cannot tell where to keep its data: this user has no home "
                    "folder ({detail}). Give a data folder with --home DIR or "
                    "KOTODESK_HOME."),
    # what to do, by the problem (storage.db.unwritable)
    "advice-space": QT_TRANSLATE_NOOP("Messages", "free some space or use another folder"),
    "advice-shorter-path": QT_TRANSLATE_NOOP("Messages", "use a folder with a shorter path"),
    "advice-writable": QT_TRANSLATE_NOOP("Messages", "use a folder you can write to"),
    "database-not-writable": QT_TRANSLATE_NOOP(
        "Messages", "{path}: kotodesk cannot write the database ({problem}). Nothing was "
                    "changed; {advice} (--home DIR or KOTODESK_HOME)."),
    "database-newer": QT_TRANSLATE_NOOP(
        "Messages", "{path}: written by a newer kotodesk (schema {schema}); update kotodesk "
                    "to open it"),
    "database-gone": QT_TRANSLATE_NOOP(
        "Messages", "{path}: {problem}; this change was not saved. Put the data folder back "
                    "as it was, or close kotodesk and start it again (--home DIR or "
                    "KOTODESK_HOME)."),
    "database-file-gone": QT_TRANSLATE_NOOP(
        "Messages", "the database file was moved, removed or replaced by another program "
                    "while kotodesk had it open"),
    "database-busy": QT_TRANSLATE_NOOP(
        "Messages", "{path}: another kotodesk is writing to this database; waited {seconds} "
                    "s. Try again when it has finished."),
}


class Message(str):
    """English text that remembers its code and parameters (see the module's docstring)."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, **params: Any) -> Message:
        text = _render(code, params, _english)
        made = super().__new__(cls, text)
        made.code, made.params = code, params
        return made

    def __reduce__(self):  # pickled (child processes) as code and parameters
        return (_rebuilt, (self.code, self.params))


def _rebuilt(code: str, params: dict[str, Any]) -> Message:
    return Message(code, **params)


def message(code: str, **params: Any) -> Message:
    """The message `code` (a key of TEXTS) with its parameters."""
    if code not in TEXTS and code != JOINED:
        raise KeyError(f"no message {code!r}")
    return Message(code, **params)


def joined(parts: Iterable[str], separator: str = "; ") -> str:
    """Several messages said one after another; a lone part is returned as it is."""
    parts = [p for p in parts if p]
    if len(parts) == 1:
        return parts[0]
    return Message(JOINED, parts=tuple(parts), separator=separator)


def listed(items: Iterable[str]) -> str:
    """Names or measure numbers as one parameter (the same in every language)."""
    return ", ".join(items)


def of_error(exc: BaseException) -> str:
    """What an error says to a person: its message when the core made one, else its text."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else str(exc)


def _english(text: str) -> str:
    return text


# The parameter that carries a library's own words about a problem (cryptography's,
# pyHanko's, openpyxl's, zipfile's, SQLite's: English, and meant for a developer). The
# command line (English, read by scripts and pasted into support requests) keeps it; the
# window leaves it out, with its brackets or colon, unless kotodesk made it a message of
# its own, so that a Finnish or Swedish window says the whole sentence in its language
# (the detail goes to the log: kotodesk.ui.words.said).
DETAIL = "detail"
_CUT = "\x00"
_CUT_AWAY = re.compile(r"\s*\(\x00\)|\s*:\s*\x00|\s*\x00")


def technical(text: str) -> bool:
    """Whether rendering `text` in the window leaves out a library's own words."""
    if not isinstance(text, Message):
        return False
    detail = text.params.get(DETAIL)
    if isinstance(detail, str) and not isinstance(detail, Message) and text.code != JOINED:
        return True
    parts = text.params.get("parts", ()) if text.code == JOINED else text.params.values()
    return any(technical(p) for p in parts if isinstance(p, str))


def _render(code: str, params: dict[str, Any], translate: Callable[[str], str]) -> str:
    if code == JOINED:
        return params["separator"].join(render(p, translate) for p in params["parts"])
    said = {k: render(v, translate) if isinstance(v, str) else v for k, v in params.items()}
    detail = params.get(DETAIL)
    if translate is _english or not isinstance(detail, str) or isinstance(detail, Message):
        return translate(TEXTS[code]).format(**said)
    said[DETAIL] = _CUT
    return _CUT_AWAY.sub("", translate(TEXTS[code]).format(**said))


def render(text: str, translate: Callable[[str], str]) -> str:
    """`text` in the language of `translate` (English text → its translation, as Qt's
    translate("Messages", …)); a text that is not a Message is returned as it is."""
    if isinstance(text, Message):
        return _render(text.code, text.params, translate)
    return str(text)
