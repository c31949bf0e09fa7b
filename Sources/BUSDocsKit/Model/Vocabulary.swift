/// The kind of document (`typ`).
public enum AgreementKind: String, CaseIterable, Sendable {
    case localAgreement = "lokal-överenskommelse"
    case actionPlan = "handlingsplan"
}

/// Where an agreement stands (`status`): `new` and `import` write drafts; only a decided agreement binds.
public enum AgreementStatus: String, CaseIterable, Sendable {
    case draft = "utkast"
    case consultation = "remiss"
    case decided = "beslutad"
    case revoked = "upphävd"

    /// The status a municipality's own word for it means: a decided agreement is often called adopted,
    /// in force or signed.
    public init?(meaning word: String) {
        switch Words.folded(word).joined(separator: " ") {
        case "antagen", "antaget", "gallande", "undertecknad", "undertecknat", "faststalld", "faststallt", "godkand", "godkant", "beslutat", "signerad":
            self = .decided
        case "forslag", "utkastet", "arbetsmaterial":
            self = .draft
        case "pa remiss", "remissversion", "remissutgava":
            self = .consultation
        case "upphavt", "upphord", "upphort", "avslutad", "ersatt", "ogiltig", "inaktuell":
            self = .revoked
        default:
            return nil
        }
    }
}

/// The legally responsible body (`huvudman`).
///
/// The police are a state authority (`stat`); a kommunalförbund is a joint body of municipalities (and
/// sometimes the region) that answers for the services it provides: for the rules on both principals it
/// counts as the principal each of its services belongs to (`RuleSet.principal(ofService:)`).
public enum Principal: String, CaseIterable, Sendable {
    case municipality = "kommun"
    case region = "region"
    case independent = "enskild"
    case state = "stat"
    case jointBody = "kommunalförbund"

    /// The principal a name for one means: the county council by its old names (`landsting`, `SLL`,
    /// "Stockholms läns landsting") and the region by its own ("Region Stockholm") are `region`.
    public init?(meaning word: String) {
        let words = Words.folded(word)
        if words.contains(where: { $0.hasPrefix("landsting") || $0 == "sll" || $0 == "region" || $0 == "regionen" }) {
            self = .region
        } else {
            return nil
        }
    }

    /// The head of a party of this principal, as `new` writes a steering group's member or a signatory and
    /// the hints that ask for one give it (BUS003, BUS004): a title every party of the principal has, which
    /// the authors may change to the party's own, and which no rule takes for a placeholder.
    public var managerRole: String {
        switch self {
        case .municipality, .jointBody: "Förvaltningschef"
        case .region: "Verksamhetschef"
        case .independent: "Rektor"
        case .state: "Lokalpolisområdeschef"
        }
    }
}

/// The tier a group works on (`grupper[].typ`).
public enum GroupKind: String, CaseIterable, Sendable {
    case steeringGroup = "styrgrupp"
    case workingGroup = "arbetsgrupp"
    case individualForum = "individforum"
    case treatmentConference = "behandlingskonferens"
    case consultationGroup = "samrådsgrupp"

    /// Standing groups meet on a cadence; the others are convened.
    public var isStanding: Bool { self == .steeringGroup || self == .workingGroup }

    /// The groups bus-docs makes a meeting document for: the individforum's protocol, the others' agenda
    /// and minutes. Not the county body a `samrådsgrupp` is.
    public var hasMeetingDocument: Bool { self != .consultationGroup }

    /// The kind in an English message: "the steering group meets less often".
    public var english: String {
        switch self {
        case .steeringGroup: "steering group"
        case .workingGroup: "working group"
        case .individualForum: "individforum"
        case .treatmentConference: "treatment conference"
        case .consultationGroup: "consultation group"
        }
    }

    /// The kind's word in its definite form, as running text names the group: "styrgruppen", "individforumet".
    public var definite: String { self == .individualForum ? rawValue + "et" : rawValue + "en" }

