"""Word lists and name-pattern pieces the organization stages share: what ends a name, what opens a
sentence but never a name, which words name the same company, which are generic business words."""

from __future__ import annotations

import re

from pipelines.legal_forms import LEGAL_FORMS, closing_forms_pattern
from pipelines.letters import UPPER

# Legal-form and holding words (pipelines/legal_forms.py: ingestion reads them too).
LEGAL_SUFFIXES = LEGAL_FORMS


# Bounded, as every repetition below: a pattern may try each capital of a 100k-letter token or each
# word of a run-on list as a start, so an unbounded word or name would make it quadratic.
# Combining accents (U+0300-U+036F) are letters' own marks, not word breaks: "Ọ̀yọ́ Foods" written with them.
_MARKS = "\u0300-\u036f"
CAP = rf"(?:{UPPER}[\w{_MARKS}&.-]{{0,40}}[\w{_MARKS}]|{UPPER})"


WORDS = "{0,12}"  # at most this many further words in a name


CONNECT = r"(?:of|and|&|for|de|du|la|del|on)"


# Words that end an organization's name.
HEADS = (
    r"Bank|Group|University|College|Polytechnic|Institute|Academy|Commission|Ministry|Agency|Authority|"
    r"Administration|Bureau|Council|Committee|Center|Centre|Park|Corp|Corporation|Inc|Ltd|Limited|LLC|plc|PLC|"
    r"Holdings|Technologies|Capital|Ventures|Partners|Securities|Insurance|Foundation|Association|Federation|"
    # a chamber of commerce, named by its town or region: "Quarvos Chamber of Commerce and Industry"
    r"Chamber|"
    r"Exchange|Fund|Laboratory|Laboratories|Lab|Labs|Cloud|Pay|Telecom|Telecoms|Airlines|Motors|Systems|"
    r"Networks|Electronics|Pharmaceuticals|Financial|Finance|Investments|Bancorp|Department|Reserve|Services|"
    # industry words that end company names ("Harborview Pharma", "Tidewater Aviation")
    r"Pharma|Biotech|Solar|Energy|Devices|Textiles|Materials|Robotics|Aviation|Shipping|Semiconductor|"
    r"Semiconductors|Chips|Analytics|Fintech|Agritech|Foods|Airways|Properties|Realty|Solutions|Software|"
    r"Therapeutics|Biosciences|Healthcare|Payments|Mining|Steel|Chemicals|Logistics|Industries|Trust|Equity|"
    r"Automotive|Entertainment|Studios|Intelligence|Manufacturing|AI|Internet|"
    # "Al Safa Hospital", "Frasers Property", "Visage Imaging", "Türk Telekom"
    r"Hospital|Hospitals|Clinic|Property|Imaging|Telekom|Pharmaceutical"
)


# A legal form after a name ending in a head word ("Tidewater Aviation Ltd"), and after any capitalised
# name ("Tidewater Jiangsu Electric Power Co., Ltd."): pipelines/legal_forms.py CLOSING_FORMS.
LEGAL_TAIL = closing_forms_pattern(after_head_only=True)
REGISTERED = closing_forms_pattern()


# "University of Science and Technology", "Wageningen University & Research": "and" inside a name only
# before a field of study.
FIELD_WORDS = (
    r"(?:Technology|Engineering|Science|Sciences|Arts|Design|Economics|Business|Management|"
    r"Medicine|Law|Finance|Commerce|Trade|Industry|Research|Political[ ]+Science|Information[ ]+Technology|"
    # a public body's remit: "Ministry of Internal Affairs and Communications", "Chamber of Commerce and
    # Industry"
    r"Communications|Energy|Transport|Infrastructure|Agriculture|Tourism|Culture|Education|Health|Innovation)"
)
# One or two remit words after an "of" name's "and": "Institute of Information and Communications Technology"
FIELD_PHRASE = rf"{FIELD_WORDS}(?:[ ]+{FIELD_WORDS})?"
FIELD_TAIL = rf"(?:[ ]+(?:and|&)[ ]+{FIELD_WORDS})?"


