/// A local BUS agreement as read from one file: front matter and body, every value with its source range.
///
/// Parsing fills in what the file says and leaves out what it does not; a missing value is `nil` or
/// empty, and rules decide whether that is a problem.
public struct Agreement: Equatable, Sendable {
    public var formatVersion: Located<Int>?
    public var kind: Located<AgreementKind>?
    /// `status`: a draft, out for consultation, decided or revoked; nil when the file does not say.
    public var status: Located<AgreementStatus>?
    public var title: Located<String>?
    public var area: Located<String>? {
        didSet { groupNames = GroupNames(groups: groups, area: area?.value) }
    }
    public var municipality: Located<String>?
    public var cityDistricts: [Located<String>] = []
    public var ruleSet: Located<String>?
    public var validity: Validity?
    public var revisions: [Revision] = []
    public var parties: [Party] = []
    /// Parties written without an `id` (BUS019 says so), with an empty id: no reference can name them,
    /// but they are there — what they provide is not missing, and references meant for them are
    /// reported once, as the `id` they lack (BUS014).
    public var partiesWithoutID: [Party] = []
    /// Where `parter:` stands, for findings about the parties as a whole.
    public var partiesRange: SourceRange?
    public var groups: [Group] = [] {
        didSet { groupNames = GroupNames(groups: groups, area: area?.value) }
    }
    /// What `group(named:)` compares references with, kept with the groups and the area it comes from.
    private(set) var groupNames = GroupNames()
    public var groupsRange: SourceRange?
    /// True when `grupper` is written as an empty list (`grupper: []`): no group, said in so many words —
    /// not a value BUS019 could not read — so the missing tiers are reported (BUS003, BUS006).
    public var groupsWrittenEmpty = false
    /// `grupper` written, but no group could be read from it (BUS019 says why): a reference to a group
    /// is not also reported as naming none.
    public var groupsUnreadable: Bool { groups.isEmpty && groupsRange != nil && !groupsWrittenEmpty }
    public var deviations: DeviationRoutine?
    public var consent: Located<Consent>?
    public var sip: SIPRoutine?
    public var followUp: FollowUp?
    public var signatories: [Signatory] = []
    public var signatoriesRange: SourceRange?
    public var attachments: [Attachment] = []
    public var body: Body = Body()
    /// Every key the front matter writes, with the mapping it stands in: a rule that finds a value
    /// missing says which key it means, and the validator drops that finding when the key is written
    /// (its value could not be read, and BUS019 has said why): one problem, one finding.
    public var writtenKeys: Set<KeyReference> = []
    /// The lines each top-level key of the front matter spans, from its own line to the next key's.
    public var keyLines: [String: ClosedRange<Int>] = [:]
    /// The front matter as a whole (from the opening `---` to the closing one).
    public var frontMatterRange: SourceRange = .fileStart

    public init() {}

    public func party(withID id: String) -> Party? {
        parties.first { $0.id.value == id }
    }

    /// The principal of the party a reference names, when the party exists and says.
    public func principal(ofParty reference: Located<String>?) -> Principal? {
        reference.flatMap { party(withID: $0.value)?.principal?.value }
    }

    /// Whether some party provides the service (`verksamheter`).
    public func provides(_ service: String) -> Bool {
        parties.contains { $0.provides(service) }
    }

    public func groups(ofKind kind: GroupKind) -> [Group] {
        groups.filter { $0.kind?.value == kind }
    }
}

/// A key in a mapping of the front matter: the mapping's position and the key's name.
public struct KeyReference: Hashable, Sendable {
    public var mapping: SourceLocation
    public var key: String

    public init(_ key: String, in mapping: SourceLocation) {
        self.key = key
        self.mapping = mapping
    }

    /// A key of the front matter itself.
    public static func topLevel(_ key: String) -> KeyReference {
        KeyReference(key, in: .fileStart)
    }
}

/// `giltighet`: when the agreement starts and ends.
public struct Validity: Equatable, Sendable {
    public var from: Located<DateText>?
    public var until: Located<ValidityEnd>?
    public var range: SourceRange

    public init(from: Located<DateText>? = nil, until: Located<ValidityEnd>? = nil, range: SourceRange) {
        self.from = from
        self.until = until
        self.range = range
    }
}

/// `giltighet.till`: a date, or until terminated or renegotiated.
public enum ValidityEnd: Equatable, Sendable {
    case untilFurtherNotice
    case date(DateText)

    /// "tillsvidare" and "tills vidare", in any case, are until further notice; anything else a date.
    public init(_ text: String) {
        let words = Words.folded(text)
        self = words == ["tillsvidare"] || words == ["tills", "vidare"] ? .untilFurtherNotice : .date(DateText(text))
    }

    /// The last day it is valid, when that is a real date.
    public var endDate: LocalDate? {
        if case .date(let text) = self { return text.date }
        return nil
    }
}

/// One entry of `revisioner`.
public struct Revision: Equatable, Sendable {
    public var date: Located<DateText>?
    public var description: Located<String>?
    public var range: SourceRange
}
