"""A data folder as a whole: opening it for work (workspace.py) and its database
(database.py), backups and restore, whose folder it is (roles.py), the log file, and what is
in this kotodesk (about.py)."""
