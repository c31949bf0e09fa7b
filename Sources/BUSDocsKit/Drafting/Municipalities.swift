import Foundation

/// The municipalities of Stockholm County by their official names, and Stockholm's stadsdelsområden, for
/// `new --area`: the one place that knows "Solna" is *Solna stad* and "Bromma" is part of *Stockholms stad*.
/// An area it cannot place gets no invented name: `new` asks for it, or wants `--kommun`.
public enum Municipalities {
    /// The 26 municipalities of the county: the name an area is usually written as, and the official name.
    static let county: [(area: String, official: String)] = [
        ("Botkyrka", "Botkyrka kommun"), ("Danderyd", "Danderyds kommun"), ("Ekerö", "Ekerö kommun"),
        ("Haninge", "Haninge kommun"), ("Huddinge", "Huddinge kommun"), ("Järfälla", "Järfälla kommun"),
        ("Lidingö", "Lidingö stad"), ("Nacka", "Nacka kommun"), ("Norrtälje", "Norrtälje kommun"),
        ("Nykvarn", "Nykvarns kommun"), ("Nynäshamn", "Nynäshamns kommun"), ("Salem", "Salems kommun"),
        ("Sigtuna", "Sigtuna kommun"), ("Sollentuna", "Sollentuna kommun"), ("Solna", "Solna stad"),
        ("Stockholm", "Stockholms stad"), ("Sundbyberg", "Sundbybergs stad"), ("Södertälje", "Södertälje kommun"),
        ("Tyresö", "Tyresö kommun"), ("Täby", "Täby kommun"), ("Upplands Väsby", "Upplands Väsby kommun"),
        ("Upplands-Bro", "Upplands-Bro kommun"), ("Vallentuna", "Vallentuna kommun"), ("Vaxholm", "Vaxholms stad"),
        ("Värmdö", "Värmdö kommun"), ("Österåker", "Österåkers kommun"),
    ]

    /// Stockholm's stadsdelsområden: each is part of Stockholms stad.
    static let stockholmDistricts = [
        "Bromma", "Enskede-Årsta-Vantör", "Farsta", "Hägersten-Älvsjö", "Hässelby-Vällingby", "Kungsholmen",
        "Norrmalm", "Rinkeby-Kista", "Skarpnäck", "Skärholmen", "Spånga-Tensta", "Södermalm", "Östermalm",
    ]

    /// Everyday names of a municipality that are not its table name: "Väsby" is *Upplands Väsby*.
    static let everydayNames: [(name: String, area: String)] = [("Väsby", "Upplands Väsby")]

    /// The main towns (centralorter) and the halves of double-named districts whose names are not an area
    /// of the table, and the area each lies in: "Märsta" is in *Sigtuna*, "Kista" in *Rinkeby-Kista*. A
    /// town is never taken for a typo of another area ("Märsta" is not a misspelt *Farsta*).
    static let towns: [(town: String, area: String)] = [
        ("Tumba", "Botkyrka"), ("Djursholm", "Danderyd"), ("Handen", "Haninge"), ("Jakobsberg", "Järfälla"),
        ("Rönninge", "Salem"), ("Märsta", "Sigtuna"), ("Bollmora", "Tyresö"), ("Kungsängen", "Upplands-Bro"),
        ("Bro", "Upplands-Bro"), ("Gustavsberg", "Värmdö"), ("Åkersberga", "Österåker"),
        ("Rinkeby", "Rinkeby-Kista"), ("Kista", "Rinkeby-Kista"), ("Spånga", "Spånga-Tensta"), ("Tensta", "Spånga-Tensta"),
        ("Hässelby", "Hässelby-Vällingby"), ("Vällingby", "Hässelby-Vällingby"), ("Hägersten", "Hägersten-Älvsjö"),
        ("Älvsjö", "Hägersten-Älvsjö"), ("Enskede", "Enskede-Årsta-Vantör"), ("Årsta", "Enskede-Årsta-Vantör"),
        ("Vantör", "Enskede-Årsta-Vantör"),
    ]

