import BUSDocsKit

/// How the documents say things in Swedish: labels for the format's values, dates and terms.
enum Wording {
    static func kind(_ kind: AgreementKind?) -> String {
        switch kind {
        case .actionPlan?: return "Handlingsplan"
        default: return "Lokal överenskommelse"
        }
    }

    static func principal(_ principal: Principal?) -> String {
        switch principal {
        case .municipality?: return "Kommun"
        case .region?: return "Region"
        case .independent?: return "Enskild huvudman"
        case .state?: return "Stat"
        case .jointBody?: return "Kommunalförbund"
        case nil: return "–"
        }
    }

    /// The principal as a party to the agreement: "kommunen", "regionen".
    static func definite(_ principal: Principal) -> String {
        switch principal {
        case .municipality: return "kommunen"
        case .region: return "regionen"
        case .independent: return "den enskilda huvudmannen"
        case .state: return "staten"
        case .jointBody: return "kommunalförbundet"
        }
    }

    /// A body named in running text after "till" or "med", as a common noun in its definite form:
    /// "skickas till samrådsgruppen för barns och ungas hälsa", not "till samrådsgrupp för …"; a proper
    /// name (BUSSAM, "BUS lokal styrgrupp", "Samrådsgruppen …") and a word it does not know stay as written.
    static func definiteBody(_ name: String) -> String {
        let words = name.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = words.first, let initial = first.first, initial.isLowercase else { return name }
        guard let ending = definiteEndings.first(where: { first.hasSuffix($0.noun) }) else { return name }
        return ([first + ending.added] + words.dropFirst()).joined(separator: " ")
    }

    /// A group's name inside a sentence ("lyfts till …", "tagits upp i …", "Ledamöter i …"): a name that
    /// is a common noun phrase is written in lower case there, as Swedish writes it — "lokala BUS-gruppen
    /// i Botkyrka", "styrgruppen", "lokal samrådsgrupp för barn och unga" — while a proper name stays as
    /// written: "BUS individforum Nacka", "BUSSAM", "Region Stockholm", "Habilitering & Hälsa". A name is
    /// taken as a common noun phrase when its first word is a body noun (`definiteEndings`' nouns, as the
    /// last part of a compound, in either form) or one of the adjectives such names open with.
    static func inText(_ name: String) -> String {
        guard let first = name.split(separator: " ", maxSplits: 1).first, let initial = first.first, initial.isUppercase,
              first.dropFirst().allSatisfy({ !$0.isUppercase }) else { return name }
        let word = first.lowercased()
        let isBodyNoun = definiteEndings.contains { ending in
            word.hasSuffix(ending.noun) || word.hasSuffix(ending.noun + ending.added)
        }
        guard isBodyNoun || commonNameAdjectives.contains(word) else { return name }
        return name.prefix(1).lowercased() + name.dropFirst()
    }

    /// Adjectives that open a group's name when the name is a description, not a proper name.
    private static let commonNameAdjectives: Set<String> = [
        "lokal", "lokala", "gemensam", "gemensamma", "kommunal", "kommunala", "regional", "regionala",
        "länsövergripande", "central", "centrala", "samordnande", "operativ", "operativa", "strategisk", "strategiska", "närmaste",
    ]

    /// Nouns naming bodies, with the ending of their definite form.
    private static let definiteEndings: [(noun: String, added: String)] = [
        ("grupp", "en"), ("tjänst", "en"), ("nämnd", "en"), ("ning", "en"), ("enhet", "en"), ("konferens", "en"),
        ("chef", "en"), ("sekretariat", "et"), ("forum", "et"), ("råd", "et"), ("kansli", "et"),
    ]

    static func groupKind(_ kind: GroupKind?) -> String {
        switch kind {
        case .steeringGroup?: return "Styrgrupp"
        case .workingGroup?: return "Arbetsgrupp"
        case .individualForum?: return "Individforum"
        case .treatmentConference?: return "Behandlingskonferens"
        case .consultationGroup?: return "Samrådsgrupp"
        case nil: return "Grupp"
        }
    }

    static func cadence(_ cadence: Cadence?) -> String {
        cadence.map { CadenceWording.cadence($0).sv } ?? "anges inte"
    }

    static func consent(_ consent: Consent?) -> String {
        switch consent {
        case .written?: return "Skriftligt samtycke inhämtas för varje tillfälle."
        case .oral?: return "Muntligt samtycke."
        case .missing?, nil: return "Överenskommelsen anger inte hur samtycke inhämtas."
        }
    }

