"""What kotodesk needs from the machine: atomic file writes, the data folder lock, where
the data folder is, and the one way to reach resources/."""
