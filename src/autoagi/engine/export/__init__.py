"""Exports: one module per format, each a pure function from artifacts to text or bytes."""
