import Foundation

/// new --from: the old area's particulars in the draft — persons' names, phone numbers, e-mail addresses
/// and the names of its schools, units and towns — each replaced by a placeholder `check` warns about
/// (BUS024: "(ange namn)", "(ange telefonnummer)", …), so that the authors are pointed at every place to
/// fill in. Nothing else of the text changes.
public struct DraftParticulars: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case name, phone, email, place
    }

    /// One particular replaced: what it was, where it started (a UTF-8 offset in the text it was found in)
    /// and the placeholder written instead.
    public struct Replacement: Equatable, Sendable {
        public var kind: Kind
        public var offset: Int
        public var original: String
        public var placeholder: String
    }

    public var text: String
    public var replacements: [Replacement]

    /// How many of each kind were replaced.
    public func count(_ kind: Kind) -> Int {
        replacements.filter { $0.kind == kind }.count
    }

    /// The placeholders, in the form `new` and `import` write them: "(ange …)".
    static let placeholders: [Kind: String] = [
        .name: "(ange namn)", .phone: "(ange telefonnummer)", .email: "(ange e-postadress)", .place: "(ange ort)",
    ]
    static let schoolPlaceholder = "(ange skolans namn)"
    static let unitPlaceholder = "(ange enhetens namn)"

    /// `text` with the particulars replaced. `places` are the old area's own place names that a unit or a
    /// school is named by ("Nacka" of "Nacka gymnasium", "Järva" of "Järvaskolan"); `towns` are its towns
    /// that the text names by themselves ("skolorna i Djursholm"); a unit's name in `keeping` stays.
    public init(replacingIn text: String, places: Set<String>, towns: Set<String>, keeping: Set<String> = []) {
        var found: [(range: Range<Int>, kind: Kind, placeholder: String)] = []
        let bytes = Array(text.utf8)
        func add(_ range: Range<Int>, _ kind: Kind, _ placeholder: String? = nil) {
            guard !found.contains(where: { $0.range.overlaps(range) }) else { return }
            found.append((range, kind, placeholder ?? Self.placeholders[kind]!))
        }
        // The longest and surest first: an address holds a name's letters, a school's name a place's.
        for range in Self.matches(Self.email, in: text) { add(range, .email) }
        for range in Self.matches(Self.phone, in: text) where Self.isPhoneNumber(bytes[range]) { add(range, .phone) }
        for range in Self.schoolAndUnitNames(in: text, places: places)
        where !keeping.contains(String(decoding: bytes[range.range], as: UTF8.self)) {
            add(range.range, .place, range.placeholder)
        }
        for range in PersonalName.names(in: bytes) { add(range, .name) }
        for town in towns.sorted(by: { $0.count > $1.count }) where town.count >= 3 {
            let pattern = "(?<![\\p{L}\\p{N}-])" + NSRegularExpression.escapedPattern(for: town) + "(?![\\p{L}\\p{N}-])"
            for range in Self.matches(pattern, in: text) { add(range, .place) }
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        var out: [UInt8] = []
        var position = 0
        var replacements: [Replacement] = []
        for particular in found {
            out += bytes[position..<particular.range.lowerBound] + Array(particular.placeholder.utf8)
            position = particular.range.upperBound
            replacements.append(Replacement(kind: particular.kind, offset: particular.range.lowerBound,
                                            original: String(decoding: bytes[particular.range], as: UTF8.self),
                                            placeholder: particular.placeholder))
        }
        out += bytes[position...]
        self.text = String(decoding: out, as: UTF8.self)
        self.replacements = replacements
    }

    // MARK: Addresses and numbers

    static let email = "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}"

    /// "08-123 456 78", "070-123 45 67", "+46 8 123 456 78", "+46 (0)8-123 45 67", "08 568 910 01": a
    /// trunk 0 or +46, then groups of digits with spaces or hyphens between.
    static let phone = "(?<![\\p{N}\\p{L}+/.,-])(?:\\+46[ \u{00A0}-]?(?:\\(0\\)[ \u{00A0}-]?)?|0)\\d{1,3}(?:[ \u{00A0}\u{2011}\u{2013}-]?\\d{2,4}){1,4}(?![\\p{N}\\p{L}])"

    /// A Swedish number has 7 to 10 digits after its trunk 0 (or +46): not "0–5 år", not a year.
    static func isPhoneNumber(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        var digits = text.filter(\.isASCII).filter(\.isNumber)
        if text.hasPrefix("+46") { digits = String(digits.dropFirst(2)) } else { digits = String(digits.dropFirst()) }
        if text.contains("(0)") { digits = String(digits.dropFirst()) }
        return (7...10).contains(digits.count)
    }

    // MARK: Schools and units

    /// Words for a school that name no school of their own (in lower case): "Skolan ska kalla till SIP".
    static let genericSchools: Set<String> = [
        "skola", "skolan", "skolor", "skolorna", "förskola", "förskolan", "grundskola", "grundskolan", "grundsärskola",
        "grundsärskolan", "särskola", "särskolan", "gymnasieskola", "gymnasieskolan", "gymnasiesärskola", "gymnasiesärskolan",
        "friskola", "friskolan", "resursskola", "resursskolan", "högskola", "högskolan", "folkhögskola", "folkhögskolan",
        "kulturskola", "kulturskolan", "specialskola", "specialskolan", "sameskola", "sameskolan", "förskoleklass",
        "gymnasium", "gymnasiet", "samskola", "samskolan",
    ]

    /// What a school or another unit of a place is called after the place's name: "Nacka gymnasium",
    /// "Djursholms samskola"; "Märsta vårdcentral", "Rinkeby-Kista stadsdelsförvaltning".
    static let schoolsAfterPlace = ["skola", "skolan", "samskola", "samskolan", "gymnasium", "gymnasiet", "förskola", "förskolan",
                                    "grundskola", "friskola", "läroverk", "läroverket"]
    static let unitsAfterPlace = ["vårdcentral", "vårdcentralen", "stadsdelsförvaltning", "stadsdelsförvaltningen",
                                  "familjecentral", "familjecentralen", "ungdomsmottagning", "ungdomsmottagningen"]

    /// Whether a capitalised word before a unit's word may name a place: not "Varje skola", "Hans förskola",
    /// "Kommunens vårdcentral".
    static func isPlaceWord(_ word: String) -> Bool {
        let lower = word.lowercased()
        return !PersonalName.notNames.contains(lower) && !PersonalName.isNoName(lower)
            && !["varje", "samma", "annan", "annat", "ingen", "inget", "egen", "eget", "ny", "nya", "vilken", "någon", "kommunal",
                 "kommunala", "fristående", "områdets", "området", "länets", "hemmets", "parternas", "parterna"].contains(lower)
    }

    /// The schools and units the text names by their own names: a school's compound name ("Järvaskolan",
    /// "Valstaskolan", "Arlandagymnasiet"), and a place's or another proper name's unit ("Nacka gymnasium",
    /// "Djursholms samskola", "Märsta vårdcentral"); the place a known one of the old area's (`places`) or a
    /// capitalised word in the genitive.
    static func schoolAndUnitNames(in text: String, places: Set<String>) -> [(range: Range<Int>, placeholder: String)] {
        var found: [(range: Range<Int>, placeholder: String)] = []
        let bytes = Array(text.utf8)
        // A compound: a capital, then letters, ending in a school's word.
        for range in matches("(?<![\\p{L}\\p{N}-])\\p{Lu}[\\p{L}-]*(?:skola|skolan|gymnasiet|gymnasium)(?![\\p{L}\\p{N}-])", in: text) {
            let word = String(decoding: bytes[range], as: UTF8.self)
            guard !genericSchools.contains(word.lowercased()), !word.lowercased().hasPrefix("bus") else { continue }
            // A generic school's word after a hyphen ("Särskole-skolan") is no school's own name either.
            guard !genericSchools.contains(String(word.lowercased().split(separator: "-").last ?? "")) || !word.contains("-") else { continue }
            found.append((range, schoolPlaceholder))
        }
        let known = places.filter { $0.count >= 3 }.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern(for:))
        let proper = "\\p{Lu}[\\p{Ll}-]+s"
        let before = known.isEmpty ? proper : "(?:" + known.joined(separator: "|") + "|" + proper + ")"
        let pattern = "(?<![\\p{L}\\p{N}-])(\(before))[ \\n](\((schoolsAfterPlace + unitsAfterPlace).joined(separator: "|")))(?![\\p{L}\\p{N}-])"
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return found }
        let utf16 = NSRange(text.startIndex..., in: text)
        for match in expression.matches(in: text, range: utf16) {
            guard let whole = Range(match.range, in: text), let name = Range(match.range(at: 1), in: text),
                  let unit = Range(match.range(at: 2), in: text) else { continue }
            let place = String(text[name])
            guard places.contains(place) || isPlaceWord(String(place.dropLast())) && isPlaceWord(place) else { continue }
            let range = byteRange(whole, in: text)
            found.removeAll { $0.range.overlaps(range) }
            let school = schoolsAfterPlace.contains(String(text[unit]))
            found.append((range, school ? schoolPlaceholder : unitPlaceholder))
        }
        return found
    }

    /// The UTF-8 byte ranges of a pattern's matches.
    static func matches(_ pattern: String, in text: String) -> [Range<Int>] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range, in: text).map { byteRange($0, in: text) }
        }
    }

    /// A range of the text's characters as UTF-8 offsets.
    static func byteRange(_ range: Range<String.Index>, in text: String) -> Range<Int> {
        let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        return start..<(start + text[range].utf8.count)
    }
}
