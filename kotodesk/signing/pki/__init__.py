"""Public-key infrastructure: keys on smart cards and tokens, the programme's certificate
authority, and deciding trust by a chain of certificates instead of one signer at a time.

- `modules`, `tokens`: a signing key on a PKCS#11 token (an organisation card, a USB token,
  SoftHSM2 in the tests); the PIN is asked for each signing and never stored.
- `installed`: which key and certificate a data folder signs with (its own PKCS#12 file or
  a token, with a certificate a CA issued installed over the self-signed one).
- `x509_sign`, `unit_claim`, `requests`, `ca`: certificate requests, and the coordinator's
  programme CA that issues certificates stating the unit they may speak for, and revokes
  them in a revocation list (CRL).
- `anchors`, `validation`, `rejudge`, `travel`: trust anchors, path validation
  (pyHanko's certvalidator, fetching nothing), revocation, and the CRL in round packages.

The rest of kotodesk reaches this package through a few hooks: `keys.load_identity`,
`pdf_signing.sign_pdf`, `verify.judge`, `trusting.status_of`, `trust_list.trust_list`,
`package` (the CRL travels in the round package) and the command line.
"""
