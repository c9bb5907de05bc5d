"""The pure pipeline: ingest → analyse → design → generate → plan → export.

No web framework, no database, no global state. Same input and options give
byte-identical output with the offline provider.
"""
