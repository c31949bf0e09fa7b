import Foundation

/// The parameters of a regional rule set: which services are mandatory, how often groups meet, which
/// terms are outdated… The rule logic is code; these numbers and names are data, so another region or
/// a revised agreement is a new file (`--rules FILE`), not a new build.
public struct RuleSet: Equatable, Sendable {
    public var id: String
    public var name: String
    /// The name running text gives the regional agreement, as the domain's documents write it: "HÖK 2022",
    /// "BUS 2012" (`kortnamn`; a rule-set file without one is named by `namn`). Never the id: `hök-2022` is
    /// a value to write in a file, not a word of a sentence.
    public var shortName: String
    /// Every known service id with its name in both languages.
    public var services: [String: ServiceName]
    public var mandatoryServices: [String]
    /// Services the rule set expects but does not demand (a warning when missing).
    public var recommendedServices: [String]
    public var principals: [Principal]
    /// The least cadence per standing group kind.
    public var minimumCadence: [String: CadenceRequirement]
    public var individualForumDeadlineDays: Int
    /// The age the target group is under: "barn och unga under 18 år" (BUS025); nil when the rule set
    /// sets none.
    public var targetAgeBelow: Int?
    /// The names of the county-wide bodies that receive deviations of a principal nature, the current
    /// one first (hints name it); any alias of the same body in `bodies` is the same receiver.
    public var deviationReceivers: [String]
    /// County-wide bodies with the other names agreements give them.
    public var bodies: [CountyBody]
    public var minimumFollowUp: Period
    public var outdatedTerms: [OutdatedTerm]
    /// Phrases (stems) that cite a document by its own title, such as the 2012 regional agreement "mellan
    /// Stockholms läns landsting och kommunerna": an outdated term inside one is a citation, not wording.
    public var outdatedTermCitations: [StemPhrase]
    public var requiredSections: [SectionRequirement]
    /// Template names that `mall` and `protokoll` may name.
    public var templates: [String]
    /// Words that show independent schools were considered (lower case, matched as substrings).
    public var independentSchoolTerms: [String]
    /// Word parts that make a role a manager with mandate ("chef" in "Enhetschef"), for conveners.
    public var mandateRoles: [String]
    /// Services that must be among those who may call a SIP.
    public var requiredSIPInitiators: [String]
    /// Group kinds that may own the annual follow-up: standing groups, never an on-demand forum.
    public var followUpOwners: [GroupKind]
    /// Text left by `bus-docs new` for the authors to replace (lower case, matched as substrings).
    public var placeholders: [String]
    /// Imperatives that open an instruction to the authors, not a sentence of an agreement ("Ange …").
    public var placeholderWords: Set<String>
    /// What the body may say against the front matter.
    public var contradictions: TextContradictions


    /// Whether a value is text left for the authors to replace (it holds one of `placeholders`).
    public func isPlaceholder(_ value: String) -> Bool {
        let lowered = value.lowercased()
        return placeholders.contains { lowered.contains($0) }
    }

    /// The body a written name stands for, if the rule set knows it.
    public func body(named written: String) -> CountyBody? {
        bodies.first { $0.isNamed(written) }
    }

    /// Whether a written receiver is one the rule set accepts: one of its names or another name of the
    /// same body. A rule set that names no receiver accepts any.
    public func acceptsReceiver(_ written: String) -> Bool {
        guard !deviationReceivers.isEmpty else { return true }
        let key = NameKey.candidates(written)
        return deviationReceivers.contains { receiver in
            !key.isDisjoint(with: NameKey.candidates(receiver))
                || body(named: receiver).map { $0.isNamed(written) } ?? false
        }
    }

    /// The principals a party answers for in the rules on both principals: its own, or for a
    /// kommunalförbund those of the services it provides. The state (police) is neither.
    public func principals(of party: Party) -> Set<Principal> {
        guard let principal = party.principal?.value else { return [] }
        guard principal == .jointBody else { return [principal] }
        return Set(party.services.compactMap { services[$0.value]?.principal })
    }

