import Foundation
import Yams

/// Reads Yams nodes into model values, collecting BUS019/BUS020 findings instead of throwing.
///
/// Every value it returns carries the range of the node it came from, shifted from the YAML text's
/// lines to the file's.
struct NodeReader {
    /// The file line the YAML text starts on, minus one.
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(lineOffset: Int) {
        self.lineOffset = lineOffset
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return .fileStart }
        return SourceLocation(line: mark.line + lineOffset, column: mark.column)
    }

    func range(_ node: Node) -> SourceRange {
        let start = location(node)
        if case let .scalar(scalar) = node, !scalar.string.contains("\n") {
            return SourceRange(start: start, end: SourceLocation(line: start.line, column: start.column + scalar.string.unicodeScalars.count))
        }
        return SourceRange(start)
    }

    // MARK: Mappings

    /// The entries of a mapping, by key; reports a non-mapping, duplicate keys and unknown keys.
    /// Findings about keys missing from it point at the mapping, or at `missingKeysAt`.
    mutating func mapping(_ node: Node, named name: String, known: [String], missingKeysAt: SourceLocation? = nil) -> Entries? {
        guard case let .mapping(mapping) = node else {
            report(StructureRule.wrongType(name, expected: .mapping, at: location(node)))
            return nil
        }
        var entries = Entries(node: node, missingKeysAt: missingKeysAt ?? location(node))
        for (key, value) in mapping {
            guard let keyText = key.string else { continue }
            if entries.values[keyText] != nil {
                report(StructureRule.duplicateKey(keyText, at: location(key)))
                continue
            }
            if !known.contains(keyText) {
                report(UnknownKeyRule.unknownKey(keyText, in: name, suggestion: Suggestion.nearest(to: keyText, in: known), at: location(key)))
                continue
            }
            entries.values[keyText] = value
            entries.keys[keyText] = key
        }
        return entries
    }

    /// The entries of a mapping under `key`, with the same checks.
    mutating func mapping(_ entries: Entries, _ key: String, known: [String]) -> Entries? {
        guard let node = entries[key] else { return nil }
        return mapping(node, named: key, known: known)
    }

    // MARK: Scalars

    mutating func string(_ entries: Entries, _ key: String, required: Bool = false, nonEmpty: Bool = true) -> Located<String>? {
        guard let node = entries[key] else {
            if required { report(StructureRule.missingKey(key, at: entries.missingKeysAt)) }
            return nil
        }
        return string(node, named: key, nonEmpty: nonEmpty)
    }

    mutating func string(_ node: Node, named name: String, nonEmpty: Bool = true) -> Located<String>? {
        guard case let .scalar(scalar) = node else {
            report(StructureRule.wrongType(name, expected: .text, at: location(node)))
            return nil
        }
        let text = scalar.string.trimmingWhitespace()
        if nonEmpty && (text.isEmpty || (scalar.style == .plain && text == "~") || (scalar.style == .plain && text == "null")) {
            report(StructureRule.empty(name, at: location(node)))
            return nil
        }
        return Located(text, at: range(node))
    }

    mutating func int(_ entries: Entries, _ key: String, required: Bool = false) -> Located<Int>? {
        guard let text = string(entries, key, required: required) else { return nil }
        guard let value = Int(text.value), value >= 0 else {
            report(StructureRule.wrongType(key, expected: .number, at: text.location))
            return nil
        }
        return Located(value, at: text.range)
    }

    mutating func date(_ entries: Entries, _ key: String, required: Bool = false) -> Located<DateText>? {
        string(entries, key, required: required).map { Located(DateText($0.value), at: $0.range) }
    }

    mutating func choice<Value: RawRepresentable & CaseIterable & Sendable>(
        _ entries: Entries, _ key: String, as type: Value.Type, required: Bool = false
    ) -> Located<Value>? where Value.RawValue == String {
        guard let text = string(entries, key, required: required) else { return nil }
        return choice(text, named: key, as: type)
    }

    mutating func choice<Value: RawRepresentable & CaseIterable & Sendable>(
        _ text: Located<String>, named name: String, as type: Value.Type
    ) -> Located<Value>? where Value.RawValue == String {
        if let value = Value(rawValue: text.value) { return Located(value, at: text.range) }
        let allowed = Value.allCases.map(\.rawValue)
        report(StructureRule.unknownValue(text.value, for: name, allowed: allowed, at: text.location))
        return nil
    }

    /// `true`/`ja` or `false`/`nej`.
    mutating func bool(_ entries: Entries, _ key: String) -> Located<Bool>? {
        guard let text = string(entries, key) else { return nil }
        switch text.value.lowercased() {
        case "true", "ja", "yes": return Located(true, at: text.range)
        case "false", "nej", "no": return Located(false, at: text.range)
        default:
            report(StructureRule.unknownValue(text.value, for: key, allowed: ["true", "false"], at: text.location))
            return nil
        }
    }

    // MARK: Sequences

    /// The items of a sequence; a lone scalar where a list belongs is reported.
    mutating func list(_ entries: Entries, _ key: String, required: Bool = false) -> [Node]? {
        guard let node = entries[key] else {
            if required { report(StructureRule.missingKey(key, at: entries.missingKeysAt)) }
            return nil
        }
        guard case let .sequence(sequence) = node else {
            report(StructureRule.wrongType(key, expected: .list, at: location(node)))
            return nil
        }
        return Array(sequence)
    }

    mutating func strings(_ entries: Entries, _ key: String, required: Bool = false) -> [Located<String>] {
        (list(entries, key, required: required) ?? []).compactMap { string($0, named: key) }
    }
}

/// The known entries of one YAML mapping, with the mapping's own node for positions.
struct Entries {
    let node: Node
    /// Where a finding about a key missing from this mapping points.
    let missingKeysAt: SourceLocation
    var values: [String: Node] = [:]
    var keys: [String: Node] = [:]

    subscript(key: String) -> Node? { values[key] }
}

extension String {
    /// Without white space at either end (a native loop; Foundation's trimming bridges to NSString).
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        if first == startIndex && last == index(before: endIndex) { return self }
        return String(self[first...last])
    }
}