GOVERNMENT_HEADS = r"Ministry|Department|Bureau|Commission|Administration|Committee|Council|Office"
# A public body written in lower case: "the city of Matsue", "the municipality of Mäntsälä".
PUBLIC_BODY = re.compile(
    rf"(?:city|municipality|government|prefecture|county|province|state\s+government)\s+of\s+{UPPER}"
)
# Adjectives that open a two-word item of a ministry's remit: "Ministry of Planning, Economic
# Development and International Cooperation", "Ministry of Higher Education and Scientific Research".
REMIT_ADJECTIVES = (
    r"Economic|International|Foreign|Social|Public|Higher|Rural|Urban|Regional|Digital|Scientific|"
    r"Industrial|Agricultural|Human|Local|National|Civil|Environmental|Natural|Political|Religious"
)


# Last words that name a part of a company, never a company of its own ("Velorix Cloud", "Velorix Pay").
_DIVISION_WORDS = (
    r"Group|Business Group|business group|business unit|Unit|Division|Academy|Institute|Lab|Labs|Laboratory|"
    r"Center|Centre|Cloud|Pay|Payments|Research|Web Services"
)
DIVISION_TAIL = re.compile(rf"\b(?:{_DIVISION_WORDS})$")
# ... and the words of a company that may be a unit of its namesake or the namesake itself ("Velorix Bank").
UNIT_TAIL = re.compile(
    rf"\b(?:{_DIVISION_WORDS}|International|Software|Music|Games|Entertainment|Ventures|Capital|Securities|"
    r"Asset Management|Bank|Insurance|Studios|Pictures|Health|Logistics|Financial Services)$"
)


# Sentence-initial or function words a capitalized run may start with; never part of a name.
LEADING_NOISE = {
    "PT",  # Indonesian legal form before the name: "PT NEC Indonesia"
    "The",
    "A",
    "An",
    "About",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "With",
    "Then",
    "But",
    "And",
    "Its",
    "Their",
    "Our",
    "His",
    "Her",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "Since",
    "Under",
    "Through",
    "Despite",
    "Between",
    "Both",
    "Only",
    "Also",
    "Meanwhile",
    "However",
    "Last",
    "Earlier",
    "Unlike",
    "Like",
    "Including",
    "Via",
    "Over",
    "Into",
    "To",
    "Of",
    "If",
    "That",
    "This",
    "These",
    "Those",
    "Even",
    "Although",
    "Though",
    "Because",
    "So",
    "Yet",
    "Or",
    "Why",
    "What",
    "How",
    "Who",
    "Where",
    "Which",
    "More",
    "Instead",
    "Outside",
    "Inside",
    "Across",
    "Within",
    "Beyond",
    "Among",
    "Still",
    "Nobody",
    "Every",
    "Each",
    "Several",
    "Many",
    "Some",
    "Shares",
    "Analysts",
    "Rival",
    "Rivals",
    "Peer",
    "Peers",
    "Fellow",
    "Sister",
    # a role noun before the name it describes: "Subsidiary PT Velorix Manufacturing said ...",
    # "Brokerage Quandra Broking expects ...", "Analyst Ana Ruiz of Quandra Securities said ..."
    "Subsidiary",
    "Brokerage",
    "Analyst",
    # "Excluding Velorix Logistics, revenue rose ...": a preposition opening the sentence
    "Excluding",
    # the news day after "On": "On Tuesday Quandra Bank, the ministry and ... signed"; the weekend days
    # open newspapers' names ("Sunday Ledger"), the working days open none
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    # sentence adverbs: "Separately, Quarvo said ..."
    "Separately",
    "Additionally",
    "Furthermore",
    "Moreover",
    "Elsewhere",
    "Overall",
}


# Navigation words that open a page's menu line ("Home Business Markets"): noise only at a line's start;
# inside a sentence they may begin a name ("lender Home Credit Indonesia").
NAVIGATION_WORDS = {"Home", "Topics"}


