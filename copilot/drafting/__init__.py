"""Script drafting: the offline template drafter and the LLM drafter share the Script shape."""
