"""The files that travel, as documents: the signed payload (payload.py), the table of seed
002 (report.py) and its renderings (report_xlsx.py, return_pdf.py, summary_pdf.py and
summary_*.py; a new output format goes here), reading a return back (return_read.py), and
whether a file is genuine (verify.py, pdf_visible.py). pdf/ holds the PDF building
blocks."""
