"""Excel workbooks: the one guarded reader for a workbook someone else wrote (safe.py),
reading cells, row heights, writing cells, and the sealed payload inside a workbook
(seal.py, workbook_seal.py)."""
