/// How serious a finding is. Errors fail `check`; warnings fail it only with `--strict`.
public enum Severity: String, Hashable, Sendable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// One finding about one agreement: which rule, where, what is wrong and how to fix it.
public struct Diagnostic: Hashable, Sendable {
    public var severity: Severity
    public var ruleID: String
    public var message: LocalizedText
    public var location: SourceLocation
    public var hint: LocalizedText?
    /// For a finding that a value is missing: the key it means. When that key is written after all, its
    /// value could not be read and the structure finding has said so; the validator drops this one.
    public var missingKey: KeyReference?
    /// For a "did you mean" finding: the replacement it proposes, which its hint was made from.
    public var fix: Fix?
    /// For a key the format does not know here that is a known key misspelt (`samtyke`) or misplaced
    /// (`samtycke` indented under `avvikelser`): the key it stands for. The finding that that key is
    /// missing says the same thing from the wrong place; the validator drops it, and this finding takes
    /// its severity.
    public var meantKey: KeyReference?
    /// For a value the format does not know (`samtycke: skrftligt`): the key and the value as written, so
    /// that a comparison can say the value was changed to something unreadable rather than removed.
    public var unknownValue: UnknownValue?
    /// Other places the finding is about, each with what it is (`first used here`); the message itself
    /// never writes a line number.
    public var notes: [Note]

    public init(
        severity: Severity, ruleID: String, message: LocalizedText,
        location: SourceLocation, hint: LocalizedText? = nil, missingKey: KeyReference? = nil, fix: Fix? = nil,
        meantKey: KeyReference? = nil, notes: [Note] = []
    ) {
        self.severity = severity
        self.ruleID = ruleID
        self.message = message
        self.location = location
        self.hint = hint
        self.missingKey = missingKey
        self.fix = fix
        self.meantKey = meantKey
        self.notes = notes
    }
}

/// A value written under a key that does not allow it, as written.
public struct UnknownValue: Hashable, Sendable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// A second place a finding points to, with its own message: the first use of a duplicated id.
public struct Note: Hashable, Sendable {
    public var message: LocalizedText
    public var location: SourceLocation

    public init(message: LocalizedText, location: SourceLocation) {
        self.message = message
        self.location = location
    }
}

extension Diagnostic {
    /// Findings in file order, then by rule id, so output is the same bytes for the same input.
    public static func fileOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.message.en < rhs.message.en
    }
}

/// A finding that stops a stage (a file that is not text, front matter that never closes) travels as
/// the failure of a `Result`.
extension Diagnostic: Error {}
