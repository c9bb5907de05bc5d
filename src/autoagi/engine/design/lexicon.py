"""Word lists the statement heuristics read. Data only; all words lower-case ASCII."""

from __future__ import annotations

from autoagi.engine.design.text import word_set

DETERMINERS = word_set("""
    a an the this that these those its their his her my our your each every any all some one own
    existing new upcoming current past future given selected specific particular individual
    """)
MANY_QUANTIFIERS = word_set("many multiple several various numerous")
MANY_PHRASES = (
    ("one", "or", "more"),
    ("zero", "or", "more"),
    ("a", "list", "of"),
    ("a", "number", "of"),
    ("any", "number", "of"),
    ("a", "set", "of"),
    ("a", "collection", "of"),
    ("lists", "of"),
    ("list", "of"),
    ("more", "than", "one"),
    ("at", "least", "one"),
)
# Words that start a modal phrase after which the verb of an operation follows.
MODAL_TRIGGERS = word_set("can could shall should must will may might to please cannot")
# After a trigger, these make the statement a prohibition: "must never", "cannot", "should not".
NEGATIONS = word_set("not never cannot no nobody nothing")
PRONOUNS = word_set("i we you he she it they them us me someone everyone anyone")
# Words skipped between a trigger and the verb ("must also be able to").
VERB_FILLERS = word_set("""
    be able also easily quickly only not still then directly automatically immediately always never
    just further simply securely online manually optionally again even
    """)
# Verbs that introduce another verb rather than act on an entity.
META_VERBS = word_set("""
    allow allows enable enables let lets permit permits provide provides support supports ensure
    ensures want wants need needs like have has be is are was were get gets use uses help try
    receive receives know seem keep keeps store stores retain retains hold holds stop stops go goes come
    """)
LIST_SEPARATORS = frozenset({",", "and", "or", "&", "/", "plus", "and/or"})
# Words that end a noun phrase or an enumeration of attributes.
PHRASE_BREAKERS = word_set("""
    . ; : ! ? so that which who whom whose when where while because if unless before after during
    until within via by from to for in on at into onto with without per than as is are was were
    through across over under about against between around inside outside along
    be been being can could shall should must will may might do does did not but then also
    """)
CLAUSE_BREAKERS = word_set(". ; : ! ? so that which who when where while because if unless but")

# Verbs of composition; storing verbs ("records", "tracks") after a person are actions instead.
HAS_VERBS = word_set("has have having include includes contain contains comprise comprises own owns")
# "consists of", "is made up of", "is described by": multi-word forms of HAS.
HAS_PHRASES = (
    ("consist", "of"),
    ("consists", "of"),
    ("is", "made", "up", "of"),
    ("are", "made", "up", "of"),
    ("is", "described", "by"),
    ("are", "described", "by"),
    ("should", "have"),
    ("must", "have"),
    ("shall", "have"),
)
DETAIL_NOUNS = word_set("details information data record records profile fields attributes properties")
DETAIL_VERBS = word_set("include includes consist consists are contain contains comprise comprises")
STORE_VERBS = word_set("store stores record records keep keeps track tracks capture captures hold holds")

# Linking phrases (between two entity mentions) that mean "many of the first belong to one of the
# second": "a booking belongs to a customer", "invoices are issued for bookings".
LINK_PARTICIPLES = word_set("""
    linked assigned attached tied related associated made placed booked created owned issued
    submitted written raised requested opened filed scheduled reserved performed
    """)
LINK_PREPOSITIONS = word_set("to with by for")

# Nouns that name a typed attribute when they head "X of the <entity>".
ATTRIBUTE_HEADS = word_set("""
    name title status state date time price cost amount total fee description note notes email phone
    address duration code reference type category priority quantity rating score colour color size
    weight height length capacity location deadline balance currency language
    """)

# Nouns analysts sometimes list as entities that are really parts of the software.
NON_DOMAIN_NOUNS = word_set("""
    system application app platform software website site web page screen button interface ui user
    interface database server feature functionality module tool service data information it they
    design solution
    """)
# Actors that are the software itself or a pronoun, not a person who logs in.
NON_HUMAN_ACTORS = word_set("""
    system the system application app platform software server service it we they you i us them
    website site backend frontend database api scheduler cron job
    """)
# Words before a role that pick out some of its people, not another role: "the first owner".
ROLE_QUALIFIERS = word_set(
    """
    first next last new existing other older younger registered logged current previous another
    certain individual single particular
    """
)
ROLE_SYNONYMS = {"administrator": "admin", "sysadmin": "admin", "system administrator": "admin", "end user": "user"}

