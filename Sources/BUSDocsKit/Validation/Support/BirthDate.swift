/// Finds dates of birth (BUS018): a whole date right after a word that says it is one — `född`, `föddes`,
/// `fött`, `f.` (in lower case), `födelsedatum`, `födelsedag`, with a colon or `den` between them or not — written as
/// people write dates: `2015-03-12`, `2015/3/12`, `20150312`, `150312`, `12 mars 2015`, `12:e mars 2015`, `12/3 2015`,
/// `12.03.2015`, `12/3-14` — and six digits in parentheses that are a date (`(140312)`), with no word before them. In an agreement a date of birth is a child's, and personal data whether a name stands
/// beside it or not.
///
/// Not a date of birth: any other date (`beslutad 2025-03-12`), a year alone (`född 2014`, `barn födda
/// 2015`), a date after `födda` (a group of children) and a date that is the first part of a personal
/// identity number, which `PersonalIdentityNumber` finds.
public enum BirthDate {
    /// One date of birth in UTF-8 text.
    public struct Match: Hashable, Sendable {
        /// Where the word that makes the date one of birth starts (`född`, `f.`).
        public var triggerOffset: Int
        /// Where the date starts, and how many UTF-8 bytes it has.
        public var offset: Int
        public var length: Int
    }

    /// The words, in lower case, that a date of birth follows (`f` with its full stop).
    static let triggers: Set<String> = ["född", "fött", "föddes", "f", "födelsedatum", "födelsedag"]

