import Foundation

/// Reads front-matter nodes into model values, collecting BUS019/BUS020 findings instead of throwing.
///
/// Every value it returns carries the range of the node it came from in the file.
struct NodeReader {
    private(set) var diagnostics: [Diagnostic] = []
    /// Every known key met, with the mapping it stands in (see `Agreement.writtenKeys`).
    var writtenKeys: Set<KeyReference> { Set(writtenKeyList) }
    /// The same in the order met: made into a set once, in one table of the right size, rather than
    /// grown key by key.
    private var writtenKeyList: [KeyReference] = []

    /// The name the front matter itself goes by as a mapping; messages call it the YAML front matter.
    static let frontMatterName = "front matter"

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func location(_ node: YAMLNode) -> SourceLocation {
        node.location
    }

    func range(_ node: YAMLNode) -> SourceRange {
        let start = node.location
        if case let .scalar(text, _, _) = node, !text.utf8.contains(10) {
            return SourceRange(start: start, end: SourceLocation(line: start.line, column: start.column + text.unicodeScalars.count))
        }
        return SourceRange(start)
    }

    // MARK: Mappings

    /// The entries of a mapping, by key; reports a non-mapping, duplicate keys and unknown keys.
    /// Findings about keys missing from it point at the mapping, or at `missingKeysAt`.
    mutating func mapping(_ node: YAMLNode, named name: String, known: [String], missingKeysAt: SourceLocation? = nil) -> Entries? {
        guard case let .mapping(mapping, _) = node else {
            report(StructureRule.wrongType(name, expected: .mapping, at: location(node)))
            return nil
        }
        var entries = Entries(node: node, missingKeysAt: missingKeysAt ?? location(node))
        entries.written.reserveCapacity(mapping.count)
        // `{ part: bup, roll: … }` starts at its brace; a block mapping at its first key.
        let inBraces = mapping.first.map { $0.key.location != location(node) } ?? false
        for (index, entry) in mapping.enumerated() {
            let key = entry.key, value = entry.value
            guard let keyText = key.string else { continue }
            if entries[keyText] != nil {
                report(StructureRule.duplicateKey(keyText, at: location(key)))
                continue
            }
            if !known.contains(keyText) {
                let splitValue = keyText.contains(" ") && (value.string.map { $0.isEmpty } ?? false)
                let topLevel = AgreementDecoder.topLevelKeys.contains(keyText)
                // A typo is of a key not written already: `samtyke` beside `samtycke` is an extra key, not a misspelling.
                let written = Set(mapping.compactMap(\.key.string))
                let unwritten = known.filter { !written.contains($0) }
                // In `{ … }` beside other keys, the key is one item of the line, not the line.
                let besideOthers = inBraces && mapping.contains { $0.key.location.line == key.location.line && $0.key.location != key.location }
                let before = index > 0 && inBraces ? mapping[index - 1] : nil
                let valueBefore = before.flatMap { before -> (key: String, value: String)? in
                    guard let beforeKey = before.key.string, known.contains(beforeKey), case let .scalar(text, false, _) = before.value,
                          before.value.location.line == key.location.line, !text.isEmpty else { return nil }
                    return (beforeKey, text)
                }
                let empty = value.string.map { $0.isEmpty } ?? false
                report(UnknownKeyRule.unknownKey(keyText, in: name, mapping: entries.missingKeysAt, suggestion: Suggestion.nearest(to: keyText, in: unwritten),
                                                 topLevel: topLevel, splitValue: splitValue || (besideOthers && empty && valueBefore != nil),
                                                 valueBefore: empty ? valueBefore : nil, besideOthers: besideOthers,
                                                 written: besideOthers && !empty ? value.string.map { "\(keyText): \($0)" } : nil, at: location(key)))
                continue
            }
            entries.written.append((keyText, key, value))
            writtenKeyList.append(KeyReference(keyText, in: entries.missingKeysAt))
        }
        return entries
    }

    /// The entries of a mapping under `key`, with the same checks. A block mapping is placed at its
    /// key (`möten:`), where a reader looks for it, rather than at its first entry on the next line.
    mutating func mapping(_ entries: Entries, _ key: String, known: [String]) -> Entries? {
        guard let keyNode = entries.keyNode(key), let node = entries[key] else { return nil }
        let position = node.location.line == keyNode.location.line ? location(node) : location(keyNode)
        return mapping(node, named: key, known: known, missingKeysAt: position)
    }

    // MARK: Scalars

    /// `allowed`: the values a choice may have, for the hints when it is missing or empty (worked out
    /// only then).
    mutating func string(_ entries: Entries, _ key: String, required: Bool = false, nonEmpty: Bool = true,
                         allowed: @autoclosure () -> [String]? = nil) -> Located<String>? {
        guard let node = entries[key] else {
            if required { report(StructureRule.missingKey(key, at: entries.missingKeysAt, allowed: allowed())) }
            return nil
        }
        return string(node, named: key, nonEmpty: nonEmpty, allowed: allowed())
    }

