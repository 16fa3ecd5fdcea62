"""The evaluation harness and its labelled data sets (retrieval questions, red-team drafts)."""