    /// The months, written out and short (`mars`, `mar`, `sept`), by number.
    static let months: [String: Int] = {
        let names = LocalDate.swedishMonthNames
        var months: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            months[name] = index + 1
            months[String(name.prefix(3))] = index + 1
        }
        months["sept"] = 9
        return months
    }()

    /// Every date of birth in the text, in order; `numbers` are the personal identity numbers in it.
    public static func matches(in bytes: [UInt8], numbers: [PersonalIdentityNumber.Match]) -> [Match] {
        // `ö` and `Ö` followed by `d` (`född`, `Födelsedatum`, `FÖDD`), and `f.` in lower case (`F.` ends
        // many a sentence about an appendix, `bilaga F.`): where a trigger word may be.
        let starts = (SourceFile.offsets(of: [0xC3, 0xB6, 0x64], in: bytes) + SourceFile.offsets(of: [0xC3, 0x96, 0x64], in: bytes)
            + SourceFile.offsets(of: [0xC3, 0x96, 0x44], in: bytes) + SourceFile.offsets(of: [0xC3, 0xB6, 0x74, 0x74], in: bytes)
            + SourceFile.offsets(of: [0xC3, 0x96, 0x54, 0x54], in: bytes)).map { $0 - 1 } + SourceFile.offsets(of: [0x66, 0x2E], in: bytes)
        var found: [Match] = []
        for start in Set(starts).sorted() where start >= 0 && bytes[start] | 0x20 == UInt8(ascii: "f") && !isWordByte(before: start, bytes) {
            guard let date = date(afterTriggerAt: start, bytes), !saysAThingWasBorn(at: start, bytes) else { continue }
            let overlapsNumber = numbers.contains { number in
                number.offset < date.upperBound && date.lowerBound < number.lastFourOffset + 4
            }
            if !overlapsNumber { found.append(Match(triggerOffset: start, offset: date.lowerBound, length: date.count)) }
        }
        // `(140312)`: six digits in parentheses that are a date, the way a date of birth is written beside a child.
        for open in SourceFile.offsets(of: [0x28], in: bytes) where open + 7 < bytes.count && bytes[open + 7] == UInt8(ascii: ")") {
            var cursor = Cursor(bytes: bytes, position: open + 1)
            guard let end = dateEnd(from: &cursor), end == open + 7, !followsAMeeting(open, bytes) else { continue }
            if !numbers.contains(where: { $0.offset <= open + 1 && open + 1 < $0.lastFourOffset + 4 }) {
                found.append(Match(triggerOffset: open, offset: open + 1, length: 6))
            }
        }
        return found.sorted { $0.offset < $1.offset }
    }

    /// What may be born in an agreement's history besides a child: "BUS-samverkan i Tyresö föddes
    /// 2009-12-18", "Idén till individforum föddes …". Word starts, and compounds' last parts.
    static let things = ["samverkan", "samarbete", "idé", "tanke", "överenskommelse", "forum", "grupp", "projekt", "modell", "nätverk", "arbetet", "verksamhet", "rutin", "bus"]
    /// Who may be born: with one of these in the sentence the date is a person's after all.
    static let people = ["barn", "barnet", "pojke", "pojken", "flicka", "flickan", "elev", "eleven", "son", "sonen", "dotter", "dottern", "hon", "han", "ungdom", "ungdomen", "syskon", "bror", "brodern", "syster", "systern"]

    /// Whether the sentence before "föddes" at `start` makes it a thing that was born (`things`), and no
    /// person (`people`) stands in it.
    static func saysAThingWasBorn(at start: Int, _ bytes: [UInt8]) -> Bool {
        var cursor = Cursor(bytes: bytes, position: start)
        guard cursor.word() == "föddes" else { return false }
        var from = start
        while from > 0, ![UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "#")].contains(bytes[from - 1]),
              !(bytes[from - 1] == 0x0A && from > 1 && bytes[from - 2] == 0x0A) { from -= 1 }
        let words = String(decoding: bytes[from..<start], as: UTF8.self).lowercased()
            .split(whereSeparator: { !$0.isLetter }).map(String.init)
        if words.contains(where: people.contains) { return false }
        return words.contains { word in things.contains { word.hasPrefix($0) || word.hasSuffix($0) || word.hasSuffix($0 + "en") || word.hasSuffix($0 + "et") } }
    }

    /// Words that make a date in parentheses on their line a meeting's or a decision's, not a date of
    /// birth: `beslutad i nämnden (250312)`, `protokoll (240115)`, `reviderad (231001)`.
    static let meetingStems = ["beslut", "protokoll", "möte", "sammanträd", "datera", "revider", "antag", "dnr", "diarie", "version"]

    /// Whether one of `meetingStems` stands before `offset` on its line.
    private static func followsAMeeting(_ offset: Int, _ bytes: [UInt8]) -> Bool {
        var start = offset
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        let before = String(decoding: bytes[start..<offset], as: UTF8.self).lowercased()
        return meetingStems.contains { before.contains($0) }
    }

    /// The text with every letter and digit of each date replaced by `*`, its separators kept
    /// (`****-**-**`, `** **** ****`): same length, so every position stays where it was.
    public static func masked(_ bytes: [UInt8], _ matches: [Match]) -> [UInt8] {
        var masked = bytes
        for match in matches {
            for offset in match.offset..<match.offset + match.length where isAlphanumeric(masked[offset]) {
                masked[offset] = UInt8(ascii: "*")
            }
        }
        return masked
    }

    /// The date right after a trigger word that starts at `start`, as a byte range; nil when the word is
    /// not a trigger or no whole date follows it.
    static func date(afterTriggerAt start: Int, _ bytes: [UInt8]) -> Range<Int>? {
        var cursor = Cursor(bytes: bytes, position: start)
        let word = cursor.word()
        guard triggers.contains(word) else { return nil }
        if word == "f" { guard cursor.skip(".") else { return nil } }
        _ = cursor.skip(":")
        guard cursor.skipSpace() else { return nil }
        let beforeDen = cursor.position
        if cursor.word() == "den", cursor.skipSpace() {} else { cursor.position = beforeDen }
        let dateStart = cursor.position
        guard let end = dateEnd(from: &cursor), !cursor.atWordByte else { return nil }
        return dateStart..<end
    }

    /// Reads one whole date, and where it ends; nil when there is none.
    private static func dateEnd(from cursor: inout Cursor) -> Int? {
        let first = cursor.digits()
        switch first.count {
        case 8:
            return valid(year: number(first.prefix(4)), month: number(first.dropFirst(4).prefix(2)), day: number(first.suffix(2))) ? cursor.position : nil
        case 6:
            // YYMMDD: the century is not written; any year of it.
            return valid(year: 2000 + number(first.prefix(2)), month: number(first.dropFirst(2).prefix(2)), day: number(first.suffix(2)))
                || valid(year: 1900 + number(first.prefix(2)), month: number(first.dropFirst(2).prefix(2)), day: number(first.suffix(2))) ? cursor.position : nil
        case 4:
            // Year first: 2015-03-12, 2015/3/12, 2015.03.12, Word's 2015–03–12.
            guard let separator = cursor.separator() else { return nil }
            let month = cursor.digits()
            guard (1...2).contains(month.count), cursor.separator() == separator else { return nil }
            let day = cursor.digits()
            guard (1...2).contains(day.count) else { return nil }
            return valid(year: number(first), month: number(month), day: number(day)) ? cursor.position : nil
        case 1, 2:
            // Day first: 12 mars 2015, 12:e mars 2015, 12/3 2015, 12/3-2015, 12.03.2015, 12-03-2015.
            let day = number(first)
            if cursor.skip(":") {
                guard ["e", "a"].contains(cursor.word()) else { return nil }
            }
            let afterDay = cursor.position
            if cursor.skipSpace(), let month = months[cursor.word()] {
                _ = cursor.skip(".")
                guard cursor.skipSpace() else { return nil }
                let year = cursor.digits()
                return year.count == 4 && valid(year: number(year), month: month, day: day) ? cursor.position : nil
            }
            cursor.position = afterDay
            guard let separator = cursor.separator() else { return nil }
            let month = cursor.digits()
            guard (1...2).contains(month.count) else { return nil }
            let between = cursor.position
            if cursor.separator() != separator {
                // `12/3 2015`, `12/3-2015`: a slash, then a space or a hyphen before the year.
                cursor.position = between
                guard separator == UInt8(ascii: "/"), cursor.skipSpace() || cursor.skip("-") else { return nil }
            }
            let year = cursor.digits()
            // `12/3-14`: a year of two digits, of either century.
            if year.count == 2 {
                return valid(year: 2000 + number(year), month: number(month), day: day) || valid(year: 1900 + number(year), month: number(month), day: day)
                    ? cursor.position : nil
            }
            return year.count == 4 && valid(year: number(year), month: number(month), day: day) ? cursor.position : nil
        default:
            return nil
        }
    }

    private static func number(_ digits: some Collection<UInt8>) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// A real day of a year a child now living may have been born in.
    private static func valid(year: Int, month: Int, day: Int) -> Bool {
        (1900...2099).contains(year) && (1...12).contains(month) && day >= 1 && day <= LocalDate.daysIn(month: month, year: year)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    /// Whether the character before `offset` is a letter or a digit (the trigger would be part of a word).
    private static func isWordByte(before offset: Int, _ bytes: [UInt8]) -> Bool {
        guard offset > 0 else { return false }
        let byte = bytes[offset - 1]
        if byte < 0x80 { return isAlphanumeric(byte) }
        // A character of two or more bytes: read it whole.
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return String(decoding: bytes[start..<offset], as: UTF8.self).unicodeScalars.first?.properties.isAlphabetic == true
    }

    /// Reads a date's parts one after the other.
    private struct Cursor {
        let bytes: [UInt8]
        var position: Int

        /// A word of letters (ASCII, and the Swedish `å ä ö`), in lower case; empty when none starts here.
        mutating func word() -> String {
            var letters: [UInt8] = []
            while position < bytes.count {
                let byte = bytes[position]
                if byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z") {
                    letters.append(byte | 0x20)
                    position += 1
                } else if byte == 0xC3, position + 1 < bytes.count, [0x85, 0x84, 0x96, 0xA5, 0xA4, 0xB6].contains(bytes[position + 1]) {
                    letters += [0xC3, bytes[position + 1] | 0x20]
                    position += 2
                } else {
                    break
                }
            }
            return String(decoding: letters, as: UTF8.self)
        }

        mutating func digits() -> ArraySlice<UInt8> {
            let start = position
            while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 { position += 1 }
            return bytes[start..<position]
        }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
            position += 1
            return true
        }

        /// One or more spaces (a no-break space too), with at most one line break among them.
        mutating func skipSpace() -> Bool {
            let start = position
            var lineBreaks = 0
            while position < bytes.count {
                if bytes[position] == 0x20 || bytes[position] == 0x09 {
                    position += 1
                } else if bytes[position] == 0x0A, lineBreaks == 0 {
                    lineBreaks += 1
                    position += 1
                } else if bytes[position] == 0xC2, position + 1 < bytes.count, bytes[position + 1] == 0xA0 {
                    position += 2
                } else {
                    break
                }
            }
            return position > start
        }

        /// A date's separator: a hyphen, a slash, a full stop, an en dash (as `-`).
        mutating func separator() -> UInt8? {
            guard position < bytes.count else { return nil }
            switch bytes[position] {
            case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."):
                position += 1
                return bytes[position - 1]
            case 0xE2 where position + 2 < bytes.count && bytes[position + 1] == 0x80 && bytes[position + 2] == 0x93:
                position += 3
                return UInt8(ascii: "-")
            default:
                return nil
            }
        }

        /// Whether a letter or a digit follows: the date goes on into something else (`2015-03-1234`).
        var atWordByte: Bool {
            guard position < bytes.count else { return false }
            let byte = bytes[position]
            return byte >= 0x80 ? byte == 0xC3 : isAlphanumeric(byte)
        }
    }
}
