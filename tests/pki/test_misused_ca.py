"""The programme CA used carelessly or by someone hostile: a key revoked as compromised
certified again, and requests whose names carry control characters. Real keys, the
command line, the coordinator's verification."""

from __future__ import annotations

from tests.pki.test_programme_ca import (  # noqa: F401
    CA_NAME,
    certified_unit,
    export,
    folders,
    secrets,
)


def test_a_key_revoked_as_compromised_is_not_certified_again(
        run, tmp_path, secrets, folders):  # noqa: F811
    """A stolen laptop's key is revoked as compromised; the same request (or a backup's
    key asking again) must not make it count once more, nor may a second certificate the
    CA issued for that key before."""
    coordinator, unit, _auditor = folders
    assert run(coordinator, "ca", "init", "--name", CA_NAME).code == 0
    first = certified_unit(run, tmp_path, coordinator, unit)
    request = tmp_path / "Kasko.csr"
    second = tmp_path / "second.pem"
    assert run(coordinator, "ca", "issue", request, "--unit", "Kasko", "--out",
               second).code == 0  # issued twice for one key, as a careless CA may
    revoked = run(coordinator, "ca", "revoke", first, "--reason", "key_compromise")
    assert revoked.code == 0, revoked.err

    # The thief installs the second certificate (every round package carries the valid ones).
    assert run(unit, "key", "install-cert", second).code == 0
    xlsx, _pdf = export(run, unit, tmp_path / "out")
    verified = run(coordinator, "verify", xlsx, "--json").json()[0]
    assert (verified["status"], verified["problem"]) == ("not-authorised", "revoked")
    assert not [c for c in run(coordinator, "ca", "list", "--json").json()
                if not c["revoked_at"]]

    again = run(coordinator, "ca", "issue", request, "--unit", "Kasko", "--out",
                tmp_path / "third.pem")
    assert again.code == 2
    assert "revoked on" in again.err and "compromised" in again.err
    assert not (tmp_path / "third.pem").exists()
    assert len(run(coordinator, "ca", "list", "--json").json()) == 2

    # Revoked for another reason (the person moved), the key may be certified again.
    other = tmp_path / "other"
    assert run(other, "key", "new", "--name", "Olli Muuttaja", "--unit", "Kuva").code == 0
    assert run(other, "key", "request", "--out", tmp_path / "o.csr").code == 0
    assert run(coordinator, "ca", "issue", tmp_path / "o.csr", "--unit", "Kuva", "--out",
               tmp_path / "o.pem").code == 0
    assert run(coordinator, "ca", "revoke", tmp_path / "o.pem", "--reason",
               "affiliation_changed").code == 0
    assert run(coordinator, "ca", "issue", tmp_path / "o.csr", "--unit", "Kasko", "--out",
               tmp_path / "o2.pem").code == 0
