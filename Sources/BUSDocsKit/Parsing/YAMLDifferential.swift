import Yams

/// The fast parser and libyaml's reading against each other on the same bytes (and libyaml's reading
/// against Yams' own composer): for the differential fuzz target and the tests. Wherever the fast
/// parser gives a tree, libyaml's reading must give the same tree; nil when they agree.
public enum YAMLDifferential {
    public static func disagreement(in bytes: [UInt8]) -> String? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        // A whole agreement is compared on its front matter, as the pipeline reads it.
        var yaml = text, firstLine = 1
        if case .success(let source) = SourceDecoder.decode(bytes, path: "fuzz.md"), case .success(let split) = FrontMatterSplitter.split(source) {
            yaml = split.yaml
            firstLine = 2
        }
        let reading = YAMLReader.read(yaml, firstLine: firstLine)
        if let fast = FrontMatterYAML.parse(yaml, firstLine: firstLine), reading != .success(fast) {
            return "the fast parser and libyaml disagree on:\n\(yaml)\nfast: \(fast)\nlibyaml: \(reading)"
        }
        return yamsDisagreement(yaml, firstLine: firstLine, reading: reading)
    }

    /// Yams composes without a budget, so it only sees what libyaml's reading accepted.
    private static func yamsDisagreement(_ yaml: String, firstLine: Int, reading: Result<YAMLNode?, YAMLProblem>) -> String? {
        // Yams numbers lines the way libyaml does, also at CR, U+0085, U+2028 and U+2029, and drops a
        // U+FEFF inside a value that libyaml keeps.
        guard case .success(let tree?) = reading,
              !yaml.unicodeScalars.contains(where: { ["\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}"].contains($0) }) else { return nil }
        do {
            guard let node = try Yams.compose(yaml: yaml) else { return "Yams found no document in:\n\(yaml)" }
            let yams = YAMLNode(node, lineOffset: firstLine - 1)
            return yams.comparable == tree.comparable ? nil : "libyaml's reading and Yams disagree on:\n\(yaml)\nreading: \(tree)\nYams: \(yams)"
        } catch {
            // Yams refuses duplicate keys outright; the decoder reports them as BUS019 instead.
            return tree.hasDuplicateKeys ? nil : "Yams refuses what libyaml's reading accepts:\n\(yaml)\n\(error)"
        }
    }
}

extension YAMLNode {
    /// The tree with empty plain scalars placed nowhere: at the end of the stream libyaml moves its line
    /// and column (which Yams reports) to a line that is not there; `YAMLReader` places them at the end.
    var comparable: YAMLNode {
        switch self {
        case .scalar("", quoted: false, _): return .scalar("", quoted: false, SourceLocation(line: 0, column: 0))
        case .scalar: return self
        case .sequence(let items, let location): return .sequence(items.map(\.comparable), location)
        case .mapping(let entries, let location):
            return .mapping(entries.map { YAMLEntry(key: $0.key.comparable, value: $0.value.comparable) }, location)
        }
    }

    var hasDuplicateKeys: Bool {
        switch self {
        case .scalar: return false
        case .sequence(let items, _): return items.contains(where: \.hasDuplicateKeys)
        case .mapping(let entries, _):
            // Keys compare by content, collections too (`? [a]`), as Yams compares them.
            let keys = entries.map(\.key.content)
            return Set(keys).count != keys.count || entries.contains { $0.key.hasDuplicateKeys || $0.value.hasDuplicateKeys }
        }
    }

    /// The tree as text without positions.
    var content: String {
        switch self {
        case .scalar(let text, _, _): return text.debugDescription
        case .sequence(let items, _): return "[" + items.map(\.content).joined(separator: ",") + "]"
        case .mapping(let entries, _): return "{" + entries.map { $0.key.content + ":" + $0.value.content }.joined(separator: ",") + "}"
        }
    }
}
