/// A local BUS agreement as read from one file: front matter and body, every value with its source range.
///
/// Parsing fills in what the file says and leaves out what it does not; a missing value is `nil` or
/// empty, and rules decide whether that is a problem.
public struct Agreement: Equatable, Sendable {
    public var formatVersion: Located<Int>?
    public var kind: Located<AgreementKind>?
    public var title: Located<String>?
    public var area: Located<String>?
    public var municipality: Located<String>?
    public var cityDistricts: [Located<String>] = []
    public var ruleSet: Located<String>?
    public var validity: Validity?
    public var revisions: [Revision] = []
    public var parties: [Party] = []
    /// Where `parter:` stands, for findings about the parties as a whole.
    public var partiesRange: SourceRange?
    public var groups: [Group] = []
    public var groupsRange: SourceRange?
    public var deviations: DeviationRoutine?
    public var consent: Located<Consent>?
    public var sip: SIPRoutine?
    public var followUp: FollowUp?
    public var signatories: [Signatory] = []
    public var signatoriesRange: SourceRange?
    public var attachments: [Attachment] = []
    public var body: Body = Body()
    /// Keys (as paths: `samtycke`, `uppföljning.per`) written with a value that could not be read; the
    /// structure finding (BUS019) names the problem, and rules do not report them as missing too.
    public var unreadable: Set<String> = []
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
}

/// One entry of `revisioner`.
public struct Revision: Equatable, Sendable {
    public var date: Located<DateText>?
    public var description: Located<String>?
    public var range: SourceRange
}
