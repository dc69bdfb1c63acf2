"""Tables: the phrases, labels and class-name tokens the rules read. Data, not logic."""
