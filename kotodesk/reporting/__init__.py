"""A unit's side: editing its entries, what is still missing (validation.py), writing its
signed return, and exporting everything."""
