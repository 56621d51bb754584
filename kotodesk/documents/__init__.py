"""The files that travel, as documents: the signed payload (payload.py), the table of seed
002 (report.py) and its renderings (report_xlsx.py, return_pdf.py, summary_pdf.py and
summary_*.py; a new output format goes here), reading a return back (return_read.py), and
whether a file is genuine (verify.py, where a new check of a received file goes;
pdf_verify.py, pdf_visible.py, workbook_seal.py). pdf/ holds the PDF building blocks."""