# Verb lemmas recognised when inflected ("cancelled", "approves"); others pass through unchanged.
KNOWN_VERBS = word_set("""
    accept activate add adjust amend approve archive assign attach block book browse calculate cancel
    capture change check close comment complete confirm consult correct create deactivate decline
    delete deliver discard display download duplicate edit enter erase escalate export file filter
    find flag generate import insert invite issue list locate lock log look lodge make manage mark
    modify move note notify open order pay place plan post print publish purge rate read record
    refund register reject remind remove rename reopen request reschedule reserve resolve restore
    retrieve return review schedule search see select send set share ship show sign sort submit
    suspend sync track transfer unlock update upload validate verify view void withdraw
    """)
IRREGULAR_VERB_FORMS = {
    "paid": "pay",
    "pays": "pay",
    "sent": "send",
    "made": "make",
    "done": "do",
    "written": "write",
    "seen": "see",
    "shown": "show",
    "given": "give",
    "taken": "take",
    "kept": "keep",
    "held": "hold",
    "set": "set",
    "put": "put",
    "found": "find",
    "read": "read",
    "withdrawn": "withdraw",
    "chosen": "choose",
    "bought": "buy",
    "sold": "sell",
    "told": "tell",
    "built": "build",
}
CRUD_VERBS = {
    "create": word_set("""
        create add book submit schedule record enter make place open post upload request insert
        capture lodge raise register reserve log file take
        """),
    "read": word_set("""
        view see list browse search filter find display show look access read get review consult
        retrieve sort locate check track
        """),
    "update": word_set("edit update change modify amend rename correct adjust"),
    "delete": word_set("delete remove erase purge discard"),
}
MANAGE_VERBS = word_set("manage maintain administer administrate")
# Actions on a whole collection rather than one item, with their HTTP method.
COLLECTION_ACTIONS = {"export": "GET", "import": "POST", "sync": "POST", "generate": "POST"}
# Instance actions that only read.
READ_ONLY_ACTIONS = frozenset({"download", "print"})
# Phrasal verbs kept as one action ("check in a patient").
PHRASAL_PARTICLES = {"check": frozenset({"in", "out"}), "sign": frozenset({"off"}), "hand": frozenset({"over"})}

NOMINALISATIONS = {
    "cancellation": "cancel",
    "approval": "approve",
    "confirmation": "confirm",
    "payment": "pay",
    "rejection": "reject",
    "creation": "create",
    "deletion": "delete",
    "removal": "remove",
    "submission": "submit",
    "assignment": "assign",
    "archival": "archive",
    "publication": "publish",
    "refund": "refund",
    "export": "export",
    "import": "import",
    "renewal": "renew",
    "completion": "complete",
    "verification": "verify",
    "registration": "register",
}

# States an item reaches through an action: they become values of its ``status`` field.
ACTION_STATES = {
    "cancel": "cancelled",
    "approve": "approved",
    "reject": "rejected",
    "confirm": "confirmed",
    "complete": "completed",
    "close": "closed",
    "reopen": "open",
    "archive": "archived",
    "publish": "published",
    "pay": "paid",
    "submit": "submitted",
    "assign": "assigned",
    "ship": "shipped",
    "deliver": "delivered",
    "refund": "refunded",
    "accept": "accepted",
    "decline": "declined",
    "block": "blocked",
    "activate": "active",
    "deactivate": "inactive",
    "suspend": "suspended",
    "verify": "verified",
    "resolve": "resolved",
    "escalate": "escalated",
    "withdraw": "withdrawn",
    "void": "void",
    "lock": "locked",
    "unlock": "active",
    "check-in": "checked_in",
    "check-out": "checked_out",
    "sign-off": "signed_off",
    "renew": "renewed",
    "issue": "issued",
    "send": "sent",
}

# Verbs that tell someone about an item rather than change it; they point at a messaging service.
COMMUNICATION_VERBS = word_set("notify remind inform alert email message contact text call warn")
NON_ENTITY_ITEMS = word_set(
    "access ability permission option possibility right chance opportunity way need choice control"
)

AUTH_WORDS = word_set(
    """
    login logout password passwords authenticate authentication authenticated credentials sso mfa 2fa
    account accounts
    """
)
AUTH_PHRASES = (
    ("log", "in"),
    ("log", "out"),
    ("logged", "in"),
    ("sign", "in"),
    ("sign", "up"),
    ("sign", "out"),
    ("signed", "in"),
    ("single", "sign"),
    ("two", "factor"),
)
DASHBOARD_WORDS = word_set("dashboard dashboards overview summary summaries statistics stats report reports kpi kpis")
