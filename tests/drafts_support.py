"""What the desktop was asked to open: the tests take the "file" scheme's handler, so a
draft goes through QDesktopServices.openUrl as in use, and no mail program starts."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot  # noqa: TID251 - the window's tests


class Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paths: list[Path] = []

    @Slot(QUrl)
    def take(self, url: QUrl) -> None:
        self.paths.append(Path(url.toLocalFile()))


@pytest.fixture
def opened(qtbot):
    from PySide6.QtGui import QDesktopServices  # noqa: TID251

    handler = Opened()
    QDesktopServices.setUrlHandler("file", handler, "take")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def parse(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(Path(path).read_bytes(), policy=email.policy.default)


def attachments(message) -> dict[str, bytes]:
    return {p.get_filename(): p.get_content() for p in message.iter_attachments()}
