/// Swedish numbers as agreements write them: digits, cardinals ("fyra gånger") and ordinals
/// ("var tredje månad", "vartannat år").
public enum SwedishNumbers {
    static let cardinals = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"]
    static let ordinals = [
        "första": 1, "andra": 2, "annan": 2, "annat": 2, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6,
        "sjunde": 7, "åttonde": 8, "nionde": 9, "tionde": 10, "tolfte": 12,
    ]

    /// Cardinals above twelve that a count of days is written with ("inom fjorton dagar"); read, never written.
    static let largerCardinals = [
        "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19,
        "tjugo": 20, "trettio": 30,
    ]

    private static let foldedCardinals = cardinals.map { $0.folded() }
    private static let foldedOrdinals = Dictionary(uniqueKeysWithValues: ordinals.map { ($0.key.folded(), $0.value) })

    /// A cardinal in digits or words, with or without diacritics: "3", "tre", "två", "tva", "ett", "fjorton".
    public static func cardinal(_ word: String) -> Int? {
        let word = word.folded()
        if let number = Int(word), number >= 0 { return number }
        if word == "ett" { return 1 }
        return foldedCardinals.firstIndex(of: word) ?? largerCardinals[word]
    }

    /// An ordinal: "tredje", "annat", "3:e", "2:a".
    public static func ordinal(_ word: String) -> Int? {
        let word = word.folded()
        if let number = foldedOrdinals[word] { return number }
        for suffix in [":e", ":a"] where word.hasSuffix(suffix) {
            return Int(word.dropLast(2))
        }
        return nil
    }

    /// The word for a small count, digits above twelve.
    public static func word(_ count: Int) -> String {
        count >= 0 && count < cardinals.count ? cardinals[count] : String(count)
    }

    /// "vartannat år", "varannan termin", "var tredje månad".
    static func every(_ every: Int, _ period: Period) -> String {
        let neuter = period == .year
        if every == 2 { return (neuter ? "vartannat " : "varannan ") + period.rawValue }
        let ordinal = ordinals.first { $0.value == every && $0.key != "annan" && $0.key != "annat" }?.key ?? "\(every):e"
        return (neuter ? "vart " : "var ") + ordinal + " " + period.rawValue
    }
}
