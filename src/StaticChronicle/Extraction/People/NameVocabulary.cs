using System.Collections.Frozen;

namespace StaticChronicle.Extraction.People;

/// <summary>
/// Words that tell a capitalised phrase is a title, an organisation, a place or ordinary prose rather than
/// a person's name. All entries are lowercase, diacritics folded.
/// </summary>
public static class NameVocabulary
{
    /// <summary>Words of titles and roles ("Prime Minister", "Governor", "General Secretary").</summary>
    public static readonly FrozenSet<string> TitleWords = Set(
        "president", "vice", "prime", "minister", "ministers", "deputy", "chairman", "chairwoman", "chair", "chairperson",
        "speaker", "secretary", "general", "governor", "commandant", "president-elect", "governor-elect", "mayor-elect", "minister-designate", "ambassador-designate", "counterpart", "counterparts", "administrator", "commissioner", "ombudsman", "treasurer", "mayor", "ambassador", "consul", "director", "head", "chief",
        "leader", "emperor", "empress", "king", "queen", "prince", "princess", "crown", "majesty", "highness",
        "excellency", "senator", "lawmaker", "legislator", "member", "politburo", "pm", "fm", "ceo", "cfo", "coo",
        "founder", "commander", "lieutenant", "colonel", "major", "captain", "admiral", "envoy", "spokesperson",
        "spokesman", "spokeswoman", "advisor", "adviser", "counsellor", "counselor", "professor", "chancellor",
        "secretary-general", "vice-president", "vice-chairman", "vice-chairwoman", "premier", "delegate",
        "representative", "officer", "official", "chargé", "charge", "d'affaires", "attaché", "attache",
        "extraordinary", "plenipotentiary", "standing", "permanent", "acting", "former", "senior", "undersecretary",
        "under-secretary", "superintendent", "inspector", "justice", "judge", "bishop", "pope", "monk", "venerable",
        "chairmen", "leaders", "assistant", "executive", "managing", "vice-minister", "deputy-minister", "party-chief",
        "student", "students", "reporter", "correspondent", "researcher", "expert", "economist", "analyst",
        "emerita", "emeritus", "rear", "vice-admiral", "general-secretary", "governor-general", "first", "lady");

    /// <summary>Royal and imperial titles, after which one name alone is a person ("Empress Masako", "Crown Prince Akishino").</summary>
    public static readonly FrozenSet<string> RoyalTitles = Set(
        "emperor", "empress", "prince", "princess", "king", "queen", "emerita", "emeritus", "sultan", "grand-duke");

    /// <summary>Courtesy titles that only ever precede a person's name.</summary>
    public static readonly FrozenSet<string> Honorifics = Set(
        "mr", "mrs", "ms", "miss", "madam", "madame", "dr", "prof", "sir", "dame", "mx",
        // Military ranks as the press shortens them ("Gen Chien", "Sr Lt Gen Phan Van Giang", "Maj. Gen. Nguyen").
        "gen", "lt", "lieut", "col", "maj", "brig", "adm", "capt", "cdr", "cmdr", "sgt", "sr");

    /// <summary>The shortened ranks among <see cref="Honorifics"/>: also given names ("Nakatani Gen") when they end a name.</summary>
    public static readonly FrozenSet<string> ShortRanks = Set("gen", "lt", "lieut", "col", "maj", "brig", "adm", "capt", "cdr", "cmdr", "sgt", "sr");

