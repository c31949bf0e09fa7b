/// What an editor asks about a position in an agreement — what is this, what may go here, where is
/// that defined — answered from the front matter's keys, the agreement's model and its rule set.
/// Positions are 1-based with columns in Unicode scalars, as in findings.
public struct EditorSupport: Sendable {
    public var lines: [Substring]
    /// The model of the text, or of the last text that could be read while the YAML is half written.
    public var agreement: Agreement?
    public var ruleSet: RuleSet
    public var diagnostics: [Diagnostic]
    public var language: Language
    public var userTemplates: [String]

    public init(source: SourceFile, agreement: Agreement?, ruleSet: RuleSet, diagnostics: [Diagnostic],
                language: Language, userTemplates: [String] = []) {
        self.lines = source.lines
        self.agreement = agreement
        self.ruleSet = ruleSet
        self.diagnostics = diagnostics
        self.language = language
        self.userTemplates = userTemplates
    }

    public struct Hover: Equatable, Sendable {
        /// Markdown.
        public var text: String
        public var range: SourceRange
    }

    public struct Completion: Equatable, Sendable {
        public enum Kind: Sendable { case key, value, reference }
        public var label: String
        public var detail: String
        public var kind: Kind
        /// What replaces the word being typed: a key is written with its colon.
        public var insertText: String
    }

    // MARK: Hover

    public func hover(at location: SourceLocation) -> Hover? {
        guard let cursor = FrontMatterCursor.at(location, in: lines), !cursor.word.isEmpty else { return nil }
        var parts: [String] = []
        var rules: [String] = []
        if let key = cursor.key {
            if cursor.slot == .key {
                parts.append("**`\(key.name)`** — \(key.meaning.text(in: language))")
                if !key.choices.isEmpty { parts.append(text(sv: "Värden", en: "Values") + ": " + key.choices.map { "`\($0)`" }.joined(separator: ", ")) }
            } else {
                parts += explain(value: cursor.word, of: key, path: cursor.path)
            }
            rules = key.rules
        }
        // The findings at the word, with the sentence of their rule.
        let here = diagnostics.filter { $0.location.line == location.line && $0.location.column <= cursor.range.end.column && $0.location.column >= cursor.range.start.column }
        for diagnostic in here where !rules.contains(diagnostic.ruleID) { rules.append(diagnostic.ruleID) }
        for id in rules {
            guard let rule = RuleCatalog.all.first(where: { $0.id == id }) else { continue }
            parts.append("**\(id)** \(rule.title.text(in: language)): \(rule.sentence.text(in: language))")
        }
        guard !parts.isEmpty else { return nil }
        return Hover(text: parts.joined(separator: "\n\n"), range: cursor.range)
    }

    private func explain(value word: String, of key: FrontMatterKey, path: [String]) -> [String] {
        var parts = ["`\(key.name)`: \(key.meaning.text(in: language))"]
        // An id where it is defined says what it names.
        if key.name == "id", path.first == "parter", let party = agreement?.party(withID: word) {
            return [describe(party)] + parts
        }
        if key.name == "id", path.first == "grupper", let group = agreement?.group(named: word) {
            return [describe(group)] + parts
        }
        switch key.value {
        case .reference(.party, _):
            parts.insert(agreement?.party(withID: word).map(describe) ?? unknown(word), at: 0)
        case .reference(.principalOrParty, _):
            if let principal = Principal(folding: word) {
                parts.insert("**\(principal.rawValue)** — " + text(sv: "huvudman", en: "principal"), at: 0)
            } else {
                parts.insert(agreement?.party(withID: word).map(describe) ?? unknown(word), at: 0)
            }
        case .reference(.group, _), .reference(.groupOrBody, _), .reference(.body, _):
            if let group = agreement?.group(named: word) {
                parts.insert(describe(group), at: 0)
            } else if let body = ruleSet.body(named: word) {
                parts.insert("**\(body.name)** — " + text(sv: "länsgemensamt organ", en: "county-wide body")
                             + (body.aliases.isEmpty ? "" : " (" + body.aliases.joined(separator: ", ") + ")"), at: 0)
            }
        case .reference(.service, _):
            parts.insert(describe(service: word), at: 0)
        case .choice(let values):
            parts.append(text(sv: "Värden", en: "Values") + ": " + values.map { $0 == word ? "**`\($0)`**" : "`\($0)`" }.joined(separator: ", "))
        default:
            break
        }
        return parts
    }

    private func describe(_ party: Party) -> String {
        var line = "**\(party.name?.value ?? party.id.value)** (`\(party.id.value)`)"
        if let principal = party.principal?.value { line += " — " + text(sv: "huvudman", en: "principal") + " \(principal.rawValue)" }
        let services = party.services.map { ruleSet.serviceName($0.value, in: language) }
        if !services.isEmpty { line += "; " + services.joined(separator: ", ") }
        return line
    }

    private func describe(_ group: Group) -> String {
        var line = "**\(group.name?.value ?? group.id.value)** (`\(group.id.value)`)"
        if let kind = group.kind?.value { line += " — \(kind.rawValue)" }
        switch group.meetings?.value {
        case .atLeast(let count, let period)?:
            line += "; " + text(sv: "minst \(count) möten per \(period.rawValue)", en: "at least \(count) meetings per \(period.rawValue)")
        case .whenNeeded(let days)?:
            line += "; " + text(sv: "möts vid behov", en: "meets when needed") + (days.map { text(sv: " inom \($0.value) dagar", en: " within \($0.value) days") } ?? "")
        case nil:
            break
        }
        return line
    }

