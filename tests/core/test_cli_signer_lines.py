"""A signer's name comes from a certificate someone else made: line breaks or a terminal's
escapes in it wrote lines of their own into what `verify` prints ("x.xlsx: valid, …")
under the coordinator's eyes. Shown on one line now; kotodesk's own keys refuse them."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from kotodesk.domain.errors import InputError
from kotodesk.signing import keys
from tests.support import write_return_xlsx

FORGED = "Eve\nkoottu.xlsx: valid, Koordinaattori (Kaupunginkanslia)\x1b[2K\u2028ok"


def test_verify_prints_a_forged_signer_name_on_one_line(cli, unit_home, tmp_path):
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = keys.make_certificate(key, name=FORGED, email="eve@example.org",
                                        unit="Kasvatuksen ja koulutuksen toimiala",
                                        organisation="Helsingin kaupunki")
    signed = tmp_path / "palautus.xlsx"
    write_return_xlsx(unit_home, "Kasko", keys.Identity(key, certificate), signed)
    result = cli("verify", signed)
    assert result.code == 1  # unknown signer
    lines = result.out.splitlines()
    assert lines[0].startswith(f"{signed}: unknown-signer, Eve koottu.xlsx: valid"), lines
    assert all(line.startswith("    ") for line in lines[1:]), lines
    assert "\x1b" not in result.out and "\u2028" not in result.out
    shown = cli("verify", signed, "--json").json()[0]
    assert shown["signer"].startswith("Eve koottu.xlsx: valid, Koordinaattori "
                                      "(Kaupunginkanslia) [2K")  # a CN holds 64


@pytest.mark.parametrize("name", ["Anna\nTestaaja", "Anna\tTestaaja", "Anna\x1b[31m"])
def test_a_new_key_refuses_control_characters_in_its_name(name):
    with pytest.raises(InputError, match="U\\+00"):
        keys.new_identity(name=name, email="a@hel.fi", unit="Kasko", organisation="")


def test_verify_names_a_round_package_without_an_empty_unit(cli, home, tmp_path, monkeypatch):
    from tests.support import coordinator_ready

    coordinator_ready(home, monkeypatch)
    assert cli("round", "package", "--out", tmp_path / "paketti.xlsx").code == 0
    first = cli("verify", tmp_path / "paketti.xlsx").out.splitlines()[0]
    assert first.endswith(", Koordinaattori (6–12/2023)"), first


def test_a_file_name_with_a_line_break_stays_on_its_line(cli, unit_home, tmp_path):
    from tests.support import make_identity

    name = "palautus.xlsx\nkoottu.xlsx: valid, Koordinaattori\x1b[2K.xlsx"
    signed = tmp_path / name
    write_return_xlsx(unit_home, "Kasko", make_identity(), signed)
    lines = cli("verify", signed).out.splitlines()
    assert lines[0].startswith(f"{tmp_path}/palautus.xlsx\\nkoottu.xlsx: valid, "
                               "Koordinaattori\\x1b[2K.xlsx: unknown-signer"), lines
    assert all(line.startswith("    ") for line in lines[1:]), lines
    assert cli("verify", signed, "--json").json()[0]["file"] == str(signed)
