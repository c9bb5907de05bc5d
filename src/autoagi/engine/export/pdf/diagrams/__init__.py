"""Diagrams drawn offline with reportlab graphics: the ER model from the Design, and Mermaid
flowcharts and sequence diagrams from their text (the subset the design engine writes)."""
