"""Imported once by the rules' fork server (``rules_worker.RulesWorker``): every rules process is forked
from it with the rule modules imported, the parser loaded and the patterns compiled, so replacing a
stopped rules process costs a fork, not a start (imports, parser, warm-up: 7 s at load average 9, ~30 s
inside a loaded run, for each stop)."""

from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.rules_worker import RulesJob

RulesJob(default_gazetteer()).start()  # what each process would load and compile first, done once here