    /// The town an area is, as the table writes it, and the area it lies in: "märsta" → (*Märsta*, *Sigtuna*).
    /// Nil unless the whole area is one town.
    public static func town(_ area: String) -> (town: String, area: String)? {
        let wanted = stem(of: key(area))
        return towns.first { key($0.town) == wanted }
    }

    /// The official name of the municipality an area lies in: "Solna", "solna" and "Solna stad" are
    /// *Solna stad*, "Bromma" is *Stockholms stad*, "Sollentuna och Upplands Väsby" is *Sollentuna kommun
    /// och Upplands Väsby kommun*. Nil when a part of the area is not in the county's table.
    public static func official(forArea area: String) -> String? {
        var names: [String] = []
        for part in parts(of: area) {
            guard let name = official(forPlace: part) else { return nil }
            if !names.contains(name) { names.append(name) }
        }
        guard !names.isEmpty else { return nil }
        return names.listed("och")
    }

    /// The area as the county's table writes it: "ekerö" is *Ekerö*, "upplands-väsby" *Upplands Väsby*,
    /// "rinkeby-kista och spånga-tensta" *Rinkeby-Kista och Spånga-Tensta*, "Danderyds" *Danderyd*; a
    /// municipality's name is the area's ("Värmdö kommun" is *Värmdö*, "Solna stad" *Solna*: the draft
    /// writes "i Värmdö, Värmdö kommun", never "i Värmdö kommun, Värmdö kommun"). Nil when a place in it is
    /// not in the table.
    public static func spelling(ofArea area: String) -> String? {
        rewrite(area) { spelling(ofPlace: $0) }
    }

    /// The nearest area the table knows when a place in `area` is not in it but is one or two letters from
    /// one: "Sigtna" → *Sigtuna*, "Stockhom" → *Stockholm*, "Nacka och Värmdå" → *Nacka och Värmdö*. Nil
    /// when the area is in the table, or a place in it is like none there.
    public static func suggestion(forArea area: String) -> String? {
        guard spelling(ofArea: area) == nil else { return nil }
        let names = county.map(\.area) + stockholmDistricts + towns.map(\.town)
        return rewrite(area) { place in
            spelling(ofPlace: place) ?? Suggestion.nearest(to: stem(of: key(place)), in: names)
        }
    }

    /// The official name of the county's municipality a name not in the table is one or two letters
    /// from, beginning with the same letter: "Sollentnua" and "Sollentnua kommun" → *Sollentuna kommun*.
    /// Nil for a name the table has, or one like none there.
    public static func suggestion(forMunicipality name: String) -> String? {
        guard official(forArea: name) == nil, let area = suggestion(forArea: name),
              key(area).first == key(name).first else { return nil }
        return official(forArea: area)
    }

    /// The towns the table places in an area or in one of its parts: "Danderyd" → [*Djursholm*],
    /// "Rinkeby-Kista" → [*Rinkeby*, *Kista*].
    public static func towns(inArea area: String) -> [String] {
        let keys = Set(parts(of: area).compactMap { spelling(ofPlace: $0) }.map(key))
        return towns.filter { keys.contains(key($0.area)) }.map(\.town)
    }

    /// Whether the area is one or more of Stockholm's stadsdelsområden.
    public static func isStockholmDistrict(_ area: String) -> Bool {
        let keys = Set(stockholmDistricts.map(key))
        let parts = parts(of: area)
        return !parts.isEmpty && parts.allSatisfy { keys.contains(key($0)) }
    }

    /// One place as the table writes it: the area's name, also when the municipality's name was written.
    static func spelling(ofPlace place: String) -> String? {
        let wanted = key(place)
        for entry in county where [key(entry.area), key(entry.official)].contains(wanted) { return entry.area }
        let stem = stem(of: wanted)
        for entry in county where key(entry.area) == stem || key(entry.area) + "s" == stem { return entry.area }
        if let everyday = everydayNames.first(where: { key($0.name) == stem }) { return everyday.area }
        return stockholmDistricts.first { key($0) == stem }
    }

