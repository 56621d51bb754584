"""The coordinator's side: taking in returns (intake.py), the merge rules (merge.py) and
which files count (received.py), the returns inbox, the merged statuses, the merged report
and completeness (merged.py), the round package, the signed outputs, new rounds and
trusting signers."""
