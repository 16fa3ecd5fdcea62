"""Run every benchmark: ``python -m benchmarks``."""

import importlib
import pkgutil

import benchmarks

for mod in pkgutil.iter_modules(benchmarks.__path__):
    if mod.name.startswith("_"):
        continue
    print(f"== benchmarks.{mod.name}")
    importlib.import_module(f"benchmarks.{mod.name}").main()