    mutating func string(_ node: YAMLNode, named name: String, nonEmpty: Bool = true, allowed: @autoclosure () -> [String]? = nil) -> Located<String>? {
        guard case let .scalar(raw, quoted, _) = node else {
            report(StructureRule.wrongType(name, expected: .text, at: location(node)))
            return nil
        }
        let text = raw.trimmingWhitespace()
        if nonEmpty && (text.isEmpty || (!quoted && (text == "~" || text == "null" || text == "Null" || text == "NULL"))) {
            report(StructureRule.empty(name, at: location(node), allowed: allowed()))
            return nil
        }
        return Located(text, at: range(node))
    }

    mutating func int(_ entries: Entries, _ key: String, required: Bool = false) -> Located<Int>? {
        guard let text = string(entries, key, required: required) else { return nil }
        guard let value = Int(text.value), value >= 0 else {
            report(StructureRule.notAWholeNumber(key, text.value, at: text.location))
            return nil
        }
        return Located(value, at: text.range)
    }

    mutating func date(_ entries: Entries, _ key: String, required: Bool = false, allowingMonth: Bool = false) -> Located<DateText>? {
        string(entries, key, required: required).map { Located(DateText($0.value, allowingMonth: allowingMonth), at: $0.range) }
    }

    /// How often: a period (`år`) or a phrase ("vartannat år"); BUS019 for words that say no interval.
    mutating func interval(_ entries: Entries, _ key: String) -> Located<Interval>? {
        guard let text = string(entries, key) else { return nil }
        if let interval = IntervalPhrase.interval(text.value) { return Located(interval, at: text.range) }
        // "två gånger om året" is `termin`: the hint writes the value the words say.
        report(StructureRule.unknownValue(text, for: key, allowed: Period.allCases.map(\.rawValue),
                                          meant: StructureRule.interval(inWords: text.value)?.text ?? Period(meaning: text.value)?.rawValue))
        return nil
    }

    /// A period (`termin`), also in another Swedish form of it ("terminen", "halvår", "året"); any other
    /// value is reported as a choice's is.
    mutating func period(_ entries: Entries, _ key: String, required: Bool = false) -> Located<Period>? {
        guard let text = string(entries, key, required: required, allowed: Period.allCases.map(\.rawValue)) else { return nil }
        if let period = Period(spelled: text.value) { return Located(period, at: text.range) }
        // `läsår` means `år`: the hint says so.
        return choice(text, named: key, as: Period.self, meaning: Period.init(meaning:))
    }

    /// `likely`: the value a missing or empty key most probably should have, offered first in the hint
    /// (worked out only for that hint).
    mutating func choice<Value: RawRepresentable & CaseIterable & Sendable>(
        _ entries: Entries, _ key: String, as type: Value.Type, required: Bool = false, likely: @autoclosure () -> Value? = nil,
        meaning: (String) -> Value? = { _ in nil }
    ) -> Located<Value>? where Value.RawValue == String {
        func allowed() -> [String] {
            var allowed = Value.allCases.map(\.rawValue)
            if let likely = likely(), let index = allowed.firstIndex(of: likely.rawValue) { allowed.insert(allowed.remove(at: index), at: 0) }
            return allowed
        }
        guard let text = string(entries, key, required: required, allowed: allowed()) else { return nil }
        return choice(text, named: key, as: type, meaning: meaning)
    }

    /// `meaning`: the value another word for one means (`antagen` is `beslutad`), for the hint.
    mutating func choice<Value: RawRepresentable & CaseIterable & Sendable>(
        _ text: Located<String>, named name: String, as type: Value.Type, meaning: (String) -> Value? = { _ in nil }
    ) -> Located<Value>? where Value.RawValue == String {
        if let value = Value(folding: text.value) { return Located(value, at: text.range) }
        let allowed = Value.allCases.map(\.rawValue)
        report(StructureRule.unknownValue(text, for: name, allowed: allowed, meant: meaning(text.value)?.rawValue))
        return nil
    }

    /// `true`/`ja` or `false`/`nej`.
    mutating func bool(_ entries: Entries, _ key: String) -> Located<Bool>? {
        guard let text = string(entries, key) else { return nil }
        switch text.value.lowercased() {
        case "true", "ja", "yes": return Located(true, at: text.range)
        case "false", "nej", "no": return Located(false, at: text.range)
        default:
            report(StructureRule.unknownValue(text, for: key, allowed: ["true", "false"]))
            return nil
        }
    }

    // MARK: Sequences

    /// The items of a sequence; a lone scalar where a list belongs is reported.
    mutating func list(_ entries: Entries, _ key: String, required: Bool = false) -> [YAMLNode]? {
        guard let node = entries[key] else {
            if required { report(StructureRule.missingKey(key, at: entries.missingKeysAt)) }
            return nil
        }
        guard case let .sequence(items, _) = node else {
            report(StructureRule.wrongType(key, expected: .list, at: location(node)))
            return nil
        }
        return splittingMissedDashes(items, in: key)
    }

