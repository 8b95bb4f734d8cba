"""The pipeline's unavoidable core, alone: the spaCy pass extraction runs, over the same clean texts.

    python -m benchmarks.baseline --raw DIR [--json OUT]

Clean texts come from the ingestion library (timed separately, not part of the baseline). The
model is taken from the extraction library's own `Extractor`, so model, disabled pipes and
settings are the ones extraction uses; batch size and process count come from pipelines.settings
(DEALWIRE_BATCH_SIZE, DEALWIRE_PROCESSES). Runs in its own process so its memory is its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any


def clean_texts(raw_dir: Path, max_bytes: int) -> list[str]:
    from pipelines.ingest.reader import RawArticle, list_article_files, read_article_file

    texts = []
    for path in list_article_files(raw_dir):
        result = read_article_file(path, raw_dir, max_bytes=max_bytes)
        if isinstance(result, RawArticle):
            texts.append(result.clean_text)
    return texts


def _find_language(holder: object, depth: int = 0) -> Any | None:
    from spacy.language import Language

    if isinstance(holder, Language):
        return holder
    if depth >= 2:
        return None
    for value in vars(holder).values() if hasattr(holder, "__dict__") else ():
        found = _find_language(value, depth + 1)
        if found is not None:
            return found
    return None


def extraction_language(model_name: str) -> tuple[Any, str]:
    """The spaCy pipeline object the extraction library runs, and where it came from."""
    try:
        from pipelines.extraction.extract import Extractor
    except ImportError:
        Extractor = None  # noqa: N806 - the extraction library is not there yet
    if Extractor is not None:
        extractor = Extractor(model_name)  # first parameter: the model name (not keyword: it was renamed)
        nlp = _find_language(extractor)
        if nlp is None:  # loaded lazily: one tiny extraction makes it load
            extractor.extract("Northwind Ltd signed an agreement with Contoso Bank on Monday.", None)
            nlp = _find_language(extractor)
        if nlp is not None:
            return nlp, "pipelines.extraction.extract.Extractor"
    from pipelines.extraction.nlp import load_model

    return load_model(model_name), "pipelines.extraction.nlp.load_model"


def run_baseline(raw_dir: Path) -> dict[str, Any]:
    from pipelines.settings import load_settings

    settings = load_settings()
    start = time.perf_counter()
    texts = clean_texts(raw_dir, settings.max_file_bytes)
    read_s = time.perf_counter() - start
    start = time.perf_counter()
    nlp, source = extraction_language(settings.spacy_model)
    load_s = time.perf_counter() - start
    list(nlp.pipe(texts[:2]))  # warm-up outside the timed pass
    start = time.perf_counter()
    entities = 0
    batch_size, n_process = settings.extraction_batch_size, settings.extraction_processes
    for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        entities += len(doc.ents)
    spacy_s = time.perf_counter() - start
    return {
        "articles": len(texts),
        "chars": sum(len(t) for t in texts),
        "ingest_library_s": read_s,
        "model_load_s": load_s,
        "spacy_s": spacy_s,
        "articles_per_s": len(texts) / spacy_s if spacy_s else None,
        "entities": entities,
        "model": settings.spacy_model,
        "model_source": source,
        "pipes_enabled": list(nlp.pipe_names),
        "pipes_disabled": list(getattr(nlp, "disabled", [])),
        "batch_size": settings.extraction_batch_size,
        "n_process": settings.extraction_processes,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--raw", type=Path, required=True)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    result = run_baseline(args.raw)
    text = json.dumps(result, indent=2)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
