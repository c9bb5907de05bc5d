"""One module per input format; each turns a ``Source`` into ``ParsedText``."""
