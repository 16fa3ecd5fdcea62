"""Compliance guards: pure checks of a text against the facts it must agree with.
Imports nothing from copilot, api or evals, and no FastAPI/openai/langchain/chromadb."""
