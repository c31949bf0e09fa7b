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
        let renamed = renamedIDs
        var lines = source.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Values first, by position, from the last to the first so earlier columns stay right.
        var edits: [(location: SourceLocation, value: String)] = []
        if let title = agreement.title {
            edits.append((title.location, YAMLText.quoted("Lokal överenskommelse om samverkan kring barn och unga i behov av särskilt stöd (BUS) i \(area)")))
        }
        if let old = agreement.area { edits.append((old.location, YAMLText.quoted(area))) }
        if let old = agreement.municipality { edits.append((old.location, YAMLText.quoted(municipality))) }
        if let old = agreement.ruleSet { edits.append((old.location, ruleSet.id)) }
        // Each party's placeholder names its services by their short names; two parties with the same
        // services are told apart by their ids.
        let described = agreement.parties.map { party in
            party.services.map { Self.shortName(ruleSet.serviceName($0.value, in: .swedish)) }.joined(separator: ", ")
        }
        for (party, services) in zip(agreement.parties, described) {
            guard let name = party.name else { continue }
            let id = renamed[party.id.value] ?? party.id.value
            let shared = described.filter { $0 == services }.count > 1
            let label = services.isEmpty ? id : shared ? "\(services), \(id)" : services
            edits.append((name.location, YAMLText.quoted("Ange partens namn i \(area) (\(label))")))
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
        // A draft, whatever the source agreement had come to.
        if agreement.status != nil {
            lines = TopLevelBlocks.replacing("status", in: lines, before: closing, with: ["status: utkast"])
        } else {
            lines.insert("status: utkast", at: min(agreement.kind?.location.line ?? 2, lines.count))
        }
        // Ids named after the old area are named after the new one, and every reference follows.
        let closingIndex = min(closing, lines.count)
        for index in 0..<closingIndex {
            lines[index] = Self.replacingIDs(renamed, in: lines[index])
        }
        var text = lines.joined(separator: "\n")
        // The old area's own names in group names and the body: area, municipality, districts, and the
        // place names its parties' ids were made from ("Järva" of `bumm-jarva`).
        let oldNames = ([agreement.area?.value, agreement.municipality?.value] + agreement.cityDistricts.map(\.value)).compactMap { $0 }
            + placeNames
        for name in oldNames.sorted(by: { $0.count > $1.count }) where name.count >= 3 {
            text = text.replacing(name, with: name == agreement.municipality?.value ? municipality : area)
        }
        // Two old districts that both became the new area are named once: "i Järfälla och Järfälla".
        for separator in [" och ", " och\n", "\noch ", " eller ", " eller\n", ", "] {
            text = text.replacing(area + separator + area, with: area)
        }
        return text
    }

    /// "BUP (barn- och ungdomspsykiatri)" → "BUP": no parentheses inside the placeholder's parentheses.
    static func shortName(_ name: String) -> String {
        name.components(separatedBy: " (").first ?? name
    }

    /// Lower-case ASCII as ids are written: "Spånga-Tensta" → "spanga-tensta".
    static func slug(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            switch character {
            case "å", "ä": out.append("a")
            case "ö": out.append("o")
            case "é", "è": out.append("e")
            case "a"..."z", "0"..."9": out.append(character)
            default: if !out.isEmpty, out.last != "-" { out.append("-") }
            }
        }
        while out.last == "-" { out.removeLast() }
        return out
    }

    /// The slugs of the old area's names and of their parts ("rinkeby-kista", "rinkeby", "kista"), and the
    /// id segments two or more parties share that are no service ("jarva" of `hab-jarva` and `bumm-jarva`).
    var oldPlaceSlugs: Set<String> {
        // Not the municipality's name: "Stockholm" of Stockholms stad is also the region's (`region-stockholm`).
        let names = ([agreement.area?.value] + agreement.cityDistricts.map(\.value)).compactMap { $0 }
        var slugs = Set<String>()
        for name in names {
            let whole = Self.slug(name)
            slugs.insert(whole)
            let parts = whole.split(separator: "-").filter { $0 != "och" }
            for part in parts where part.count >= 3 { slugs.insert(String(part)) }
            // "sdf-rk" is Rinkeby-Kista's stadsdelsförvaltning: a district's initials count when it has two parts.
            if parts.count == 2 { slugs.insert(String(parts.compactMap(\.first))) }
        }
        var counts: [String: Int] = [:]
        for party in agreement.parties {
            for segment in Set(party.id.value.split(separator: "-").map(String.init)) { counts[segment, default: 0] += 1 }
        }
        let services = Set(ruleSet.services.keys).union(agreement.parties.flatMap { $0.services.map(\.value) })
        // A shared segment is a place only when a party's name has it as a capitalised word ("Järva").
        let nameWords = Set(agreement.parties.compactMap(\.name?.value).flatMap {
            $0.split(whereSeparator: { !$0.isLetter && $0 != "-" }).filter { $0.first?.isUppercase == true }.map { Self.slug(String($0)) }
        })
        return slugs.union(idPlaces(counts: counts, services: services, nameWords: nameWords))
    }

    /// Id segments two or more parties share, that are no service and that a party's name has as a
    /// capitalised word: the place names parties were named by ("jarva" of `hab-jarva` and `bumm-jarva`).
    private func idPlaces(counts: [String: Int], services: Set<String>, nameWords: Set<String>) -> Set<String> {
        Set(counts.filter { $0.value >= 2 && $0.key.count >= 4 && !services.contains($0.key) && nameWords.contains($0.key) }.keys)
    }

    /// The id places alone (not the area's own names), for finding their words in the text.
    private var idPlacesOnly: Set<String> {
        var counts: [String: Int] = [:]
        for party in agreement.parties {
            for segment in Set(party.id.value.split(separator: "-").map(String.init)) { counts[segment, default: 0] += 1 }
        }
        let services = Set(ruleSet.services.keys).union(agreement.parties.flatMap { $0.services.map(\.value) })
        let nameWords = Set(agreement.parties.compactMap(\.name?.value).flatMap {
            $0.split(whereSeparator: { !$0.isLetter && $0 != "-" }).filter { $0.first?.isUppercase == true }.map { Self.slug(String($0)) }
        })
        return idPlaces(counts: counts, services: services, nameWords: nameWords)
    }

    /// Old id → new id for every party and group id with a segment that is one of the old area's places.
    var renamedIDs: [String: String] {
        let places = oldPlaceSlugs
        let newSlug = Self.slug(area)
        guard !newSlug.isEmpty else { return [:] }
        var renamed: [String: String] = [:]
        var taken = Set(agreement.parties.map(\.id.value) + agreement.groups.map(\.id.value))
        for id in agreement.parties.map(\.id.value) + agreement.groups.map(\.id.value) {
            var segments = id.split(separator: "-").map(String.init)
            // Longest run first: "rinkeby-kista" as one place, not two.
            var changed = false
            var index = 0
            var result: [String] = []
            while index < segments.count {
                var matched = 0
                for length in stride(from: segments.count - index, through: 1, by: -1)
                where places.contains(segments[index..<(index + length)].joined(separator: "-")) {
                    matched = length
                    break
                }
                if matched > 0 {
                    if result.last != newSlug { result.append(newSlug) }
                    index += matched
                    changed = true
                } else {
                    result.append(segments[index])
                    index += 1
                }
            }
            segments = result
            guard changed else { continue }
            var candidate = segments.joined(separator: "-")
            var number = 2
            while taken.contains(candidate) { candidate = segments.joined(separator: "-") + "-\(number)"; number += 1 }
            taken.insert(candidate)
            renamed[id] = candidate
        }
        return renamed
    }

    /// Words of the old text whose slug is one of the old area's id places and that no other name covers:
    /// "Järva" in "BUMM Järva".
    var placeNames: [String] {
        let places = idPlacesOnly
        var found = Set<String>()
        for word in source.text.split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
            guard let first = word.first, first.isUppercase else { continue }
            if places.contains(Self.slug(String(word))) { found.insert(String(word)) }
        }
        return found.sorted()
    }

    /// A line with each old id, standing alone (not part of a longer id), replaced by its new one.
    static func replacingIDs(_ renamed: [String: String], in line: String) -> String {
        guard !renamed.isEmpty else { return line }
        var out = ""
        var word = ""
        func flush() {
            out += renamed[word] ?? word
            word = ""
        }
        for character in line {
            if character.isLetter || character.isNumber || character == "-" {
                word.append(character)
            } else {
                flush()
                out.append(character)
            }
        }
        flush()
        return out
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