    /// A service's name in `language`, or its id when the rule set does not know it.
    public func serviceName(_ id: String, in language: Language) -> String {
        services[id].map { language == .swedish ? $0.sv : $0.en } ?? id
    }

    /// The service as a document names it ("socialtjänst", "förskola och skola"): its `dokument` name,
    /// else its Swedish name. The Swedish name may list the words the rules read ("socialtjänst
    /// (socialtjänst / stadsdelsförvaltning)"), which suits a finding, not a table in a signed agreement.
    public func documentName(_ id: String) -> String {
        services[id].map { $0.document ?? $0.sv } ?? id
    }

    /// The service a written id that is not one means: the id in other letters ("BUP"), or the one
    /// service whose word it is ("habilitering"). A party listing it is meant to provide that service.
    public func service(meantBy written: String) -> String? {
        if services[written] != nil { return nil }
        let folded = written.folded()
        if let id = services.keys.first(where: { $0.folded() == folded }) { return id }
        let words = Words.folded(written)
        let meant = services.filter { $0.value.aliases.contains { $0.matches(words) } }.map(\.key)
        return meant.count == 1 ? meant[0] : nil
    }

    public func serviceName(_ id: String) -> LocalizedText {
        LocalizedText(sv: serviceName(id, in: .swedish), en: serviceName(id, in: .english))
    }

    /// A service's name as a finding's sentence writes it: in English with its article ("a coordinating
    /// health centre"); its id when the rule set does not know it.
    public func serviceInText(_ id: String) -> LocalizedText {
        LocalizedText(sv: serviceName(id, in: .swedish), en: services[id]?.enInText ?? id)
    }
}

public struct ServiceName: Equatable, Sendable {
    public var sv: String {
        didSet { generatedNameStarts = Self.generatedNameStarts(sv, outsideStockholm) }
    }
    public var en: String
    /// Whose service it is: a kommunalförbund providing it counts as this principal.
    public var principal: Principal?
    /// Word stems that name the service in running text ("socialförvaltning", "barn- och ungdomspsykiatri"):
    /// how `import` recognises the parties of an agreement written in Word.
    public var aliases: [StemPhrase] = []
    /// How documents name it, when that differs from `sv` (`dokument`).
    public var document: String?
    /// How `new` names it in a municipality other than Stockholms stad, when `sv` names Stockholm's
    /// districts' offices (`sv-kommun`: "socialtjänst (socialförvaltning)").
    public var outsideStockholm: String? {
        didSet { generatedNameStarts = Self.generatedNameStarts(sv, outsideStockholm) }
    }
    /// The article English running text puts before `en` ("a", "the"; `en-artikel`): "no party provides a
    /// coordinating health centre". None for a service named as a mass noun or by its acronym.
    public var englishArticle: String?
    /// `en` as English running text writes it: with its article, if it has one.
    public var enInText: String { englishArticle.map { "\($0) \(en)" } ?? en }
    /// How the party names `bus-docs new` writes for the service start ("BUP (…) i "): made once, since
    /// every party of every agreement checked is compared with them (`AgreementDraft.generatedService`).
    public private(set) var generatedNameStarts: [String]

    public init(sv: String, en: String, principal: Principal? = nil, aliases: [StemPhrase] = [], document: String? = nil,
                outsideStockholm: String? = nil, englishArticle: String? = nil) {
        self.sv = sv
        self.en = en
        self.englishArticle = englishArticle
        self.principal = principal
        self.aliases = aliases
        self.document = document
        self.outsideStockholm = outsideStockholm
        generatedNameStarts = Self.generatedNameStarts(sv, outsideStockholm)
    }

    private static func generatedNameStarts(_ sv: String, _ outsideStockholm: String?) -> [String] {
        ([sv] + [outsideStockholm].compactMap { $0 }).map { $0.capitalizedFirst + " i " }
    }
}

/// A county-wide body (BUSSAM, the samrådsgrupp for children's and young people's health) and the
/// names agreements give it.
public struct CountyBody: Equatable, Sendable {
    public let name: String
    public let aliases: [String]
    /// Every name as a `NameKey`, made once: every agreement checked asks.
    let keys: Set<NameKey>