    static func period(_ interval: Interval?) -> String {
        guard let interval else { return "anges inte" }
        if interval.every > 1 { return interval.text }
        switch interval.period {
        case .week: return "varje vecka"
        case .month: return "varje månad"
        case .term: return "varje termin"
        case .year: return "en gång per år"
        }
    }

    /// A meeting document's title, as its heading reads and the PDF, Word file and browser tab show it:
    /// "Protokoll – BUS individforum Nacka"; the area is added only when the group's name lacks it
    /// ("Dagordning – Styrgrupp – Nacka").
    static func documentTitle(_ kind: String, group name: String, area: String?) -> String {
        let title = "\(kind) – \(name)"
        guard let area, !area.isEmpty, !name.folded().contains(area.folded()) else { return title }
        return "\(title) – \(area)"
    }

    /// "Växlar varje termin mellan kommunen och regionen, med kommunen först vårterminen 2020" / "Växlar varje
    /// år mellan Socialkontoret, BUP och KSON, med Socialkontoret först år 2017": the first in the order
    /// written takes the agreement's first term or year (`rotationStart`); without a start, who begins is
    /// not said. When a name has a comma of its own ("Socialförvaltningen, Botkyrka kommun"), each name
    /// is in quotation marks, so that the list says how many take turns.
    static func rotation(_ turns: [ChairTurn], period: Period?, in agreement: Agreement) -> String {
        let written = turns.map { turnName($0, in: agreement) }
        let names = written.contains { $0.contains(",") } ? written.map { "”\($0)”" } : written
        let every = period == .year ? "varje år" : "varje termin"
        let list = names.listed("och")
        guard names.count > 1, let start = rotationStart(of: agreement) else { return "Växlar \(every) mellan \(list)" }
        return "Växlar \(every) mellan \(list), med \(names[0]) först \(period == .year ? "år \(start.year)" : term(of: start))"
    }

    /// When a rotating chair's first turn is: the agreement's start, else its earliest revision.
    static func rotationStart(of agreement: Agreement) -> LocalDate? {
        agreement.validity?.from?.value.date ?? agreement.revisions.compactMap { $0.date?.value.date }.min()
    }

    /// One turn of a rotating chair as the rotation names it: "kommun", "BUP Teststad".
    static func turnName(_ turn: ChairTurn, in agreement: Agreement) -> String {
        switch turn {
        case .principal(let turn): return Wording.definite(turn)
        case .party(let id): return partyName(id, in: agreement) ?? "–"
        }
    }

    /// A party as a document names it: its name (its id when it has none); nil for an id no party has,
    /// which the check reports as an error: a document never prints such an id as if it named someone.
    static func partyName(_ id: String, in agreement: Agreement) -> String? {
        agreement.party(withID: id).map { $0.name?.value ?? $0.id.value }
    }

    /// The indicators that name no group; the others are worded in `indicator(_:in:)`.
    static let indicators = [
        "avvikelser": "Antal avvikelserapporter",
        "sip": "Antal samordnade individuella planer (SIP)",
    ]

    /// An indicator in words, naming the groups by the names the agreement gives them.
    static func indicator(_ id: String, in agreement: Agreement) -> String {
        let forum = agreement.groups(ofKind: .individualForum).first?.name?.value
        let steering = agreement.groups(ofKind: .steeringGroup).first?.name?.value
        switch id {
        case "individforum-ärenden": return "Antal ärenden i \(forum.map(inText) ?? "BUS individforum")"
        case "olösta-ärenden": return "Ärenden som inte lösts i \(forum.map(inText) ?? "individforum") och lyfts till \(steering.map(inText) ?? "styrgruppen")"
        default: return indicators[id] ?? id
        }
    }

    /// "vårterminen 2027" (January–June) or "höstterminen 2027".
    static func term(of date: LocalDate) -> String {
        date.month <= 6 ? "vårterminen \(date.year)" : "höstterminen \(date.year)"
    }

    static func date(_ text: DateText?) -> String {
        guard let text else { return "–" }
        // A revision known only by its month is shown by its month: no day nobody wrote.
        return text.display
    }

    static func validity(_ validity: Validity?) -> (from: String, until: String) {
        let from = validity?.from.map { date($0.value) } ?? "från undertecknandet"
        let until: String
        switch validity?.until?.value {
        case .date(let end)?: until = date(end)
        case .untilFurtherNotice?, nil: until = "tills vidare"
        }
        return (from, until)
    }
}
