"""Signatures: a person's key and certificate (keys.py), sealing a payload (sealing.py),
PAdES on PDFs (pades.py), what a signature must be to count (checks.py), the trust list,
and smart cards, tokens and the programme CA (pki/)."""
