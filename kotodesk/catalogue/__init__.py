"""The catalogue of a programme: its rules (rules.py), the formats it is read from and
written to (text_format.py, xlsx_format.py; a new catalogue format goes beside them), the
importer, and the programmes and rounds embedded in resources/."""