MONTHS_DAYS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
}


TITLE_WORDS = re.compile(
    r"\s+(?:Chief|CEO|CFO|CTO|COO|President|Chairman|Chairwoman|Vice|Executive|Director|Founder|Head|"
    r"Professor|Senior|Managing)\b.*$"
)


OFFICE_TITLE = re.compile(r"(?:(?:Prime|Deputy|Chief|State)\s+)?(?:Minister|Secretary|Governor|Mayor)\b")


ORG_NOUNS = (
    r"company|firm|bank|lender|startup|start-up|consultancy|operator|maker|retailer|giant|provider|insurer|"
    r"conglomerate|developer|manufacturer|carrier|investor|regulator|agency|publisher|newspaper|broker|"
    r"brokerage|automaker|carmaker|chipmaker|titan|player|rival|peer|house|fund|outlet|university|school|"
    r"unicorn|specialist|supplier|vendor|business|group|distributor|cooperative"
)


GENERIC_TERMS = {"company", "issuer", "bank", "group", "fund", "partnership", "trust", "firm"}


GEO_WORDS = {
    "china",
    "arabian",
    "emirati",
    "chinese",
    "hong",
    "kong",
    "us",
    "u.s.",
    "america",
    "american",
    "japan",
    "japanese",
    "korea",
    "korean",
    "south",
    "north",
    "singapore",
    "india",
    "indian",
    "uk",
    "british",
    "germany",
    "german",
    "france",
    "french",
    "taiwan",
    "beijing",
    "shanghai",
    "shenzhen",
    "europe",
    "european",
    "asia",
    "asian",
}


NOT_AI_COMPANY = {
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Top",
    "Best",
    "Why",
    "How",
    "Generative",
    "Chinese",
    "American",
    "Artificial",
    "Conversational",
    "Responsible",
    "Enterprise",
    "Applied",
    "Physical",
    "Agentic",
    "Edge",
    "Sovereign",
    "Open",
    "General",
    "Narrow",
    "Explainable",
    "Trustworthy",
    "Embodied",
    "Ethical",
    "Safe",
    "Gen",
    "The",
    "Global",
    "Industrial",
    "Medical",
    "Consumer",
}


