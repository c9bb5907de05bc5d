"""Charts drawn with reportlab graphics from the planning artifacts: Gantt, cash flow, tornado."""
