"""A data folder as a whole: opening it for work (workspace.py), its first start, backups
and restore, whose folder it is (roles.py), the log file, what is in this kotodesk
(about.py) and the self-test."""
