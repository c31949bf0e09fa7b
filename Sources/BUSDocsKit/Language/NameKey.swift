import Synchronization

/// Names of bodies and groups compared as concepts, not strings: case, hyphens and spaces, Swedish
/// genitive and definite endings and a trailing "grupp" do not matter, so "BUS-SAM", "BUSSAM:s",
/// "BUSSAM-gruppen" and "bussam" are one name, as are "samrådsgruppen för barns och ungas hälsa" and
/// "Samrådsgrupp för barn och ungas hälsa", and "styrgruppen" and `styrgrupp`.
public struct NameKey: Hashable, Sendable {
    public let key: String

    public init(_ name: String) {
        var joined = Words.folded(name).filter { $0.count > 1 && !Self.fillers.contains($0) }.map(Self.stripEndings).joined()
        for suffix in ["grupp"] where joined.count > suffix.count && joined.hasSuffix(suffix) {
            joined.removeLast(suffix.count)
        }
        key = joined
    }

    /// The keys a written name may stand for: as a whole, without what stands in parentheses, each
    /// parenthesis on its own ("(tidigare BUSSAM)"), and each side of a slash or a spaced dash.
    ///
    /// Remembered per name: the same few names (group kinds and names, the rule set's receivers and
    /// bodies) are asked for many times in every agreement checked, and again in the next one.
    public static func candidates(_ name: String) -> Set<NameKey> {
        if let known = remembered.withLock({ $0[name] }) { return known }
        let keys = makeCandidates(name)
        remembered.withLock { remembered in
            // Bounded, so checking any number of agreements holds the same memory.
            if remembered.count >= 4096 { remembered.removeAll(keepingCapacity: true) }
            remembered[name] = keys
        }
        return keys
    }

    private static let remembered = Mutex<[String: Set<NameKey>]>([:])

    private static func makeCandidates(_ name: String) -> Set<NameKey> {
        var texts = [name]
        var outside = "", inside = "", depth = 0
        var parentheses: [String] = []
        for character in name {
            switch character {
            case "(":
                depth += 1
            case ")" where depth > 0:
                depth -= 1
                if depth == 0 { parentheses.append(inside); inside = "" }
            default:
                if depth > 0 { inside.append(character) } else { outside.append(character) }
            }
        }
        texts.append(outside)
        texts += parentheses.map { Words.folded($0).filter { !Self.historyWords.contains($0) }.joined(separator: " ") }
        texts += texts.flatMap { $0.split(separator: "/").map(String.init) }
        // "BUSSAM – samrådsgruppen för barns och ungas hälsa": a name and its long form, each a name.
        for dash in [" – ", " — ", " - "] where name.contains(dash) {
            texts += texts.flatMap { $0.components(separatedBy: dash) }
        }
        return Set(texts.map(NameKey.init).filter { !$0.key.isEmpty })
    }

    /// Words a name can do without: "samrådsgruppen (för) barns och ungas hälsa".
    public static let fillers: Set<String> = ["for", "den", "det", "de"]

    /// Words that say a name is a former one: "(tidigare KSL)", "(f.d. BUSSAM)", "(numera …)".
    static let historyWords: Set<String> = ["tidigare", "fd", "f", "d", "numera", "nuvarande", "dåvarande".folded(), "fore", "detta"]

    /// "barns" → "barn", "gruppen" → "grupp", "sekretariatet" → "sekretariat", "grupperna" → "grupper".
    public static func stripEndings(_ word: String) -> String {
        var word = word
        // Counted once (`count` walks the characters; in ASCII without a CR, as folded words are, each byte
        // is one), and one less for the `s` taken off: it is one character.
        var count = word.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? word.utf8.count : word.count
        if count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") {
            word.removeLast()
            count -= 1
        }
        // Each ending is two characters.
        for ending in ["en", "et", "na"] where count > 2 + 3 && word.hasSuffix(ending) {
            word.removeLast(2)
            break
        }
        return word
    }
}
