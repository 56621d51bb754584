"""The domain as plain data and its rules: programme, catalogue, measures and the status
scale (model.py), the entry field vocabulary (entries.py), indicators, the organisation
register, the names of the signed formats (formats.py), what a certificate says
(certificates.py), a received file (received.py), text as kotodesk keeps it, and the
exceptions every layer raises. Imports nothing else of kotodesk."""
