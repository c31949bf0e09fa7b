/// Recognises Swedish personal identity numbers (personnummer) and coordination numbers
/// (samordningsnummer): YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN, YYYYMMDDNNNN or YYYYMMDD-NNNN, with a valid
/// date part (day + 60 for coordination numbers). With a valid Luhn check digit it is a number; with a
/// wrong one, written with a separator or a century, it is a mistyped number, personal data all the same.
///
/// Word and people write the separator in other ways too: an en dash or em dash (Word's autocorrect makes
/// one of a hyphen), a minus sign, a space, or a dash with spaces around it (`20150312 - 2382`). A dash
/// counts as a hyphen does; a space — alone or around a dash — only with a valid check digit, since a date
/// followed by a number (`20250101 1200`) is common text and is not to be masked.
///
/// A number whose last four digits are masked (`20150312-****`, `121212-XXXX`) still gives a child's date
/// of birth: it is found too, and stays a finding until it is taken out. Every text made from a file shows
/// a number with all its digits masked (`********-****`).
public enum PersonalIdentityNumber {
    /// One number in UTF-8 text: where it starts, where its last four digits start, whether it checks.
    public struct Match: Hashable, Sendable {
        public var offset: Int
        public var lastFourOffset: Int
        public var hasValidCheckDigit: Bool
        /// The last four digits are masked already (`****`): only the date part is left.
        public var isMasked = false
        /// Twelve digits in a row with no separator (`201701011234`): with a wrong check digit as likely a
        /// time stamp or another reference as a mistyped number.
        public var isBare = false
    }

    /// How the date part and the last four digits are joined.
    enum Separator {
        /// A hyphen, plus sign, en or em dash or minus sign, with no space: a mistyped number counts.
        case tight
        /// A space, or a dash with spaces: only a number with a valid check digit counts.
        case spaced
    }

    /// Every number in the text, in order.
    public static func matches(in bytes: [UInt8]) -> [Match] {
        let runs = digitRuns(bytes)
        var found: [Match] = []
        var index = 0
        while index < runs.count {
            let run = runs[index]
            var digits = run.digits, separator: Separator?
            if run.digits.count == 6 || run.digits.count == 8 {
                let end = run.start + run.digits.count
                if index + 1 < runs.count, runs[index + 1].digits.count == 4,
                   let between = Self.separator(bytes[end..<runs[index + 1].start]) {
                    digits = run.digits + runs[index + 1].digits
                    separator = between
                    index += 1
                } else if let lastFour = maskedLastFour(bytes, after: end), datePartValid(run.digits + [0, 0, 0, 0]) != nil {
                    found.append(Match(offset: run.start, lastFourOffset: lastFour, hasValidCheckDigit: false, isMasked: true))
                    index += 1
                    continue
                }
            }
            if let ten = datePartValid(digits) {
                let lastFour = separator != nil ? runs[index].start : run.start + digits.count - 4
                let valid = luhn(ten)
                // A bare ten-digit run with a wrong check digit is as likely a phone number, and so is a
                // date and a number with a space between them.
                if valid || separator == .tight || (separator == nil && digits.count == 12) {
                    found.append(Match(offset: run.start, lastFourOffset: lastFour, hasValidCheckDigit: valid, isBare: separator == nil))
                }
            }
            index += 1
        }
        return found
    }

    /// The separator the bytes between a date part and four digits are, if they are one.
    static func separator(_ between: ArraySlice<UInt8>) -> Separator? {
        var rest = between
        var spaced = false
        func dropSpace() -> Bool {
            for space in spaces where rest.starts(with: space) {
                rest = rest.dropFirst(space.count)
                return true
            }
            return false
        }
        if dropSpace() { spaced = true }
        if let dash = dashes.first(where: { rest.starts(with: $0) }) {
            rest = rest.dropFirst(dash.count)
            if spaced {
                // A dash with a space before it has one after it too: `20150312 - 2382`.
                guard dropSpace() else { return nil }
            } else if dropSpace() {
                return nil
            }
        }
        guard rest.isEmpty, !between.isEmpty else { return nil }
        return spaced ? .spaced : .tight
    }

    /// A space, a no-break space, a narrow no-break space.
    private static let spaces: [[UInt8]] = [[0x20], [0xC2, 0xA0], [0xE2, 0x80, 0xAF]]
    /// A hyphen, a plus sign, an en dash, an em dash, a minus sign.
    private static let dashes: [[UInt8]] = [[0x2D], [0x2B], [0xE2, 0x80, 0x93], [0xE2, 0x80, 0x94], [0xE2, 0x88, 0x92]]

