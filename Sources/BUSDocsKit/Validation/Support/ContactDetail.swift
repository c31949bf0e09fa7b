/// Finds a street address and a phone number (BUS018): `Granitvägen 7`, `Storgatan 12 B`, `070-123 45
/// 67`, `08-555 123 45`, `+46 70 123 45 67`. Officials' addresses and numbers belong in agreements; in a
/// sentence about a child or a case (`PersonalName.Scan.caseSentences`) they are the child's, and
/// personal data — `SourceFile` keeps only those.
public enum ContactDetail {
    public enum Kind: Hashable, Sendable {
        case address, phone
    }

    /// One address or number: where it starts and how many UTF-8 bytes it has.
    public struct Match: Hashable, Sendable {
        public var offset: Int
        public var length: Int
        public var kind: Kind
    }

    /// The last parts of street names, as UTF-8: a capitalised word that ends in one, with a house
    /// number after it, is an address.
    static let streetEndings: [[UInt8]] = [
        "vägen", "gatan", "gränd", "gränden", "stigen", "backen", "allé", "allén", "torget", "platsen", "leden",
        "slingan", "gången", "stråket", "promenaden",
    ].map { Array($0.utf8) }

    /// Every address and phone number of the text, in order; `taken` are the bytes a personal identity
    /// number or a date of birth already holds.
    public static func matches(in bytes: [UInt8], taken: [Range<Int>]) -> [Match] {
        var found: [Match] = []
        // One pass over the bytes: a house number is a space and a digit, and the word before it must end
        // in a street ending (`houseNumber` reads the number itself).
        var index = 1
        while index + 1 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == 0x20, isDigit(bytes[index + 1]),
                  let ending = streetEndings.first(where: { $0.count <= index && bytes[(index - $0.count)..<index].elementsEqual($0) }),
                  let number = houseNumber(after: index, bytes) else { continue }
            var start = index - ending.count
            while start > 0, isLetterByte(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: "-") { start -= 1 }
            // A name's capital: A–Z, or Å Ä Ö (C3 85, C3 84, C3 96).
            let capital = (0x41...0x5A).contains(bytes[start]) || (bytes[start] == 0xC3 && start + 1 < bytes.count && [0x85, 0x84, 0x96].contains(bytes[start + 1]))
            if capital { found.append(Match(offset: start, length: number - start, kind: .address)) }
        }
        index = 0
        while index < bytes.count {
            // A number starts with `0` or `+`: the only bytes worth a closer look.
            if bytes[index] == UInt8(ascii: "0") || bytes[index] == UInt8(ascii: "+"), let end = phoneEnd(from: index, bytes) {
                found.append(Match(offset: index, length: end - index, kind: .phone))
                index = end
            } else {
                index += 1
            }
        }
        return found.filter { match in !taken.contains { $0.overlaps(match.offset..<match.offset + match.length) } }
            .sorted { $0.offset < $1.offset }
    }

    /// Where a house number after a street name ends (`7`, `12 B`, `4A`); nil when none follows.
    private static func houseNumber(after end: Int, _ bytes: [UInt8]) -> Int? {
        guard end + 1 < bytes.count, bytes[end] == 0x20, isDigit(bytes[end + 1]) else { return nil }
        var position = end + 1
        while position < bytes.count, isDigit(bytes[position]), position - end <= 4 { position += 1 }
        guard position - end <= 4 else { return nil }
        // A letter of the entrance, on its own: `12 B`, `4A`.
        if position < bytes.count, (0x41...0x5A).contains(bytes[position]), position + 1 == bytes.count || !isLetterByte(bytes[position + 1]) {
            position += 1
        } else if position + 1 < bytes.count, bytes[position] == 0x20, (0x41...0x5A).contains(bytes[position + 1]),
                  position + 2 == bytes.count || !isLetterByte(bytes[position + 2]) {
            position += 2
        }
        return position
    }

    /// Where a phone number starting at `start` ends: `0` and a digit from 1 on (or `+46`), then groups of
    /// digits parted by one space or hyphen, 8 to 10 digits in all (9 after `+46`), standing alone.
    private static func phoneEnd(from start: Int, _ bytes: [UInt8]) -> Int? {
        guard start == 0 || !(isDigit(bytes[start - 1]) || isLetterByte(bytes[start - 1]) || "-/.,+".utf8.contains(bytes[start - 1])) else { return nil }
        var position = start
        let international = bytes[start] == UInt8(ascii: "+")
        if international {
            guard start + 3 < bytes.count, bytes[start + 1] == UInt8(ascii: "4"), bytes[start + 2] == UInt8(ascii: "6") else { return nil }
            position = start + 3
        } else {
            guard bytes[start] == UInt8(ascii: "0"), start + 1 < bytes.count, (0x31...0x39).contains(bytes[start + 1]) else { return nil }
        }
        // The digits of each group, for the first four groups (a date has three).
        var digits = 0, end = position, groups: (Int, Int, Int, Int) = (0, 0, 0, 0), group = 0
        while position < bytes.count {
            if isDigit(bytes[position]) {
                digits += 1
                switch group {
                case 0: groups.0 += 1
                case 1: groups.1 += 1
                case 2: groups.2 += 1
                default: groups.3 += 1
                }
                position += 1
                end = position
            } else if bytes[position] == 0x20 || bytes[position] == 0x2D, position + 1 < bytes.count, isDigit(bytes[position + 1]), position > start {
                group += 1
                position += 1
            } else {
                break
            }
        }
        // Standing alone: no letter or digit right after it; and no date written day first (`01-02-2025`).
        guard end == bytes.count || !isLetterByte(bytes[end]), !(group == 2 && groups == (2, 2, 4, 0)) else { return nil }
        return (international ? digits == 9 : (8...10).contains(digits)) ? end : nil
    }

    /// The matches that stand in a sentence about a child: a case sentence (`PersonalName.Scan`) that names
    /// a child (`childWords`) or holds a name, and says of no one to contact before it ("Vårdnadshavare
    /// kan ringa socialkontoret på 08-123 45 67": the number is the office's).
    public static func ofChildren(_ matches: [Match], in bytes: [UInt8], _ scan: PersonalName.Scan) -> [Match] {
        matches.filter { match in
            guard let sentence = scan.caseSentences.first(where: { $0.contains(match.offset) }) else { return false }
            if scan.names.contains(where: { sentence.contains($0.offset) }) { return true }
            let words = String(decoding: bytes[sentence], as: UTF8.self).lowercased().split { !$0.isLetter }.map(String.init)
            // "… kan kontakta elevhälsan, Storgatan 5, tel 08-555 123 45": whom people turn to, an office.
            let before = String(decoding: bytes[sentence.lowerBound..<match.offset], as: UTF8.self).lowercased().split { !$0.isLetter }.map(String.init)
            if before.contains(where: { PersonalName.contactVerbs.contains($0) || PersonalName.turnVerbs.contains($0) }) { return false }
            return words.contains(where: childWords.contains)
        }
    }

    /// The words for a child, or one of its parents, that make an address or a number beside them the
    /// child's family's.
    static let childWords: Set<String> = [
        "barnet", "barnets", "eleven", "elevens", "pojken", "pojkens", "flickan", "flickans", "pojke", "flicka", "dottern",
        "sonen", "ungdomen", "familjen", "familjens", "patienten", "mamman", "pappan", "modern", "fadern", "föräldern",
        "vårdnadshavaren",
    ]

    /// The text with every digit and letter of each match replaced by `*`, its separators kept.
    public static func masked(_ bytes: [UInt8], _ matches: [Match]) -> [UInt8] {
        var masked = bytes
        for match in matches {
            for offset in match.offset..<match.offset + match.length where isDigit(masked[offset]) || isLetterByte(masked[offset]) {
                masked[offset] = UInt8(ascii: "*")
            }
        }
        return masked
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// A letter of ASCII, or any byte of a character beyond it (Å, é, ü: letters in a street name).
    private static func isLetterByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte | 0x20) || byte >= 0x80
    }
}
