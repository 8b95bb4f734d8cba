"""Word lists the synthetic corpus draws from.

Organization names are built combinatorially (prefix x core x suffix), so a 10,000-article corpus
mentions tens of thousands of distinct names and the entity tables grow the way they would on real
news, instead of one gazetteer's worth of names repeated. Every name here is invented.
"""

from __future__ import annotations

ORG_PREFIXES = (
    "Northbridge", "Pacific", "Golden Harbor", "Lakeshore", "Red Cliff", "Blue Lotus", "Silver Pine",
    "Eastwind", "Jade River", "Summit", "Crescent", "Evergreen", "Ironwood", "Harborview", "Sunrise",
    "Great Wall", "Pearl Delta", "Kestrel", "Orion", "Meridian", "Westgate", "Cobalt", "Tianfu", "Lingang",
    "Nanhai", "Baiyun", "Han River", "Sakura", "Maple Leaf", "Coral Bay", "Granite", "Falcon", "Hillcrest",
    "Brightwater", "Stonebridge", "Yellow Sea", "Five Rivers", "Aurora", "Redwood", "Oakhaven", "Zenith",
    "Tidewater", "Highland", "Skyline", "Lionrock", "Victoria Peak", "Bund", "Qianhai", "Xinhe", "Dongfang",
)
ORG_CORES = (
    "Capital", "Data", "Semiconductor", "Logistics", "Energy", "Cloud", "Payments", "Mobility", "Health",
    "Pharma", "Robotics", "Media", "Telecom", "Retail", "Insurance", "Software", "Networks", "Biotech",
    "Materials", "Foods", "Auto", "Battery", "Solar", "Fintech", "Gaming", "Education", "Property",
    "Aviation", "Shipping", "Agritech", "Security", "Analytics", "Devices", "Chips", "Commerce", "Textiles",
)
ORG_SUFFIXES = (
    "Holdings Ltd", "Group", "Technologies Inc", "Co., Ltd.", "Corp", "Limited", "International",
    "Holdings", "Inc.", "Partners", "Systems", "Industries", "Solutions", "plc", "AG", "SE", "Pte Ltd",
)
BANK_SUFFIXES = ("Bank", "Commercial Bank", "Rural Commercial Bank", "Bank Corp", "Securities", "Trust")
FUND_SUFFIXES = ("Ventures", "Capital Partners", "Investment Management", "Growth Fund", "Equity")

CITIES = (
    "Shanghai", "Beijing", "Shenzhen", "Hangzhou", "Guangzhou", "Chengdu", "Wuhan", "Nanjing", "Suzhou",
    "Hong Kong", "Singapore", "Tokyo", "Seoul", "Taipei", "Mumbai", "Bangalore", "Jakarta", "Sydney",
    "London", "Frankfurt", "Paris", "New York", "San Francisco", "Toronto", "Dubai", "Kuala Lumpur",
    "Bangkok", "Manila", "Osaka", "Xiamen", "Tianjin", "Chongqing", "Zurich", "Amsterdam", "Stockholm",
)
COUNTRIES = (
    "China", "Japan", "South Korea", "Singapore", "India", "Indonesia", "Australia", "Germany", "France",
    "United Kingdom", "Canada", "Malaysia", "Thailand", "Vietnam", "Brazil", "Mexico", "Sweden",
)
GOV_DOMAINS = (
    "Industry and Information Technology", "Commerce", "Finance", "Science and Technology", "Transport",
    "Energy", "Digital Affairs", "Trade and Industry", "Health", "Education",
)
UNIVERSITY_FIELDS = ("Technology", "Science and Technology", "Finance and Economics", "Engineering")
RESEARCH_FIRMS = (
    "Lumen Research", "Canterbury Analytics", "Quadrant Insight", "Bellwether Data", "Northstar Intelligence",
    "Harrow & Finch", "Pinecrest Markets", "Atlas Equity Research",
)

FIRST_NAMES = (
    "Wei", "Li", "Jing", "Hao", "Mei", "Jun", "Xiaoming", "Yan", "Chen", "Lin", "Akira", "Yuki", "Haruto",
    "Min-jun", "Seo-yeon", "Ji-ho", "Arjun", "Priya", "Rahul", "Ananya", "Budi", "Siti", "James", "Sarah",
    "Michael", "Emma", "David", "Laura", "Thomas", "Anna", "Lukas", "Sofia", "Pierre", "Claire", "Olivia",
    "Daniel", "Grace", "Kevin", "Rachel", "Marcus", "Elena", "Carlos", "Fatima", "Omar", "Nadia", "Henrik",
)
LAST_NAMES = (
    "Zhang", "Wang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
    "Tanaka", "Suzuki", "Sato", "Kim", "Park", "Lee", "Choi", "Sharma", "Patel", "Iyer", "Reddy", "Santoso",
    "Wijaya", "Smith", "Johnson", "Brown", "Miller", "Davies", "Wilson", "Muller", "Schmidt", "Dubois",
    "Martin", "Rossi", "Garcia", "Lopez", "Andersson", "Nguyen", "Tan", "Lim", "Ong", "Goh", "Fischer",
)
EXECUTIVE_TITLES = (
    "chief executive", "chief executive officer", "CEO", "chairman", "chairwoman", "president",
    "chief financial officer", "CFO", "chief technology officer", "founder", "co-founder and CEO",
    "vice president of cloud services", "head of international business", "managing director",
    "general manager of the payments unit", "senior vice president", "chief operating officer",
)
OFFICIAL_TITLES = ("director", "deputy director", "minister", "vice minister", "spokesperson")
ACADEMIC_TITLES = ("professor", "dean of the business school", "president", "vice president for research")
ANALYST_TITLES = ("analyst", "senior analyst", "research director", "chief economist", "partner")

SECTORS = (
    "cloud computing", "electric vehicles", "digital payments", "semiconductors", "e-commerce", "logistics",
    "online education", "biotechnology", "renewable energy", "smart manufacturing", "cybersecurity",
    "online gaming", "wealth management", "artificial intelligence", "data centers", "food delivery",
)
PROJECTS = (
    "a data center campus", "an online lending platform", "a battery recycling plant", "a cross-border "
    "payments network", "a smart port system", "a telemedicine service", "a chip design center",
    "a cold-chain logistics hub", "an autonomous driving test zone", "a digital banking app",
    "a carbon accounting platform", "a research laboratory for machine learning",
)
MARKETS = (
    "public cloud", "smartphone", "mobile payments", "electric vehicle", "online advertising",
    "data center", "enterprise software", "food delivery", "cloud infrastructure", "wearables",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)
SITE_NAMES = (
    "Asia Business Ledger", "The Market Desk", "Tech Frontier Daily", "Capital Street Journal",
    "Harbour Finance Post", "The Deal Sheet", "Orient Markets Review", "Global Tech Wire",
)
WIRE_AGENCIES = ("Meridian Wire", "Pacific Newswire", "Continental Press Service", "Ledger News Agency")
RELEASE_SERVICES = ("PRNewswire", "Business Wire", "GlobeNewswire", "ACCESSWIRE", "Media OutReach")
NAV_SECTIONS = (
    "Home", "Markets", "Tech", "China", "Asia", "Economy", "Deals", "Opinion", "Video", "Podcasts",
    "Companies", "Personal Finance", "Lifestyle", "Sport",
)