    /// Where four masked digits (`****`, `XXXX`, `xxxx`) start right after a date part — directly or after
    /// a separator — with no letter, digit or mask character after them.
    static func maskedLastFour(_ bytes: [UInt8], after end: Int) -> Int? {
        var starts = [end]
        var probe = end
        while probe < bytes.count, probe - end < 8, bytes[probe] != UInt8(ascii: "*"), bytes[probe] | 0x20 != UInt8(ascii: "x") { probe += 1 }
        if probe > end, separator(bytes[end..<probe]) != nil { starts.append(probe) }
        for start in starts where start + 4 <= bytes.count {
            let four = bytes[start..<start + 4]
            guard four.allSatisfy({ $0 == four.first }), four.first == UInt8(ascii: "*") || four.first! | 0x20 == UInt8(ascii: "x") else { continue }
            if start + 4 < bytes.count {
                let next = bytes[start + 4]
                let isWordByte = next >= 0x80 || (next | 0x20 >= UInt8(ascii: "a") && next | 0x20 <= UInt8(ascii: "z")) || (next >= 0x30 && next <= 0x39) || next == UInt8(ascii: "*")
                guard !isWordByte else { continue }
            }
            return start
        }
        return nil
    }

    /// A short text — a file's path or name — with every digit of any number in it masked.
    public static func masking(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let found = matches(in: bytes)
        return found.isEmpty ? text : String(decoding: masked(bytes, found), as: UTF8.self)
    }

    /// An imported draft with the last four digits of each number masked (`19121212-****`): the date part
    /// is left so that BUS018 keeps the draft in error, and its line, until the number is taken out. Only
    /// the draft file keeps it; every line a finding, page or excerpt quotes is masked whole (`masked`).
    public static func maskingLastFour(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let found = matches(in: bytes)
        guard !found.isEmpty else { return text }
        var masked = bytes
        for match in found {
            for offset in match.lastFourOffset..<match.lastFourOffset + 4 { masked[offset] = UInt8(ascii: "*") }
        }
        return String(decoding: masked, as: UTF8.self)
    }

    /// The text with every digit of each number replaced by `*`, its separator kept: `********-****`. A date
    /// of birth is a child's personal data as much as the last four digits are. Same length, so that every
    /// position in the text stays where it was.
    public static func masked(_ bytes: [UInt8], _ matches: [Match]) -> [UInt8] {
        var masked = bytes
        for match in matches {
            for offset in match.offset..<match.lastFourOffset + 4 where masked[offset] >= 0x30 && masked[offset] <= 0x39 {
                masked[offset] = UInt8(ascii: "*")
            }
            for offset in match.lastFourOffset..<match.lastFourOffset + 4 { masked[offset] = UInt8(ascii: "*") }
        }
        return masked
    }

    /// Maximal runs of ASCII digits of a plausible length, with their start offsets.
    static func digitRuns(_ bytes: [UInt8]) -> [(start: Int, digits: [Int])] {
        var runs: [(start: Int, digits: [Int])] = []
        bytes.withUnsafeBufferPointer { buffer in
            var start = -1
            var offset = 0
            while offset <= buffer.count {
                // Outside a run, eight bytes with no digit among them are passed over at once: most text
                // has few digits. (Byte XOR 0x30 is below 10 for a digit and only for one.)
                if start < 0, offset + 8 <= buffer.count {
                    let block = UnsafeRawPointer(buffer.baseAddress! + offset).loadUnaligned(as: UInt64.self) ^ 0x3030_3030_3030_3030
                    if (block &- 0x0A0A_0A0A_0A0A_0A0A) & ~block & 0x8080_8080_8080_8080 == 0 {
                        offset += 8
                        continue
                    }
                }
                let isDigit = offset < buffer.count && buffer[offset] >= 0x30 && buffer[offset] <= 0x39
                if isDigit {
                    if start < 0 { start = offset }
                } else if start >= 0 {
                    if offset - start == 4 || offset - start == 6 || offset - start == 8 || offset - start == 10 || offset - start == 12 {
                        runs.append((start, buffer[start..<offset].map { Int($0) - 0x30 }))
                    } else {
                        runs.append((start, []))
                    }
                    start = -1
                }
                offset += 1
            }
        }
        return runs
    }

    /// The ten digits of 10, or 12 with a plausible century, with a real month and a day (or day + 60).
    static func datePartValid(_ digits: [Int]) -> [Int]? {
        let ten: [Int]
        switch digits.count {
        case 10: ten = digits
        case 12:
            let century = digits[0] * 10 + digits[1]
            guard (18...20).contains(century) else { return nil }
            ten = Array(digits[2...])
        default: return nil
        }
        let month = ten[2] * 10 + ten[3]
        let day = ten[4] * 10 + ten[5]
        guard (1...12).contains(month), (1...31).contains(day) || (61...91).contains(day) else { return nil }
        return ten
    }

    static func luhn(_ digits: [Int]) -> Bool {
        var sum = 0
        for (offset, digit) in digits.enumerated() {
            let weighted = offset % 2 == 0 ? digit * 2 : digit
            sum += weighted > 9 ? weighted - 9 : weighted
        }
        return sum % 10 == 0
    }
}
