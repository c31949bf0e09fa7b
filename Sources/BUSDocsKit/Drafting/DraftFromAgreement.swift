/// new --from: another area's agreement as the start of a new one. Its structure stays — parties, groups,
/// routines, sections and their text — while what belongs to the old area goes: the title, area,
/// municipality and districts, the parties' names, the revision history and the dates of validity.
/// The old area's names in the rest of the text become the new area's.
public struct DraftFromAgreement {
    public var source: SourceFile
    public var agreement: Agreement
    public var area: String
    public var municipality: String
    /// The rule set the new agreement names (`--rules`, by default the agreement's own).
    public var ruleSet: RuleSet

    public init(source: SourceFile, agreement: Agreement, area: String, municipality: String, ruleSet: RuleSet) {
        self.source = source
        self.agreement = agreement
        self.area = area
        self.municipality = municipality
        self.ruleSet = ruleSet
    }

    public var text: String {
        var lines = source.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Values first, by position, from the last to the first so earlier columns stay right.
        var edits: [(location: SourceLocation, value: String)] = []
        if let title = agreement.title {
            edits.append((title.location, YAMLText.quoted("Lokal överenskommelse om samverkan kring barn och unga i behov av särskilt stöd (BUS) i \(area)")))
        }
        if let old = agreement.area { edits.append((old.location, YAMLText.quoted(area))) }
        if let old = agreement.municipality { edits.append((old.location, YAMLText.quoted(municipality))) }
        if let old = agreement.ruleSet { edits.append((old.location, ruleSet.id)) }
        for party in agreement.parties {
            guard let name = party.name else { continue }
            let services = party.services.map { ruleSet.serviceName($0.value, in: .swedish) }.joined(separator: ", ")
            edits.append((name.location, YAMLText.quoted("Ange partens namn i \(area) (\(services.isEmpty ? party.id.value : services))")))
        }
        for edit in edits.sorted(by: { ($0.location.line, $0.location.column) > ($1.location.line, $1.location.column) }) {
            let index = edit.location.line - 1
            guard lines.indices.contains(index) else { continue }
            lines[index] = ScalarSpan.replacing(in: lines[index], atColumn: edit.location.column, with: edit.value)
        }
        // Then whole blocks: the history and the districts go, validity starts again.
        let closing = agreement.frontMatterRange.end.line
        lines = TopLevelBlocks.replacing("revisioner", in: lines, before: closing, with: [])
        lines = TopLevelBlocks.replacing("stadsdelsområden", in: lines, before: closing, with: [])
        lines = TopLevelBlocks.replacing("giltighet", in: lines, before: closing, with: [
            "giltighet:",
            "  # Gäller från undertecknandet; skriv `från: ÅÅÅÅ-MM-DD` om den ska gälla från ett visst datum.",
            "  till: tillsvidare",
        ])
        var text = lines.joined(separator: "\n")
        // The old area's own names in group names and the body.
        let oldNames = ([agreement.area?.value, agreement.municipality?.value] + agreement.cityDistricts.map(\.value)).compactMap { $0 }
        for name in oldNames.sorted(by: { $0.count > $1.count }) where name.count >= 3 {
            text = text.replacing(name, with: name == agreement.municipality?.value ? municipality : area)
        }
        return text
    }
}

/// Where a scalar written at a column ends: a quoted one at its closing quote, a plain one at the end of
/// the line or, inside `{…}` or `[…]`, at the next `,`, `}` or `]`.
enum ScalarSpan {
    static func replacing(in line: String, atColumn column: Int, with value: String) -> String {
        let bytes = Array(line.utf8)
        // The column counts Unicode scalars; find its byte.
        var start = 0, scalars = 1
        while start < bytes.count, scalars < column {
            start += 1
            if start == bytes.count || bytes[start] & 0xC0 != 0x80 { scalars += 1 }
        }
        guard column >= 1, start < bytes.count else { return line }
        let depth = bytes[..<start].reduce(0) { depth, byte in
            byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") ? depth + 1 : byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") ? depth - 1 : depth
        }
        let end = YAMLLineScanner.scalarEnd(bytes, from: start, inFlow: depth > 0)
        return String(decoding: bytes[..<start] + Array(value.utf8) + bytes[end...], as: UTF8.self)
    }
}

/// A top-level key of the front matter with the lines under it (indented, or list items), up to the next
/// top-level key, comment or the closing `---`.
enum TopLevelBlocks {
    static func replacing(_ key: String, in lines: [String], before closingLine: Int, with replacement: [String]) -> [String] {
        let limit = min(closingLine - 1, lines.count)
        guard let start = lines.prefix(limit).firstIndex(where: { $0.hasPrefix(key + ":") }) else {
            return lines
        }
        var end = start + 1
        while end < limit, let first = lines[end].first, first == " " || first == "-" || lines[end].isEmpty { end += 1 }
        return Array(lines[..<start]) + replacement + Array(lines[end...])
    }
}
