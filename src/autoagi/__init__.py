"""Auto AGI Builder: from what a client said to traceable requirements, design, prototype and plan."""

__version__ = "0.1.0"
