"""The report's sections, each a function from the bundle to a list of flowables."""