    public init(name: String, aliases: [String]) {
        self.name = name
        self.aliases = aliases
        keys = Set(([name] + aliases).map(NameKey.init))
    }

    /// Whether a written name is this body: any of its names, compared as `NameKey`s, also with a word
    /// before it that only says it is county-wide ("regionala BUSSAM", "centrala BUSSAM").
    public func isNamed(_ written: String) -> Bool {
        if !NameKey.candidates(written).isDisjoint(with: keys) { return true }
        let words = Words.folded(written)
        guard let first = words.first, Self.countyWide.contains(first), words.count > 1 else { return false }
        return !NameKey.candidates(words.dropFirst().joined(separator: " ")).isDisjoint(with: keys)
    }

    private static let countyWide: Set<String> = ["regional", "regionala", "regionalt", "lansovergripande", "central", "centrala"]
}

public struct CadenceRequirement: Equatable, Sendable {
    public init(count: Int, period: Period) {
        self.count = count
        self.period = period
    }

    public var count: Int
    public var period: Period


    public var meetingsPerYear: Int { count * period.perYear }
}

public struct OutdatedTerm: Equatable, Sendable {
    public var term: String
    public var replacement: String
    /// Agreements valid from this date on should not use the term.
    public var since: String

}

public struct SectionRequirement: Equatable, Sendable {
    public var id: String
    /// Headings as the rule set suggests them; the first is the one hints name.
    public var headings: [String] {
        didSet { headingPhrases = headings.map { StemPhrase($0, gap: 0) } }
    }
    /// Stems a heading may use instead: "avvikel" finds "Avvikelsehantering" and "Rutiner vid avvikelser".
    public var headingStems: [StemPhrase]
    /// Stems that show what a section is about when no heading says it: a consent routine under
    /// "Sekretess och informationsöverföring".
    public var contentStems: [StemPhrase]
    /// The headings as phrases, word for word: made once, not for every agreement matched.
    public private(set) var headingPhrases: [StemPhrase]

    public init(id: String, headings: [String], headingStems: [StemPhrase], contentStems: [StemPhrase]) {
        self.id = id
        self.headings = headings
        self.headingStems = headingStems
        self.contentStems = contentStems
        headingPhrases = headings.map { StemPhrase($0, gap: 0) }
    }
}

extension RuleSet {
    /// The names of the rule sets built into bus-docs.
    public static let builtInNames = ["bus-2012", "hök-2022"]

    /// The current regional rule set (hök-2022): the one `new` and `rules` start from, and the one whose
    /// names compare agreements written under different rule sets.
    public static var current: RuleSet { hok2022! }

    /// A built-in rule set by name (`hok-2022` is accepted for `hök-2022`).
    public static func builtIn(named name: String) -> RuleSet? {
        switch name.folded() {
        case "bus-2012": return bus2012
        case "hok-2022": return hok2022
        default: return nil
        }
    }

    /// How a text names a built-in rule set other than by its id: what `import` finds in a document's
    /// text, and what `builtIn(answer:)` reads as that rule set too.
    public static let namesInText: [(id: String, phrases: [String])] = [
        ("hök-2022", ["hök 2022", "huvudöverenskommelse"]),
    ]

    /// A built-in rule set as a person may type it — "HÖK 2022", "hök", "2022", "HÖK 22",
    /// "huvudöverenskommelsen", "bus 2012", "BUS2012" — read the same by `new`, `--rules`, a front
    /// matter's `regelverk` and `import`: every word of the answer is a word of the rule set's id, its
    /// year in two digits, or a word of its `namesInText` (a long one with any ending). Nil for anything
    /// else, "hök 2023" too (`nearestBuiltIn` has the name it is nearest).
    public static func builtIn(answer: String) -> RuleSet? {
        if let exact = builtIn(named: answer) { return exact }
        let words = Words.folded(answer)
        guard !words.isEmpty else { return nil }
        let key = words.joined()
        for id in builtInNames {
            // `hök-2022` is the words `hok` and `2022`; "22" is its year too, and "hok2022", "hok22" the id run together.
            let own = Words.folded(id)
            let years = own.filter { $0.count == 4 && $0.allSatisfy(\.isNumber) }.map { String($0.suffix(2)) }
            let runTogether = [own.joined()] + years.map { own.filter { !$0.allSatisfy(\.isNumber) }.joined() + $0 }
            let named = (namesInText.first { $0.id == id }?.phrases ?? []).flatMap(Words.folded)
            let read = runTogether.contains(key) || words.allSatisfy { word in
                own.contains(word) || years.contains(word) || named.contains { $0 == word || ($0.count >= 8 && word.hasPrefix($0)) }
            }
            if read { return builtIn(named: id) }
        }
        return nil
    }