NOT_ORG_LAST = {
    "Platform",
    "App",
    "Project",
    "Programme",
    "Program",
    "Initiative",
    "Index",
    "Conference",
    "Summit",
    "Award",
    "Awards",
    "Prize",
    "Festival",
    "Expo",
    "Campaign",
    "Model",
    "Chip",
    "Series",
    "Edition",
    # facilities and places, named by the head noun ending the name: "Shiroi Data Center Campus",
    # "Dubai Mall", "Stock Exchange Road"
    "Campus",
    "Mall",
    "Road",
    "Street",
    "Avenue",
    "Tower",
    "Stadium",
    "Arena",
    "Terminal",
}
# Words that end the name of a rule, not of the body that makes it: "EU Market Abuse Regulation" (but
# "State Administration for Market Regulation" is a body: a connector inside the name).
RULE_LAST = {"Regulation", "Directive"}
# The facility words of NOT_ORG_LAST, as a regex: a name right before one is part of a facility's name
# ("Stock Exchange" in "Stock Exchange Road").
# An index's name too: "Shanghai Containerized Freight" in "the Shanghai Containerized Freight Index".
FACILITY_AFTER = re.compile(
    r"[ ]+(?:Campus|Mall|Road|Street|Avenue|Tower|Towers|Building|Plaza|Stadium|Arena|Terminal|Index)\b"
)
# A data centre's site is a facility, whatever word ends its name: "Matsue Data Center Park".
DATA_CENTRE_SITE = re.compile(r"\bData[ ]+Cent(?:er|re)s?[ ]+(?:Park|Site|Hub|Complex)$")
# Plural nouns whose possessive opens one name, never an owner and its unit: "Women's World Banking",
# "Children's Investment Fund", "People's Bank of China".
POSSESSIVE_NAME_WORDS = {"Women", "Children", "People", "Men", "Workers", "Farmers", "Teachers", "Veterans"}
# An office-holder whose "'s Office" is one public body, never an owner and its unit: "the Quarva Marshal's
# Office", each with a made-up example. The holder's own title stays out ("the Governor's remarks").
OFFICE_HOLDER_OFFICES: tuple[tuple[str, str, str], ...] = (
    ("Marshal", "It signed with the Quarva Marshal's Office.", "Quarva Marshal's Office"),
    ("Governor", "It signed with the Velor Governor's Office.", "Velor Governor's Office"),
    ("Mayor", "It signed with the Lumbra Mayor's Office.", "Lumbra Mayor's Office"),
    ("Prefect", "It signed with the Quarva Prefect's Office.", "Quarva Prefect's Office"),
    ("Ombudsman", "It complained to the Velor Ombudsman's Office.", "Velor Ombudsman's Office"),
)
OFFICE_HOLDERS = frozenset(holder for holder, _text, _name in OFFICE_HOLDER_OFFICES)
# Last words of a financial backer's or a bank's name: after a lone word and "and" they start a second
# name ("with Fidelity and Long Journey Ventures also taking part", "Geidea and Alinma Bank"), where a
# company's own word would not ("Marks and Spencer Group").
BACKER_HEADS = {"Bank", "Ventures", "Capital", "Partners", "Fund", "Securities", "Investments", "Holdings"}
# One activity word after "and" that ends a company's name: "Quarvo Engineering and Contracting".
ACTIVITY_WORDS = {"Contracting", "Construction", "Trading", "Development", "Investment", "Services", "Gas"}


SAME_COMPANY_WORDS = {
    "Technologies",
    "Technology",
    "Motor",
    "Motors",
    "Electronics",
    "Industries",
    "Corporation",
    "Company",
    "Holdings",
    "Holding",
    "Group",
    "Systems",
    "Communications",
    "Enterprises",
    "Automobile",
    "Automotive",
    "Auto",
    "Internet",
    "Semiconductor",
    # industry words ending a company's full name ("Suzlon Energy", "Harpoon Therapeutics")
    "Semiconductors", "Energy", "Therapeutics", "Pharmaceuticals", "Pharmaceutical", "Pharma", "Biotech",
    "Biosciences", "Mining", "Steel", "Chemicals", "Materials", "Foods", "Airlines",
    # the same in other languages: "Vibra" for "Vibra Energia"
    "Energia", "Energie",
    # trade words ending a company's full name, never a unit's ("Quarvo" for "Quarvo Properties",
    # "Quarvo Publishing", "Quarvo Interactive", "Quarvo Laboratories", "Quarvo Bioscience", "Quarvo
    # Breweries", "Quarvo Hosting", "Quarvo Diagnostics", "Quarvo Medical")
    "Properties", "Publishing", "Interactive", "Laboratories", "Bioscience", "Breweries", "Hosting",
    "Diagnostics", "Medical",
}


