"""Prompt templates as versioned files, and their loader/renderer.
Imports nothing from copilot, api or evals."""