    private func describe(service id: String) -> String {
        guard let name = ruleSet.services[id] else {
            return text(sv: "`\(id)` är ingen verksamhet i regelverket \(ruleSet.name)", en: "`\(id)` is no service of the rule set \(ruleSet.name)")
        }
        var line = "**\(language == .swedish ? name.sv : name.en)** (`\(id)`)"
        if let principal = name.principal { line += " — " + text(sv: "huvudman", en: "principal") + " \(principal.rawValue)" }
        if ruleSet.mandatoryServices.contains(id) { line += "; " + text(sv: "obligatorisk i \(ruleSet.name)", en: "mandatory in \(ruleSet.name)") }
        return line
    }

    private func unknown(_ id: String) -> String {
        text(sv: "Ingen part har id `\(id)`", en: "No party has the id `\(id)`")
    }

    private func text(sv: String, en: String) -> String {
        LocalizedText(sv: sv, en: en).text(in: language)
    }

    // MARK: Completion

    /// What may be written at a position, and the stretch the chosen one replaces.
    public func completions(at location: SourceLocation) -> (items: [Completion], range: SourceRange)? {
        guard let cursor = FrontMatterCursor.at(location, in: lines) else { return nil }
        let replaced = SourceRange(start: cursor.range.start, end: location)
        var items: [Completion] = []
        switch cursor.slot {
        case .key:
            items = FrontMatterKeys.children(of: cursor.path).map { key in
                Completion(label: key.name, detail: key.meaning.text(in: language), kind: .key, insertText: key.name + ": ")
            }
        case .value:
            guard let key = FrontMatterKeys.key(at: cursor.path) else { return nil }
            items = values(for: key)
        }
        let prefix = cursor.prefix.lowercased()
        return (items.filter { prefix.isEmpty || $0.label.lowercased().hasPrefix(prefix) || $0.label.folded().hasPrefix(prefix.folded()) }, replaced)
    }

    private func values(for key: FrontMatterKey) -> [Completion] {
        let groups = (agreement?.groups ?? []).map { group in
            Completion(label: group.id.value, detail: group.name?.value ?? group.kind?.value.rawValue ?? "", kind: .reference, insertText: group.id.value)
        }
        let bodies = ruleSet.bodies.map { Completion(label: $0.name, detail: text(sv: "länsgemensamt organ", en: "county-wide body"), kind: .value, insertText: $0.name) }
        let parties = (agreement?.parties ?? []).map { party in
            Completion(label: party.id.value, detail: party.name?.value ?? "", kind: .reference, insertText: party.id.value)
        }
        switch key.value {
        case .choice(let values):
            return values.map { Completion(label: $0, detail: key.meaning.text(in: language), kind: .value, insertText: $0) }
        case .flag:
            return key.choices.map { Completion(label: $0, detail: key.meaning.text(in: language), kind: .value, insertText: $0) }
        case .reference(.party, _):
            return parties
        case .reference(.principalOrParty, _):
            return [Principal.municipality, .region].map { Completion(label: $0.rawValue, detail: text(sv: "huvudman", en: "principal"), kind: .value, insertText: $0.rawValue) } + parties
        case .reference(.group, _):
            return groups
        case .reference(.groupOrBody, _):
            return groups + bodies
        case .reference(.body, _):
            return bodies
        case .reference(.service, _):
            return ruleSet.services.keys.sorted().map { id in
                Completion(label: id, detail: ruleSet.serviceName(id, in: language), kind: .value, insertText: id)
            }
        case .reference(.template, _):
            return ruleSet.templates.map { Completion(label: $0, detail: text(sv: "inbyggd mall", en: "built-in template"), kind: .value, insertText: $0) }
        case .reference(.form, _):
            let templates = (ruleSet.templates + userTemplates).map { Completion(label: $0, detail: text(sv: "mall", en: "template"), kind: .value, insertText: $0) }
            let attachments = (agreement?.attachments ?? []).compactMap { attachment in
                attachment.id.map { Completion(label: $0.value, detail: attachment.title?.value ?? "", kind: .reference, insertText: $0.value) }
            }
            return templates + attachments
        case .reference(.ruleSet, _):
            return RuleSet.builtInNames.map { Completion(label: $0, detail: text(sv: "regelverk", en: "rule set"), kind: .value, insertText: $0) }
        case .text, .number, .date, .list, .mapping, .items:
            return []
        }
    }

    // MARK: Definition

    /// Where the party or group a reference names is defined: its `id`.
    public func definition(at location: SourceLocation) -> SourceRange? {
        guard let cursor = FrontMatterCursor.at(location, in: lines), cursor.slot == .value,
              let key = FrontMatterKeys.key(at: cursor.path), let agreement, !cursor.word.isEmpty else { return nil }
        switch key.value {
        case .reference(.party, _), .reference(.principalOrParty, _):
            return agreement.party(withID: cursor.word)?.id.range
        case .reference(.group, _), .reference(.groupOrBody, _):
            return agreement.group(named: cursor.word)?.id.range
        case .reference(.form, _):
            return agreement.attachments.first { $0.id?.value == cursor.word }?.id?.range
        default:
            return nil
        }
    }
}
