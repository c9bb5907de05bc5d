"""What the `autoagi` commands do, apart from parsing their arguments (that is cli.py)."""
