"""Every command of the command line is in the README, as sqlite-utils keeps itself honest."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from kotodesk.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def commands() -> list[str]:
    """"catalogue import", "verify", … : each command and each of its actions."""
    found = []
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, parser in action.choices.items():
                subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
                if subs:
                    found += [f"{name} {sub}" for sub in subs[0].choices]
                else:
                    found.append(name)
    return found


def test_every_command_is_in_the_readme():
    text = README.read_text(encoding="utf-8")
    block = "\n".join(re.findall(r"```\n(kotodesk.*?)```", text, re.S))
    missing = []
    for command in commands():
        name, _, action = command.partition(" ")
        lines = [line for line in block.splitlines() if re.search(rf"\bkotodesk {name}\b", line)]
        if not lines or (action and not any(re.search(rf"\b{re.escape(action)}\b", line)
                                             for line in lines)):
            missing.append(command)
    assert not missing, f"commands not documented in README.md: {missing}"
    assert len(commands()) > 25
