"""One module per ``copilot`` sub-command."""
