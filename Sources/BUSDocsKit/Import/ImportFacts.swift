/// Where in the imported document a value was found: the words, and the paragraph's number counted from
/// the document's start (headings, paragraphs, list items and tables each count as one).
public struct Citation: Equatable, Sendable {
    public var quote: String
    public var paragraph: Int

    /// `"Gruppen träffas fyra gånger per år" (stycke 23)`: at most 90 characters of the sentence.
    /// The draft is a Swedish document: its comments cite in Swedish.
    public var text: String { text(in: .swedish) }

    /// `"…" (stycke 23)` in Swedish, `"…" (paragraph 23)` in English: the report is a message, in the run's language.
    public func text(in language: Language) -> String {
        let short = quote.count > 90 ? String(quote.prefix(87)).trimmingWhitespace() + "…" : quote
        return "\"\(short.replacingOccurrences(of: "\"", with: "'"))\" (\(language == .swedish ? "stycke" : "paragraph") \(paragraph))"
    }
}

/// A value found in the document, with where.
public struct Found<Value: Sendable>: Sendable {
    public var value: Value
    public var citation: Citation
}

/// Everything `import` recognised in a document: nothing here is invented, every value has its citation.
public struct ImportFacts: Sendable {
    public struct PartyFact: Sendable {
        public var id: String
        /// The name as the document writes it, or nil when it only names the service.
        public var name: Found<String>?
        public var principal: Principal
        public var services: [String]
        public var citation: Citation
    }

    public struct GroupFact: Sendable {
        public var id: String
        public var kind: GroupKind
        public var name: Found<String>
        public var cadence: Found<(times: Int, interval: Interval)>?
        public var deadlineDays: Found<Int>?
        public var convener: Found<Convener>?
        public var chair: Found<Chair>?
        public var members: [Found<(party: String, role: String)>] = []
        /// A member's substitute as a members' table names it ("Ersättare"), by the member's party.
        public var substitutes: [String: String] = [:]
        /// The text says the individforum keeps minutes ("protokoll förs"): the built-in template.
        public var minutes: Citation?
    }

    /// Who convenes a group: a party (with the role the text names), or unclear — the text says someone
    /// convenes but not one party (it rotates, names two, or only a principal or a role).
    public enum Convener: Sendable {
        case party(String, role: String?)
        case unclear(role: String?)
    }

    public enum Chair: Sendable {
        case rotating(period: Period?)
        case party(String)
    }

    public var title: Found<String>?
    public var area: Found<String>?
    public var municipality: Found<String>?
    public var ruleSet: Found<String>?
    public var validFrom: Found<String>?
    public var validUntil: Found<String>?
    public var revisions: [Found<String>] = []
    /// The date the document was signed: "Botkyrka den 1 mars 2025" above the signatures.
    public var signed: Found<String>?
    public var parties: [PartyFact] = []
    /// Where the text invites others when needed ("Vid behov bjuds även in …", "Adjungerade: …"): no parties.
    public var invited: [Citation] = []
    public var groups: [GroupFact] = []
    public var consent: Found<Consent>?
    public var schoolSIP: Found<SchoolSIPDuty>?
    public var sipInitiators: Found<[String]>?
    public var firstStep: Found<String>?
    public var escalation: Found<[String]>?
    public var receiver: Found<String>?
    /// The routine names a form ("på avvikelseblanketten"): the built-in one is named.
    public var form: Citation?
    public var followUp: Found<Interval>?
    public var followUpOwner: Found<String>?
    public var signatories: [Found<(party: String, role: String)>] = []
    /// Parties the signature block has a place to sign for ("För Ekerö kommun") without naming the role.
    public var unnamedRoles: [Found<String>] = []
    /// Roles in the signature block that no party or principal could be found for.
    public var unplacedSignatories: [Found<String>] = []
}