    /// What Swedish calls a group of this kind, as word stems in order with no word between (`StemPhrase`):
    /// how `import` tells which group a text speaks of, and `protocol --group` which group a common name
    /// means ("lokala BUS-gruppen", "ledningsgruppen" are the steering group).
    public var commonNames: [String] {
        switch self {
        case .steeringGroup: ["styrgrupp", "lokal bus grupp", "lokal bus-grupp", "ledningsgrupp"]
        case .workingGroup: ["arbetsgrupp"]
        case .individualForum: ["individforum", "individärendeforum", "forum för individärenden", "forum för enskilda ärenden"]
        case .treatmentConference: ["behandlingskonferens"]
        case .consultationGroup: ["lokal samrådsgrupp", "lokala samrådsgrupp"]
        }
    }

    /// The kind a group's common name (`commonNames`) says when it is all a reference writes: "lokala
    /// BUS-gruppen", "BUS-gruppen" (a name is the same with or without "lokal", as `Agreement.group(named:)`
    /// reads names), "Ledningsgruppen". Nil for anything more or else, and for a name of two kinds.
    public init?(commonName text: String) {
        let local: Set<String> = ["lokal", "lokala", "lokale"]
        let words = Words.folded(text).filter { !local.contains($0) }
        guard !words.isEmpty else { return nil }
        let kinds = Self.allCases.filter { kind in
            kind.commonNames.contains { name in
                let phrase = StemPhrase(Words.folded(name).filter { !local.contains($0) }.joined(separator: " "), gap: 0)
                return phrase.matchRange(in: words[...]) == 0...(words.count - 1)
            }
        }
        guard kinds.count == 1 else { return nil }
        self = kinds[0]
    }
}

/// A calendar period that cadences and follow-up are counted in (`per`).
public enum Period: String, CaseIterable, Sendable {
    case week = "vecka"
    case month = "månad"
    case term = "termin"
    case year = "år"

    /// How many of this period fit in a year: a term is half a year.
    public var perYear: Int {
        switch self {
        case .week: return 52
        case .month: return 12
        case .term: return 2
        case .year: return 1
        }
    }
}

extension Period {
    /// The words `per:` and `period:` take for each period, as schema and completion offer them: the
    /// value, its definite form ("terminen", "året"), and for a term "halvår" ("två gånger per halvår").
    public static let spellings: [String] = ["vecka", "veckan", "månad", "månaden", "termin", "terminen", "halvår", "halvåret", "år", "året"]

    /// The period a `per:` or `period:` says, as the value or in another Swedish form of one period
    /// ("terminen", "halvår", "halvåret", "per termin", "varje år"); nil for several periods
    /// ("kvartal", "vartannat år"), which a period cannot say.
    public init?(spelled text: String) {
        if let period = Period(folding: text) {
            self = period
            return
        }
        guard let interval = IntervalPhrase.interval(text), interval.every == 1 else { return nil }
        self = interval.period
    }

    /// The period another word for a year means, for the hint of a value that is none of them ("Menade du
    /// `år`?"): a school year (`läsår`, `skolår`), a calendar, operating or budget year, alone or after
    /// `per`/`varje`. Not read as the period itself: a school year is not the calendar year the rules count.
    public init?(meaning text: String) {
        let words = Words.folded(text)
        guard let last = words.last, words.count == 1 || (words.count == 2 && ["per", "varje", "om", "i"].contains(words[0])) else { return nil }
        let stem = last.hasSuffix("aret") ? String(last.dropLast(2)) : last
        guard ["lasar", "skolar", "kalenderar", "verksamhetsar", "budgetar", "rakenskapsar"].contains(stem) else { return nil }
        self = .year
    }
}

/// How often something recurs: every `every`-th `period` ("vartannat år" is every second year).
public struct Interval: Hashable, Sendable {
    public var every: Int
    public var period: Period

    public init(every: Int = 1, _ period: Period) {
        self.every = every
        self.period = period
    }

    /// Occurrences per year: a half for every second year.
    public var perYear: Double { Double(period.perYear) / Double(max(every, 1)) }

    /// As the format writes it: `år`, `vartannat år`, `var tredje månad`.
    public var text: String {
        guard every > 1 else { return period.rawValue }
        return SwedishNumbers.every(every, period)
    }
}

/// How consent to break secrecy is obtained (`samtycke`).
public enum Consent: String, CaseIterable, Sendable {
    case written = "skriftligt"
    case oral = "muntligt"
    case missing = "saknas"
}

/// Whether the school shall or may call a SIP (`sip.skolan`).
public enum SchoolSIPDuty: String, CaseIterable, Sendable {
    case shall = "ska"
    case may = "kan"
}