# Kind words that open a company's full name and drop from its short form: "Banorte" for "Grupo
# Financiero Banorte", "Generali" for "Assicurazioni Generali", "Santander" for "Banco Santander".
KIND_OPENING_WORDS = {
    "Grupo", "Groupe", "Gruppo", "Financiero", "Financiera", "Financière", "Assicurazioni", "Banco", "Banca",
    "Banque", "Compagnie", "Companhia", "Compañía", "Sociedad", "Société", "Empresas", "Corporación",
}
# Words of companies' names in other languages, never of a person's name, wherever they stand: the kind
# words above and "Vibra Energia", "Polska Grupa Energetyczna", "Permodalan Nasional Madani".
FOREIGN_COMPANY_WORDS = frozenset(KIND_OPENING_WORDS | {
    "Energia", "Energie", "Energetyczna", "Grupa", "Nasional", "Negara", "Società", "Aktiengesellschaft",
    "Telekomunikasi", "Perusahaan", "Industria", "Industrias", "Indústria",
    # Turkish, Polish, Portuguese and Indonesian company words: bank, insurance, trade, industry, railways,
    # real estate, brokerage house, holdings ("Kestrel Bankası", "Dom Maklerski Kestrel")
    "Bankası", "Bankasi", "Sigorta", "Ticaret", "Sanayi", "Şirketi", "Kolejowe", "Nieruchomości",
    "Maklerski", "Spółka", "Participações", "Persero",
    # Spanish, Portuguese, Italian and Turkish trade words: securities, investments, insurance, transport,
    # shipping, tour operator, brokerage, foundation, chemicals ("Kestrel Valores", "Transportes Kestrel")
    "Valores", "Investimentos", "Inversiones", "Seguros", "Transportes", "Spedizioni", "Operadora",
    "Mediación", "Fundación", "Fundação", "Kimya",
})
# Tails of an insurer's full name after its short form: "Meiji Yasuda" and "Cathay Life" for
# "Meiji Yasuda Life Insurance" and "Cathay Life Insurance".
INSURER_TAILS = {("Insurance",), ("Life", "Insurance"), ("Life", "Assurance"), ("Assurance",)}


# Two-word tails that still name the same company ("Synergy" for "Synergy Research Group").
SAME_COMPANY_PAIRS = {("Research", "Group"), ("Motor", "Company"), ("Motor", "Corporation")}


# Words of a two-word tail after a distinctive first word ("Greenoaks Capital Partners", "Orvane
# Medical Systems"): the first word alone names the same company.
PAIR_TAIL_WORDS = SAME_COMPANY_WORDS | {
    "Capital",
    "Partners",
    "Management",
    "Medical",
    "Pharmaceutical",
    "Pharmaceuticals",
    "Networks",
    "Solutions",
    "Software",
    "Services",
}


# Lower-case words inside a name, in English and in the Romance languages of company names
# ("Sociedad Química y Minera de Chile", "Banco Central do Brasil").
CONNECTORS = {
    "of", "and", "&", "for", "de", "du", "la", "del", "on", "the", "do", "da", "dos", "das", "di", "des",
    "della", "y", "e", "et", "es", "am",  # "Dar es Salaam", "Frankfurt am Main" (org_seams.NAME_PARTICLES)
}
# Particles of German, Swedish, Norwegian, Dutch, Malay/Indonesian and Polish names ("Institut für ...",
# "Høgskulen på ...", "Bank Spółdzielczy w ..."), words of a name only as written, in lower case: a name's
# closing "Fund I", "Class W" or legal form "OG" is no particle (org_seams.NAME_PARTICLES)
LOWER_CASE_PARTICLES = frozenset({"für", "und", "för", "på", "og", "voor", "dan", "w", "i"})
# Kind words that open a company's or a public body's name in Spanish, Portuguese, French and Italian.
ROMANCE_KIND_WORDS = (
    r"Sociedad|Sociedade|Soci[eé]t[eé]|Compa[ñn][ií]a|Companhia|Compagnie|Banco|Banca|Banque|Grupo|Groupe|"
    r"Gruppo|Industria|Industrias|Ind[uú]strias|Empresa|Empresas|Caixa|Caja|Corporaci[oó]n|Fundaci[oó]n|"
    r"Funda[cç][aã]o|Instituto|Universidad|Universidade|"
    # federations, associations and public bodies: "Fédération Française de Tennis", "Ministerio de Hacienda"
    r"F[ée]d[ée]ration|Federaci[oó]n|Federa[cç][aã]o|Federazione|Conf[ée]d[ée]ration|Associa[cç][aã]o|"
    r"Asociaci[oó]n|Associazione|Ministerio|Minist[eè]re|Secretar[ií]a|Prefeitura|Municipalidad|Ayuntamiento|"
    r"Bolsa|Superintendencia|Superintend[eê]ncia|Direction|Direcci[oó]n|Dire[cç][aã]o|Autorit[eé]|Autoridad|"
    # agencies, chambers and universities: "Agence pour le Développement Agricole", "Université Velmont"
    r"Agencia|Ag[eê]ncia|Agence|Chambre|C[aá]mara|Universit[eé]|Fondation"
)


