"""What the copilot knows and how it finds it: law, policy and employee-record corpora,
ingest, and the hybrid (BM25 + dense) retriever. Imports nothing from copilot, api or evals."""
