import Yams

/// The front matter's YAML as a plain tree with file positions: what the decoder reads. Made by
/// `FrontMatterYAML` for the common forms agreements use, and from Yams for everything else.
/// Not `indirect`: a collection holds its children in an array already, so no node needs a box of its own
/// (every scalar of every front matter would be one more allocation).
enum YAMLNode: Equatable {
    /// A scalar's text as written (without quotes), whether it was quoted, and where it starts.
    case scalar(String, quoted: Bool, SourceLocation)
    case mapping([YAMLEntry], SourceLocation)
    case sequence([YAMLNode], SourceLocation)

    var location: SourceLocation {
        switch self {
        case .scalar(_, _, let location), .mapping(_, let location), .sequence(_, let location): return location
        }
    }

    /// The text of a scalar.
    var string: String? {
        if case .scalar(let text, _, _) = self { return text }
        return nil
    }

    /// A Yams tree, its marks moved down by `lineOffset` lines.
    init(_ node: Node, lineOffset: Int) {
        let location = node.mark.map { SourceLocation(line: $0.line + lineOffset, column: $0.column) } ?? .fileStart
        switch node {
        case .scalar(let scalar):
            self = .scalar(scalar.string, quoted: scalar.style != .plain && scalar.style != .any, location)
        case .mapping(let mapping):
            self = .mapping(mapping.map { YAMLEntry(key: YAMLNode($0.key, lineOffset: lineOffset), value: YAMLNode($0.value, lineOffset: lineOffset)) }, location)
        case .sequence(let sequence):
            self = .sequence(sequence.map { YAMLNode($0, lineOffset: lineOffset) }, location)
        case .alias:
            self = .scalar("", quoted: false, location)
        }
    }
}

struct YAMLEntry: Equatable {
    var key: YAMLNode
    var value: YAMLNode
}
