"""The warehouse report: charts of the published warehouse in one self-contained HTML page.

`build.build_report` makes it (imports Altair and the Vega bundle); the file names below are
importable without them.
"""

REPORT_HTML = "dealwire_report.html"
REPORT_PREVIEW_PNG = "dealwire_report_preview.png"
