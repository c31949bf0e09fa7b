/// The edit that mends a finding: the text `original` at `range` becomes `replacement`.
///
/// A "did you mean …?" finding carries one, and its hint is made from it, so the sentence a person
/// reads in `check` and the edit an editor offers (`bus-docs lsp`'s code action) are one and the same.
public struct Fix: Hashable, Sendable {
    public var range: SourceRange
    /// What the range holds as the file was read; an editor that finds other text there offers no edit.
    public var original: String
    public var replacement: String

    public init(range: SourceRange, original: String, replacement: String) {
        self.range = range
        self.original = original
        self.replacement = replacement
    }

    /// `original` where it starts, on one line: the end is as many scalars further.
    public init(_ original: String, at start: SourceLocation, replacement: String) {
        let end = SourceLocation(line: start.line, column: start.column + original.unicodeScalars.count)
        self.init(range: SourceRange(start: start, end: end), original: original, replacement: replacement)
    }

    /// A located value replaced by another.
    public init(_ value: Located<String>, replacement: String) {
        self.init(value.value, at: value.location, replacement: replacement)
    }

    /// "Did you mean `replacement`?"
    public var hint: LocalizedText {
        LocalizedText(sv: "Menade du `\(replacement)`?", en: "Did you mean `\(replacement)`?")
    }

    /// The hint with more said after it.
    public func hint(then more: LocalizedText) -> LocalizedText {
        LocalizedText(sv: hint.sv + " " + more.sv, en: hint.en + " " + more.en)
    }
}
