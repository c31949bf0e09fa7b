/// Reads a rule-set file into a `RuleSet`: the YAML tree (the fast front-matter parser, Yams for the
/// rest), then each key by hand. Codable would do the same, but its first use in a process costs more
/// than checking an agreement; every `bus-docs` run reads a rule set.
struct RuleSetReader {
    struct Failure: Error {
        var message: LocalizedText

        init(message: LocalizedText) {
            self.message = message
        }

        init(sv: String, en: String) {
            message = LocalizedText(sv: sv, en: en)
        }
    }

    private let entries: [String: YAMLNode]

    static func read(_ text: String) throws -> RuleSet {
        let root: YAMLNode
        switch YAMLTree.read(text, firstLine: 1) {
        case .success(let node?): root = node
        case .success(nil): throw Failure(sv: "filen är tom", en: "the file is empty")
        case .failure(let problem): throw Failure(message: problem.lineMessage)
        }
        let reader = try RuleSetReader(root, name: "the rule set")
        return RuleSet(
            id: try reader.string("id"),
            name: try reader.string("namn"),
            shortName: try reader.optionalString("kortnamn") ?? reader.string("namn"),
            services: try reader.map("verksamheter") { node, key in
                let names = try RuleSetReader(node, name: key)
                return ServiceName(
                    sv: try names.string("sv"), en: try names.string("en"),
                    principal: try names.optionalString("huvudman").map { try Self.value(Principal(rawValue: $0), $0, of: "huvudman") },
                    aliases: try names.optionalStrings("alias").map { StemPhrase($0, gap: 0) },
                    document: try names.optionalString("dokument"),
                    outsideStockholm: try names.optionalString("sv-kommun"),
                    englishArticle: try names.optionalString("en-artikel"))
            },
            mandatoryServices: try reader.strings("obligatoriska-verksamheter"),
            recommendedServices: try reader.strings("rekommenderade-verksamheter"),
            principals: try reader.strings("huvudmän").map { try Self.value(Principal(rawValue: $0), $0, of: "huvudmän") },
            minimumCadence: try reader.map("mötesfrekvens") { node, key in
                let cadence = try RuleSetReader(node, name: key)
                return CadenceRequirement(count: try cadence.int("minst"), period: try cadence.period("per"))
            },
            individualForumDeadlineDays: try reader.int("individforum-inom-dagar"),
            targetAgeBelow: try reader.optionalString("målgrupp-under-år").map { _ in try reader.int("målgrupp-under-år") },
            deviationReceivers: try reader.strings("avvikelsemottagare"),
            bodies: try reader.optionalList("organ") { node in
                let body = try RuleSetReader(node, name: "organ")
                return CountyBody(name: try body.string("namn"), aliases: try body.optionalStrings("alias"))
            },
            minimumFollowUp: try reader.period("uppföljning-minst"),
            outdatedTerms: try reader.list("utdaterade-termer") { node in
                let term = try RuleSetReader(node, name: "utdaterade-termer")
                return OutdatedTerm(term: try term.string("term"), replacement: try term.string("ersätt"), since: try term.string("från"))
            },
            outdatedTermCitations: try reader.optionalStrings("utdaterade-termer-citat").map { StemPhrase($0, gap: 3) },
            requiredSections: try reader.list("avsnitt") { node in
                let section = try RuleSetReader(node, name: "avsnitt")
                return SectionRequirement(
                    id: try section.string("id"), headings: try section.strings("rubriker"),
                    headingStems: try section.optionalStrings("ord").map { StemPhrase($0) },
                    contentStems: try section.optionalStrings("innehåll").map { StemPhrase($0) })
            },
            templates: try reader.strings("mallar"),
            independentSchoolTerms: try reader.strings("fristående-skolor"),
            mandateRoles: try reader.optionalStrings("mandat-roller").map { $0.folded() },
            requiredSIPInitiators: try reader.optionalStrings("sip-initierare-minst"),
            followUpOwners: try reader.optionalStrings("uppföljning-ansvarig").map { try Self.value(GroupKind(rawValue: $0), $0, of: "uppföljning-ansvarig") },
            placeholders: try reader.optionalStrings("platshållare").map { $0.lowercased() },
            placeholderWords: Set(try reader.optionalStrings("platshållarord").map { $0.folded() }),
            contradictions: try reader.contradictions())
    }

    private init(_ node: YAMLNode, name: String) throws {
        guard case .mapping(let mapping, _) = node else { throw Self.failure(node, sv: "`\(name)` ska vara en mappning (nyckel: värde)", en: "`\(name)` must be a mapping") }
        var entries: [String: YAMLNode] = [:]
        for entry in mapping {
            guard let key = entry.key.string else { continue }
            if entries[key] != nil { throw Self.failure(entry.key, sv: "nyckeln `\(key)` står två gånger", en: "the key `\(key)` appears twice") }
            entries[key] = entry.value
        }
        self.entries = entries
        self.node = node
    }

    private let node: YAMLNode

    private func value(_ key: String) throws -> YAMLNode {
        guard let value = entries[key] else { throw Self.failure(node, sv: "nyckeln `\(key)` saknas", en: "the key `\(key)` is missing") }
        return value
    }

    private func string(_ key: String) throws -> String {
        let node = try value(key)
        guard let text = node.string else { throw Self.failure(node, sv: "`\(key)` ska vara en text", en: "`\(key)` must be a text") }
        return text
    }

