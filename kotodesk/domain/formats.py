"""The names of the signed documents that travel, as their payloads say ("format"): who
may sign which (signing/trust_list.py) and how each is read back depend on them. A new kind
of signed file gets its name here and its renderings in documents/."""

RETURN_FORMAT = "kotodesk-return/1"  # a unit's return (documents/payload.py)
MERGED_FORMAT = "kotodesk-merged/1"  # the merged report (coordinator/merged.py)
PACKAGE_FORMAT = "kotodesk-package/1"  # the round package (coordinator/package.py)
