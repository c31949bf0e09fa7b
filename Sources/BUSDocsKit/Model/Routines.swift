/// `avvikelser`: how shortcomings in collaboration are reported and escalated.
public struct DeviationRoutine: Equatable, Sendable {
    public var firstStep: Located<String>?
    public var escalation: [Located<String>] = []
    public var receiver: Located<String>?
    public var form: Located<String>?
    public var range: SourceRange

    public init(range: SourceRange) { self.range = range }
}

/// `sip`: who may call a coordinated individual plan, and the school's duty.
public struct SIPRoutine: Equatable, Sendable {
    public var initiators: [Located<String>] = []
    public var school: Located<SchoolSIPDuty>?
    public var range: SourceRange

    public init(range: SourceRange) { self.range = range }
}

/// `uppföljning`: the annual follow-up.
public struct FollowUp: Equatable, Sendable {
    public var period: Located<Interval>?
    public var owner: Located<String>?
    public var indicators: [Located<String>] = []
    public var range: SourceRange

    public init(range: SourceRange) { self.range = range }
}