    private func int(_ key: String) throws -> Int {
        let node = try value(key)
        guard let number = node.string.flatMap({ Int($0) }) else { throw Self.failure(node, sv: "`\(key)` ska vara ett heltal", en: "`\(key)` must be a whole number") }
        return number
    }

    private func period(_ key: String) throws -> Period {
        let text = try string(key)
        return try Self.value(Period(rawValue: text), text, of: key)
    }

    private func optionalString(_ key: String) throws -> String? {
        entries[key] == nil ? nil : try string(key)
    }

    private func optionalStrings(_ key: String) throws -> [String] {
        entries[key] == nil ? [] : try strings(key)
    }

    private func optionalList<Item>(_ key: String, _ item: (YAMLNode) throws -> Item) throws -> [Item] {
        entries[key] == nil ? [] : try list(key, item)
    }

    /// `texten-mot-huvudet`: the phrases BUS023 looks for; none when the rule set has none.
    private func contradictions() throws -> TextContradictions {
        var result = TextContradictions()
        guard entries["texten-mot-huvudet"] != nil else { return result }
        let phrases = try RuleSetReader(try value("texten-mot-huvudet"), name: "texten-mot-huvudet")
        /// `…` between two stems: any number of words of the same sentence between them.
        func stems(_ key: String) throws -> [StemPhrase] {
            try phrases.optionalStrings(key).map { phrase in
                // Without a byte of `…` (or of any character from U+0300 on) the phrase is as it stands.
                guard phrase.utf8.contains(where: { $0 >= 0xCC }) else { return StemPhrase(phrase, gap: 2) }
                let words = phrase.split(separator: " ")
                let wide = words.contains("…")
                return StemPhrase(words.filter { $0 != "…" }.joined(separator: " "), gap: wide ? StemPhrase.anyGap : 2)
            }
        }
        result.oralConsent = try stems("muntligt-samtycke")
        result.written = try stems("skriftligt")
        result.oralYes = try stems("muntligt-ja")
        result.oralEnough = try stems("räcker-muntligt")
        result.consent = try stems("samtycke")
        result.withoutConsent = try stems("utan-samtycke")
        result.noneWords = Set(try phrases.optionalStrings("ingen").map { $0.folded() })
        result.dutiesByLaw = try stems("lagstadgat")
        result.schoolMay = try stems("skolan-kan")
        result.schoolShall = try stems("skolan-ska")
        result.schoolNeedNot = try stems("skolan-behöver-inte")
        result.schoolNoDuty = try stems("skolan-utan-ansvar")
        result.schoolDecides = try stems("skolan-avgör")
        result.schoolWills = try stems("skolan-vill")
        result.sipCalling = try stems("sip-kallelse")
        result.need = try stems("behov")
        result.sip = try stems("sip")
        result.staffRoles = try phrases.optionalStrings("roller-utan-mandat").map { $0.folded() }
        result.principalDeviations = try stems("principiella-avvikelser")
        result.followUpWords = try stems("uppföljning")
        result.meetingWords = try stems("möten")
        result.forumWords = try stems("individforum")
        result.forumMeetingWords = try stems("individforum-möte")
        result.nextMeeting = try stems("nästa-möte")
        result.noMinutes = try stems("protokoll-förs-inte")
        result.consentForATime = try stems("samtycke-för-en-tid")
        result.occasions = try stems("tillfälle")
        result.negations = Set(try phrases.optionalStrings("negationer").map { $0.folded() })
        result.insufficient = try stems("räcker-inte")
        result.oralInformation = try stems("muntlig-information")
        result.conditions = Set(try phrases.optionalStrings("villkor").map { $0.folded() })
        result.restrictions = Set(try phrases.optionalStrings("bara").map { $0.folded() })
        result.anonymised = try stems("avidentifierat")
        result.whenNeeded = try phrases.optionalStrings("vid-behov").map(QuotedPhrase.init)
        result.additions = Set(try phrases.optionalStrings("utöver").map { $0.folded() })
        return result
    }

    private func strings(_ key: String) throws -> [String] {
        try list(key) { node in
            guard let text = node.string else { throw Self.failure(node, sv: "`\(key)` ska vara en lista med texter", en: "`\(key)` must be a list of texts") }
            return text
        }
    }

    private func list<Item>(_ key: String, _ item: (YAMLNode) throws -> Item) throws -> [Item] {
        let node = try value(key)
        guard case .sequence(let items, _) = node else { throw Self.failure(node, sv: "`\(key)` ska vara en lista", en: "`\(key)` must be a list") }
        return try items.map(item)
    }

    private func map<Item>(_ key: String, _ item: (YAMLNode, String) throws -> Item) throws -> [String: Item] {
        let node = try value(key)
        guard case .mapping(let mapping, _) = node else { throw Self.failure(node, sv: "`\(key)` ska vara en mappning (nyckel: värde)", en: "`\(key)` must be a mapping") }
        var result: [String: Item] = [:]
        for entry in mapping {
            guard let name = entry.key.string else { continue }
            result[name] = try item(entry.value, name)
        }
        return result
    }

    private static func value<Value>(_ value: Value?, _ text: String, of key: String) throws -> Value {
        guard let value else { throw Failure(sv: "`\(key)`: okänt värde `\(text)`", en: "`\(key)`: unknown value `\(text)`") }
        return value
    }

    private static func failure(_ node: YAMLNode, sv: String, en: String) -> Failure {
        Failure(sv: "\(node.location.line):\(node.location.column): \(sv)", en: "\(node.location.line):\(node.location.column): \(en)")
    }
}