    /// The built-in rule set's id a name not read as one is nearest ("hök 2023" → hök-2022), for "did you mean".
    /// A word a slip from one it is read by counts too ("busk" → bus-2012, "hök 2021" → hök-2022), when it
    /// points at one rule set only.
    public static func nearestBuiltIn(to answer: String) -> String? {
        if let whole = Suggestion.nearest(to: answer, in: builtInNames) { return whole }
        let words = Words.folded(answer)
        guard !words.isEmpty else { return nil }
        let near = builtInNames.filter { id in
            let own = Words.folded(id)
            let readBy = own + own.filter { $0.count == 4 && $0.allSatisfy(\.isNumber) }.map { String($0.suffix(2)) }
                + (namesInText.first { $0.id == id }?.phrases ?? []).flatMap(Words.folded)
            return words.allSatisfy { readBy.contains($0) || Suggestion.nearestWord(to: $0, in: readBy) != nil }
        }
        return near.count == 1 ? near[0] : nil
    }

    /// Decoded once per process: every agreement checked consults them.
    private static let bus2012 = try? decode(Data(PackageResources.bus_2012_yaml))
    private static let hok2022 = try? decode(Data(PackageResources.hok_2022_yaml))

    /// A rule set by built-in name or file path.
    public static func load(_ nameOrPath: String) throws -> RuleSet {
        if let builtIn = builtIn(named: nameOrPath) { return builtIn }
        guard FileManager.default.fileExists(atPath: nameOrPath) else {
            throw RuleSetError.notFound(nameOrPath)
        }
        do {
            return try decode(try Data(contentsOf: URL(fileURLWithPath: nameOrPath)))
        } catch let error as RuleSetReader.Failure {
            throw RuleSetError.invalid(nameOrPath, error.message)
        }
    }

    static func decode(_ data: Data) throws -> RuleSet {
        try RuleSetReader.read(String(decoding: data, as: UTF8.self))
    }
}

public enum RuleSetError: Error, Equatable, CustomStringConvertible {
    case notFound(String)
    case invalid(String, LocalizedText)

    /// The problem in both languages.
    public var text: LocalizedText {
        switch self {
        case .notFound(let name):
            let meant = RuleSet.nearestBuiltIn(to: name).map { " — menade du \($0)?" } ?? ""
            return LocalizedText(sv: "inget regelverk heter ”\(name)” (inbyggda: \(RuleSet.builtInNames.joined(separator: ", "))), och ingen sådan fil finns\(meant)",
                                 en: description)
        case .invalid(let path, let reason):
            return LocalizedText(sv: "\(path): inget giltigt regelverk: \(reason.sv)", en: description)
        }
    }

    public var description: String {
        switch self {
        case .notFound(let name):
            let meant = RuleSet.nearestBuiltIn(to: name).map { " — did you mean \($0)?" } ?? ""
            return "no rule set named '\(name)' (built in: \(RuleSet.builtInNames.joined(separator: ", "))), and no such file\(meant)"
        case .invalid(let path, let reason):
            return "\(path): not a valid rule set: \(reason.en)"
        }
    }
}

extension Agreement {
    /// Where the agreement's deviations of a principal nature go: its `avvikelser.mottagare`, else the
    /// rule set's county-wide receiver (BUSSAM, or since HÖK 2022 the samrådsgrupp för barns och ungas hälsa).
    public func countyBody(ruleSet: RuleSet) -> String {
        deviations?.receiver?.value ?? ruleSet.deviationReceivers.first ?? "BUSSAM"
    }
}
