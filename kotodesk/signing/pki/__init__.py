"""Public-key infrastructure: keys on smart cards and tokens, the programme's certificate
authority, and deciding trust by a chain of certificates instead of one signer at a time.

- `modules`, `tokens`: a signing key on a PKCS#11 token (an organisation card, a USB token,
  SoftHSM2 in the tests); the PIN is asked for each signing and never stored.
- `installed`: which key and certificate a data folder signs with (its own PKCS#12 file or
  a token, with a certificate a CA issued installed over the self-signed one).
- `x509_sign`, `unit_claim`, `requests`, `ca`: certificate requests, and the coordinator's
  programme CA that issues certificates stating the unit they may speak for, and revokes
  them in a revocation list (CRL).
- `validation`: path validation to a trust anchor (pyHanko's certvalidator, fetching
  nothing) and revocation; `store`: the anchors, revocation lists and the CA's register.

Changing what is trusted judges the received files again, which is the coordinator's:
coordinator/anchors.py (trust anchors, taking in revocation lists), coordinator/rejudge.py
and coordinator/package_crl.py (the CRL in round packages). The rest of kotodesk reaches
this package through a few hooks: `keys.load_identity`, `pades.sign_pdf`, `verify.judge`,
`trusting.status_of`, `trust_list.trust_list`, the round package and the command line.
"""
