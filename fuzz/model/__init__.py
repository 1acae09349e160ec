"""The model: what a case is, what running it produced, the vocabulary of findings, and the stored finding."""