    /// <summary>Words that name organisations, bodies, events, buildings and kinds of places.</summary>
    public static readonly FrozenSet<string> OrganisationWords = Set(
        "assembly", "party", "committee", "commission", "council", "ministry", "department", "union", "group",
        "association", "alliance", "federation", "forum", "organisation", "organization", "bank", "corporation",
        "corp", "co", "company", "ltd", "inc", "jsc", "agency", "institute", "university", "college", "school",
        "academy", "hospital", "embassy", "consulate", "office", "government", "cabinet", "diet", "house",
        "councillors", "councilors", "representatives", "senate", "court", "army", "navy", "force", "forces",
        "police", "guard", "festival", "expo", "conference", "summit", "convention", "declaration", "code",
        "charter", "agreement", "treaty", "partnership", "initiative", "programme", "program", "project", "plan",
        "strategy", "fund", "foundation", "center", "centre", "building", "hall", "palace", "street", "road",
        "avenue", "bridge", "airport", "port", "station", "expressway", "railway", "metro", "line", "sea", "ocean",
        "river", "lake", "mountain", "mount", "bay", "island", "islands", "province", "prefecture", "city",
        "district", "region", "day", "week", "year", "news", "times", "post", "television", "radio", "press",
        "network", "award", "prize", "medal", "cup", "games", "concert", "band", "exhibition", "fair", "victory",
        "liberation", "reunification", "revolution", "war", "law", "act", "decree", "resolution", "vision",
        "statement", "friendship", "parliamentary", "parliamentarians", "parliament", "national", "international",
        "central", "democratic", "liberal", "communist", "socialist", "republic", "kingdom", "empire", "state",
        "states", "nations", "public", "security", "affairs", "foreign", "economic", "cooperation", "development",
        "investment", "trade", "industry", "commerce", "finance", "planning", "defence", "defense", "health",
        "education", "labour", "labor", "social", "agriculture", "environment", "transport", "construction",
        "culture", "sports", "tourism", "information", "communications", "communication", "science", "technology",
        "energy", "economy", "industrial", "zone", "park", "complex", "museum", "temple", "pagoda", "church",
        "stadium", "square", "tower", "market", "village", "commune", "ward", "town", "county", "valley",
        "peninsula", "delta", "coast", "highway", "boulevard", "lane", "tunnel", "dam", "plant", "factory",
        "holdings", "enterprises", "motors", "motor", "electric", "airlines", "airways", "telecom", "media", "studio",
        "magazine", "journal", "daily", "herald", "tribune", "gazette", "review", "shimbun", "report", "meeting",
        "session", "dialogue", "talks", "visit", "tour", "ceremony", "reception", "banquet", "gala", "board",
        "secretariat", "mission", "delegation", "team", "club", "society", "chamber", "fleet", "service",
        "services", "authority", "administration", "bureau", "division", "unit", "command", "front", "youth",
        "women", "workers", "veterans", "federation", "conglomerate", "industries", "systems", "solutions",
        "partners", "capital", "securities", "insurance", "energy", "power", "petroleum", "oil", "gas", "steel",
        "pharma", "foods", "group's", "friendship's", "year's", "vietnam-japan", "japan-vietnam", "asia-pacific",
        "east", "west", "north", "south", "northern", "southern", "eastern", "western", "upper", "lower",
        "greater", "grand", "royal", "imperial", "federal", "supreme", "people", "people's", "peoples",
        "communist", "initiative", "week", "month", "era", "dynasty", "empire", "army's", "heritage", "site",
        "hotel", "resort", "centre", "institute", "laboratory", "lab", "facility", "office", "zone", "community",
        "welfare", "interior", "internal", "land", "infrastructure", "mausoleum", "trail", "memorial", "monument",
        "relations", "cooperation", "exchange", "partnership", "summit", "meeting", "office's", "staff", "joint",
        "self-defense", "self-defence", "keidanren", "newsletter", "contact", "advertise", "subscribe", "login");

    /// <summary>Capitalised words that are not names: sentence openers, countries, peoples, months, agencies.</summary>
    public static readonly FrozenSet<string> CommonWords = Set(
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "his", "her",
        "its", "their", "our", "in", "on", "at", "for", "from", "with", "by", "as", "to", "of", "and", "but", "or",
        "during", "after", "before", "following", "under", "over", "regarding", "later", "meanwhile", "also",
        "both", "each", "every", "all", "some", "many", "most", "other", "another", "such", "when", "while",
        "where", "which", "who", "what", "why", "how", "if", "although", "though", "since", "because", "so",
        "then", "there", "here", "besides", "moreover", "furthermore", "however", "therefore", "thus",
        "highlighting", "welcoming", "emphasising", "emphasizing", "speaking", "according", "accordingly",
        "addressing", "apart", "along", "among", "between", "beyond", "despite", "through", "toward", "towards",
        "via", "within", "without", "upon", "please", "yet", "only", "even", "just", "not", "no", "new", "old",
        "last", "next", "first", "second", "third", "today", "yesterday", "tomorrow", "earlier", "currently",
        "recently", "previously", "together", "further", "again", "do", "does", "did", "is", "are", "was", "were",
        "be", "will", "would", "can", "could", "should", "may", "might", "must", "has", "have", "had", "let",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "vietnam", "vietnamese", "japan", "japanese", "asia", "asian", "asean", "china", "chinese",
        "korea", "korean", "us", "usa", "america", "american", "americans", "russia", "russian", "ukraine",
        "ukrainian", "europe", "european", "eu", "india", "indian", "france", "french", "germany", "german",
        "uk", "britain", "british", "australia", "australian", "laos", "lao", "cambodia", "cambodian",
        "thailand", "singapore", "singaporean", "malaysia", "malaysian", "indonesia", "indonesian", "philippines",
        "philippine", "filipino", "myanmar", "brunei", "canada", "canadian", "mexico", "brazil", "africa",
        "african", "pacific", "atlantic", "mekong", "global", "world", "international", "vna", "vns", "vgp",
        "kyodo", "nhk", "jica", "jetro", "apec", "un", "oda", "covid", "ipu", "aipa", "appf", "cptpp", "rcep",
        "unclos", "cpv", "na", "ldp", "g7", "g20", "azec", "wto", "imf", "who", "unesco", "nato", "gdp", "fdi",
        "vietnamese-japanese", "japanese-vietnamese", "tokyo-based", "hanoi-based", "other", "others", "overall",
        "support", "signing", "opening", "shared", "source", "photo", "update", "updated", "related", "tags",
        "more", "read", "see", "share", "home", "online", "english", "latin", "hiragana", "katakana", "kanji",
        "uncle", "mrs", "dear", "ladies", "gentlemen", "god", "buddha", "christmas", "tet", "lunar", "olympic",
        "olympics", "sea", "games", "covid-19", "reuters", "xinhua", "afp", "ap", "nikkei", "asahi", "yomiuri",
        "mainichi", "hokkaido", "okinawa", "kyushu", "honshu", "shikoku", "kansai", "kanto", "tohoku");

