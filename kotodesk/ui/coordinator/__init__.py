"""The coordinator's window: returns inbox, conflicts, completeness, review, merged
statuses and the signed outputs of a round."""
