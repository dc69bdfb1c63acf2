"""The last stage: what a person or a program reads (explanations, reports)."""