    /// <summary>Lowercase words that begin an appositive role after a name ("Tsutomu Takebe, Special Advisor to …").</summary>
    public static readonly FrozenSet<string> RoleWords = Set(
        "president", "vice", "minister", "chairman", "chairwoman", "chair", "chairperson", "speaker", "secretary",
        "governor", "mayor", "ambassador", "consul", "director", "head", "chief", "leader", "member", "advisor",
        "adviser", "envoy", "spokesperson", "spokesman", "spokeswoman", "ceo", "founder", "deputy", "professor",
        "commander", "emperor", "empress", "counsellor", "counselor", "representative", "official", "premier",
        "lawmaker", "legislator", "senator", "politburo", "secretary-general", "vice-president", "vice-chairman",
        "chargé", "attaché", "delegate", "general", "administrator", "commissioner", "counterpart", "commandant", "president-elect", "minister-designate", "ambassador-designate");

    /// <summary>Verbs that, right after a capitalised phrase, show it names someone who speaks or acts.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Set(
        "said", "says", "stressed", "noted", "affirmed", "reaffirmed", "told", "added", "emphasised", "emphasized",
        "highlighted", "expressed", "proposed", "suggested", "asked", "urged", "welcomed", "thanked", "stated",
        "underlined", "spoke", "remarked", "agreed", "congratulated", "explained", "pointed", "hoped", "called",
        "informed", "briefed", "praised", "met", "visited", "received", "hosted", "held", "wrote", "announced",
        "recalled", "acknowledged", "appreciated", "lauded", "underscored", "confirmed", "insisted", "replied",
        "answered", "commented", "argued", "believes", "believed", "hopes", "wants", "wanted", "led", "attended",
        "presented", "invited", "greeted", "signed", "pledged", "promised", "shared", "recommended", "warned",
        "reported", "observed", "highlights", "stresses", "notes", "adds");

    /// <summary>Lowercase words a role phrase may hold between its capitalised words ("President of the House of …").</summary>
    /// <summary>The fields a ministry is named by, as they stand before "minister" or "secretary" in lower case ("defence minister").</summary>
    public static readonly FrozenSet<string> OfficeFields = Set(
        "defence", "defense", "foreign", "trade", "finance", "health", "education", "industry", "agriculture", "labour", "labor",
        "interior", "home", "justice", "transport", "energy", "environment", "culture", "tourism", "information", "planning",
        "investment", "security", "external", "economy", "commerce", "immigration", "prime", "deputy", "vice", "state");

    public static readonly FrozenSet<string> RoleConnectors = Set(
        "of", "the", "for", "and", "to", "on", "in", "provincial", "municipal", "city", "permanent", "standing");

    /// <summary>Two-word country and organisation names whose second word could pass for a given name ("Viet Nam").</summary>
    public static readonly FrozenSet<string> TwoWordNames = Set(
        "viet nam", "united states", "united kingdom", "united nations", "south korea", "north korea", "new zealand",
        "sri lanka", "saudi arabia", "south africa", "timor leste", "costa rica", "hong kong", "lao pdr");

    private static readonly FrozenSet<string> TwoWordNameFirstWords = TwoWordNames.Select(n => n[..n.IndexOf(' ', StringComparison.Ordinal)]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the folded words <paramref name="first"/> <paramref name="second"/> are one of <see cref="TwoWordNames"/>; joins them only when the first word can start one.</summary>
    public static bool IsTwoWordName(string first, string second) =>
        TwoWordNameFirstWords.Contains(first) && TwoWordNames.Contains(first + " " + second);

    // Frozen: read-only once built, and looked up for nearly every word of every article, which a frozen set answers faster.
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