# Lower-case words a Romance public body's or company's name holds besides CONNECTORS, after its kind word:
# a preposition with its article ("Agence pour le Développement", "Universidad ... de los Andes"), and the
# elided article glued to the next word ("de l'Atlantique").
ROMANCE_LINK_WORDS = {"para", "pour", "por", "o", "os", "as", "le", "les", "los", "las"}
ELIDED_ARTICLE = re.compile(rf"l['’]{UPPER}")


COMPANY_ENDINGS = r"Inc|Ltd|Corp|Corporation|Group|Holdings|Bank|plc|PLC|LLC|Limited|AG|SA|SE"


# Capitalized words that name business lines as often as companies ("Cloud Services revenue rose").
GENERIC_WORDS = {
    "Cloud",
    "Smart",
    "Digital",
    "Financial",
    "Finance",
    "Fintech",
    "Business",
    "Data",
    "Services",
    "Service",
    "Retail",
    "Online",
    "Mobile",
    "Technology",
    "Technologies",
    "Global",
    "International",
    "Enterprise",
    "Consumer",
    "Commercial",
    "Capital",
    "Investment",
    "Investments",
    "Payment",
    "Payments",
    "Platform",
    "Solutions",
    "Software",
    "Network",
    "Networks",
    "Security",
    "Energy",
    "Health",
    "Media",
    "Group",
    "AI",
    "Internet",
    "Marketing",
    "Industrial",
    "Intelligent",
    "Innovation",
    "Development",
    "Research",
    "Products",
    "Sales",
    "Operations",
    "Strategy",
    "Asset",
    "Management",
    "Wealth",
    "Insurance",
    "Trade",
    "Commerce",
    "Logistics",
    "Computing",
    "Industries",
    "Economy",
    "Markets",
    "Banking",
    "Gaming",
    "Games",
    "Advertising",
    "Entertainment",
    "Hardware",
    "Devices",
    "Infrastructure",
    "Big",
    "New",
    "Total",
    "Core",
    "Other",
    "Social",
    "Growth",
    "Segment",
    "Unit",
    "Division",
    "Team",
    "Lab",
    "Labs",
    "Center",
    "Centre",
}


# Plural nouns for kinds of market participants: capitalized only at a sentence start, never a name.
COMMON_PLURALS = {
    "vendors", "companies", "firms", "buyers", "sellers", "makers", "manufacturers", "operators",
    "carriers", "lenders", "consumers", "shoppers", "investors", "analysts", "providers", "players",
    "suppliers", "retailers", "startups", "regulators", "customers", "users", "banks", "insurers",
    "automakers",
}


SEAM_WORDS = {
    "Science", "Sciences", "Technology", "Technologies", "Engineering", "Arts", "Design", "Economics",
    "Business", "Management", "Commerce", "Trade", "Industry", "Industrial", "Commercial", "Finance",
    "Financial", "Medicine", "Law", "Development", "Research", "Innovation", "Investment", "Planning",
    "Reform", "Information", "Communications", "Transport", "Energy", "Health", "Education",
    # a public body's remit: "Korea Land and Housing Corporation", "Water and Power Development Authority"
    "Land", "Housing", "Water", "Power", "Urban", "Infrastructure", "Agriculture", "Fisheries", "Environment",
    "Labour", "Labor", "Welfare", "Works", "Roads",
    # a remit or an activity after "and": "Roads and Motorways", "Exchanges and Clearing", "Agency for
    # Regulation and Development"
    "Motorways", "Highways", "Clearing", "Settlement", "Regulation",
}
