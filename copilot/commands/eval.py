"""``copilot eval``: measure parts of the product on labelled suites.

    copilot eval retrieval [--questions evals/retrieval_questions.jsonl] [--split dev|heldout|all] [--json]
    copilot eval guards [--suite evals/redteam] [--split dev|heldout|train|all] [--json] [--verbose] [--strict]

Each evaluation is a command of this sub-app, implemented in its own module.
"""

from __future__ import annotations

import typer

from copilot.commands.eval_guards import guards
from copilot.commands.eval_retrieval import retrieval

app = typer.Typer(name="eval", help="评测：在标注好的用例集上度量检索、护栏等组件。", no_args_is_help=True)

app.command("retrieval")(retrieval)
app.command("guards")(guards)
