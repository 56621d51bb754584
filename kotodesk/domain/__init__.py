"""The domain as plain data and its rules: programme, catalogue, measures and their status
scale (model.py), indicators, the organisation register, text as kotodesk keeps it, and the
exceptions every layer raises. Imports nothing else of kotodesk."""