    /// The items of a list, where an item written without its `- ` is its own item again. To YAML,
    /// `    id: hab` under `  - id: bup` is the item above it once more: its keys stand twice. The item's
    /// first key, or its `id`, standing again in the same column is where an item was meant to start;
    /// one finding says so, and the item is read as meant, so that no key is reported twice and no party
    /// goes missing.
    mutating func splittingMissedDashes(_ items: [YAMLNode], in key: String) -> [YAMLNode] {
        items.flatMap { item -> [YAMLNode] in
            guard case let .mapping(entries, start) = item, entries.first?.key.location == start else { return [item] }
            let names = entries.map { $0.key.location.column == start.column ? $0.key.string : nil }
            /// Whether the key at `index` stood already in the item begun at `from`.
            func repeated(_ index: Int, from: Int) -> Bool {
                names[index].map { names[from..<index].contains($0) } ?? false
            }
            var starts = [0]
            for index in entries.indices.dropFirst() {
                let from = starts[starts.count - 1]
                guard index > from, let name = names[index], name == names[from] || (name == "id" && repeated(index, from: from)) else { continue }
                // Keys written twice just before the `id` (`namn:`, then `id:`) belong to the new item too.
                var begin = index
                while begin - 1 > from, repeated(begin - 1, from: from) { begin -= 1 }
                starts.append(begin)
            }
            guard starts.count > 1 else { return [item] }
            return starts.indices.map { position in
                let from = starts[position], to = position + 1 < starts.count ? starts[position + 1] : entries.endIndex
                let first = entries[from]
                if position > 0 {
                    let name = first.key.string ?? ""
                    let line = first.value.location.line == first.key.location.line ? first.value.string.map { "\(name): \($0)" } : nil
                    report(StructureRule.missedDash(in: key, line: line ?? "\(name):", at: first.key.location))
                }
                return .mapping(Array(entries[from..<to]), first.key.location)
            }
        }
    }

    /// The texts of a list. An item that is several values joined by `;` — or, in a list of ids
    /// (`ids`), by " och " (`hab och bumm`) — is one value to YAML: one finding for the list, whose hint
    /// is the whole list with commas, and the values read as meant, so that no rule reports them again.
    mutating func strings(_ entries: Entries, _ key: String, required: Bool = false, ids: Bool = false) -> [Located<String>] {
        let items = (list(entries, key, required: required) ?? []).compactMap { string($0, named: key) }
        var values: [Located<String>] = []
        var joined: (item: Located<String>, separator: String)?
        for item in items {
            let parts = Self.joinedValues(item.value, ids: ids)
            if parts.values.count > 1, joined == nil { joined = (item, parts.separator) }
            values += parts.values.map { Located($0, at: item.range) }
        }
        if let joined {
            report(StructureRule.valuesNotSeparatedByCommas(key, item: joined.item.value, separator: joined.separator,
                                                           fixed: "\(key): [\(values.map(\.value).joined(separator: ", "))]",
                                                           at: joined.item.location))
        }
        return values
    }

    /// The values one list item joins with `;`, or with " och " when every part is one word (an id):
    /// "barn och ungas hälsa" stays one value. The separator found, as written.
    static func joinedValues(_ text: String, ids: Bool) -> (values: [String], separator: String) {
        // Most items are one value, told from their bytes: no `;`, and in a list of ids no space.
        let bytes = text.utf8
        guard bytes.contains(UInt8(ascii: ";")) || (ids && bytes.contains(UInt8(ascii: " "))) else { return ([text], "") }
        if bytes.contains(UInt8(ascii: ";")) {
            let parts = text.split(separator: ";").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            // "a; b och c": the last part may join its own two.
            let last = ids ? joinedValues(parts.last ?? "", ids: true).values : []
            return (last.count > 1 ? parts.dropLast() + last : parts, ";")
        }
        guard ids else { return ([text], "") }
        let words = text.split(separator: " ").map(String.init)
        let parts = words.split(whereSeparator: { $0 == "och" }).map { $0.joined(separator: " ") }
        guard parts.count > 1, parts.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else { return ([text], "") }
        return (parts, " och ")
    }
}

/// The known entries of one YAML mapping, with the mapping's own node for positions.
struct Entries {
    let node: YAMLNode
    /// Where a finding about a key missing from this mapping points.
    let missingKeysAt: SourceLocation
    /// Each known key written, in the order written, with its own node (for where it stands) and its
    /// value's. A mapping has a few keys (the front matter itself some twenty): found by comparing them in
    /// turn, faster than a table made for each mapping read.
    var written: [(name: String, key: YAMLNode, value: YAMLNode)] = []

    subscript(key: String) -> YAMLNode? { written.first { $0.name == key }?.value }

    /// The node of a key written, for where it stands.
    func keyNode(_ key: String) -> YAMLNode? { written.first { $0.name == key }?.key }

    /// Where the mapping stands: what model values made from it remember.
    var range: SourceRange { SourceRange(missingKeysAt) }
}

extension RawRepresentable where Self: CaseIterable, RawValue == String {
    /// The case whose value the text is, whatever its case and diacritics: "Region", "Hök" are read.
    init?(folding text: String) {
        if let exact = Self(rawValue: text) {
            self = exact
            return
        }
        let folded = text.folded()
        guard let match = Self.allCases.first(where: { $0.rawValue.folded() == folded }) else { return nil }
        self = match
    }
}
