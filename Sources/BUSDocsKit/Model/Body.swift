/// The Markdown body of an agreement, as a tree of sections.
public struct Body: Equatable, Sendable {
    /// Text before the first `##` heading.
    public var preamble: String = ""
    /// The level-2 sections, in file order; deeper headings are their children.
    public var sections: [Section] = []
    /// The body's Markdown source, and the file line it starts on.
    public var markdown: String = ""
    public var firstLine: Int = 1
    /// The file line where block quotes and lists first nest deeper than
    /// `CommonMarkConverter.maximumNesting`; nil when they never do.
    public var nestingOverflowLine: Int?

    public init() {}

    /// Every section at every depth, in file order.
    public var allSections: [Section] {
        sections.flatMap { [$0] + $0.allDescendants }
    }
}

/// A heading and what stands under it until the next heading of the same or a higher level.
public struct Section: Equatable, Sendable {
    public var heading: String
    public var level: Int
    /// The explicit id written as `{#id}` at the end of the heading.
    public var explicitID: String?
    public var range: SourceRange
    /// The Markdown under the heading, without the heading line.
    public var markdown: String
    public var children: [Section] = []

    public init(heading: String, level: Int, explicitID: String?, range: SourceRange, markdown: String) {
        self.heading = heading
        self.level = level
        self.explicitID = explicitID
        self.range = range
        self.markdown = markdown
    }

    var allDescendants: [Section] {
        children.flatMap { [$0] + $0.allDescendants }
    }
}
