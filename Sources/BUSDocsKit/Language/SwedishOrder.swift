/// Swedish alphabetical order, as a Swedish reader looks a name up in a list: a–z, then å, ä, ö; case
/// and accents set no order of their own (é as e, ü as y, as Svenska Akademiens ordlista sorts them),
/// and numbers in a name count by their value ("Område 2" before "Område 10").
public enum SwedishOrder {
    /// Whether `a` comes before `b`; equal keys keep no order (sort by a second key to break ties).
    public static func precedes(_ a: String, _ b: String) -> Bool {
        key(a).lexicographicallyPrecedes(key(b))
    }

    /// `items` in the Swedish order of `name`; items whose names sort alike keep their order.
    public static func sorted<Item>(_ items: [Item], by name: (Item) -> String) -> [Item] {
        items.enumerated().map { (key: key(name($0.element)), offset: $0.offset, item: $0.element) }
            .sorted { $0.key != $1.key ? $0.key.lexicographicallyPrecedes($1.key) : $0.offset < $1.offset }
            .map(\.item)
    }

    /// The sort key of `text`: a letter's place in the Swedish alphabet, a digit run's value after every
    /// letter's place, anything else (spaces, hyphens) one place below every letter.
    static func key(_ text: String) -> [Int] {
        var key: [Int] = []
        var number: Int?
        for character in text.lowercased() {
            if let digit = character.wholeNumberValue, character.isASCII {
                number = (number ?? 0) &* 10 &+ digit
                continue
            }
            if let value = number { key.append(1_000 + min(value, 1_000_000)); number = nil }
            key.append(place(of: character))
        }
        if let value = number { key.append(1_000 + min(value, 1_000_000)) }
        return key
    }

    private static func place(of character: Character) -> Int {
        switch character {
        case "å": return 27
        case "ä", "æ": return 28
        case "ö", "ø": return 29
        case "ü": return place(of: "y")
        default: break
        }
        // Other accented letters sort as their base letter (é, è, à, ç, ñ …).
        let base = accented[character] ?? character
        guard let ascii = base.asciiValue, ascii >= 0x61, ascii <= 0x7A else { return 0 }
        return Int(ascii - 0x60)
    }

    private static let accented: [Character: Character] = {
        var table: [Character: Character] = [:]
        for (letters, base) in [("áàâã", "a"), ("éèêë", "e"), ("íìîï", "i"), ("óòôõ", "o"), ("úùû", "u"), ("ý", "y"), ("ç", "c"), ("ñ", "n")] as [(String, Character)] {
            for letter in letters { table[letter] = base }
        }
        return table
    }()
}
