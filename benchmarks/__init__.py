"""Benchmark tooling: a deterministic synthetic news corpus and a command that times the pipeline on it.

`python -m benchmarks.corpus --articles N --out DIR` writes the corpus;
`python -m benchmarks.run --articles N` measures the pipeline against its targets (docs/benchmarks.md).
"""
