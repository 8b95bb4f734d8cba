"""Words an office's title ends in, shared by ingestion and extraction.

Ingestion keeps a contact block's "Name, CFO, +46 ..." line for the person it names (text_cleaning.py);
extraction reads titles with the same words (extraction/titles.py). Written once here, so both agree on
what an office is.
"""

from __future__ import annotations

# Words a title ends in ("chief executive officer", "head", "Minister").
OFFICE_HEAD = (
    r"officer|executive|economist|ceo|cfo|cto|coo|cio|cmo|chairman|chairwoman|chairperson|chair|"
    r"president|director|manager|partner|head|founder|co-founder|analyst|scientist|strategist|"
    r"spokesman|spokeswoman|spokesperson|secretary|minister|governor|mayor|dean|principal|treasurer|"
    r"commissioner|chancellor|provost|professor|premier|chief"
)