    /// A key without "kommun", "stad", "stadsdelsområde" and their genitives at the end, and without the
    /// "BUS" a group calls itself by ("BUS Värmdö", "Värmdö BUS", "BUS-området Värmdö", "Värmdö BUS-område").
    static func stem(of key: String) -> String {
        var stem = key
        for prefix in ["bus omradet ", "bus omrade ", "bus "] where stem.hasPrefix(prefix) && stem.count > prefix.count {
            stem = String(stem.dropFirst(prefix.count))
            break
        }
        // "Tyresö BUS-område", as the question `Område (BUS-område)` invites.
        for suffix in [" bus omradet", " bus omrade", " bus"] where stem.hasSuffix(suffix) && stem.count > suffix.count {
            stem = String(stem.dropLast(suffix.count))
            break
        }
        for suffix in [" kommun", " stad", " kommuns", " stads", " stadsdelsomrade", " stadsdelsomrades"] where stem.hasSuffix(suffix) {
            stem = String(stem.dropLast(suffix.count))
        }
        return stem
    }

    /// The area with each place replaced by what `place` makes of it, the words between places kept; nil
    /// when `place` makes nothing of one. A dash joins places only when each side is one.
    static func rewrite(_ area: String, place: (String) -> String?) -> String? {
        for separator in [" och ", ",", " & ", " samt "] where area.contains(separator) {
            var pieces: [String] = []
            for piece in area.components(separatedBy: separator) {
                guard let rewritten = rewrite(piece, place: place) else { return nil }
                pieces.append(rewritten)
            }
            return pieces.joined(separator: separator)
        }
        let dashed = area.components(separatedBy: "–")
        if dashed.count > 1, dashed.allSatisfy({ official(forPlace: $0) != nil }) {
            var pieces: [String] = []
            for piece in dashed {
                guard let rewritten = rewrite(piece, place: place) else { return nil }
                pieces.append(rewritten)
            }
            return pieces.joined(separator: "–")
        }
        let trimmed = area.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, let rewritten = place(trimmed) else { return nil }
        let leading = area.prefix { $0 == " " }, trailing = String(area.reversed().prefix { $0 == " " })
        return leading + rewritten + trailing
    }

    /// One place: a municipality by either of its names (with or without "kommun"/"stad", genitive or
    /// not), or a district.
    static func official(forPlace place: String) -> String? {
        let wanted = key(place)
        for entry in county where [key(entry.area), key(entry.official)].contains(wanted) { return entry.official }
        // "Solna kommun", "Stockholms kommun", "Danderyds": the name with another ending.
        let stem = stem(of: wanted)
        for entry in county where key(entry.area) == stem || key(entry.area) + "s" == stem { return entry.official }
        if stockholmDistricts.contains(where: { key($0) == stem }) { return "Stockholms stad" }
        // "Väsby", "Märsta": the municipality of the area the name is an everyday name or a town of.
        if let area = everydayNames.first(where: { key($0.name) == stem })?.area ?? towns.first(where: { key($0.town) == stem })?.area {
            return official(forPlace: area)
        }
        return nil
    }

    /// "Sollentuna och Upplands Väsby" → ["Sollentuna", "Upplands Väsby"]; "Vaxholm–Österåker" stays one
    /// part when the dash joins no known names (districts have hyphens of their own).
    static func parts(of area: String) -> [String] {
        var pieces = [area]
        for separator in [" och ", ",", " & ", " samt "] {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        pieces = pieces.flatMap { piece -> [String] in
            let dashed = piece.components(separatedBy: "–")
            return dashed.count > 1 && dashed.allSatisfy({ official(forPlace: $0) != nil }) ? dashed : [piece]
        }
        return pieces.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Case, diacritics, hyphens and runs of spaces do not matter: "upplands-väsby" is "Upplands Väsby".
    public static func key(_ name: String) -> String {
        var out = ""
        for character in name.lowercased() {
            switch character {
            case "å", "ä": out.append("a")
            case "ö": out.append("o")
            case "é": out.append("e")
            case "-", "‐", " ", "\u{00A0}": if out.last != " " { out.append(" ") }
            default: out.append(character)
            }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }
}
