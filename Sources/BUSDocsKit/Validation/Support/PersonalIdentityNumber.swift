/// Recognises Swedish personal identity numbers (personnummer) and coordination numbers
/// (samordningsnummer): YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN, YYYYMMDDNNNN or YYYYMMDD-NNNN, with a valid
/// date part (day + 60 for coordination numbers). With a valid Luhn check digit it is a number; with a
/// wrong one, written with a separator or a century, it is a mistyped number, personal data all the same.
public enum PersonalIdentityNumber {
    /// One number in UTF-8 text: where it starts, where its last four digits start, whether it checks.
    public struct Match: Hashable, Sendable {
        public var offset: Int
        public var lastFourOffset: Int
        public var hasValidCheckDigit: Bool
    }

    /// Every number in the text, in order.
    public static func matches(in bytes: [UInt8]) -> [Match] {
        let runs = digitRuns(bytes)
        var found: [Match] = []
        var index = 0
        while index < runs.count {
            let run = runs[index]
            var digits = run.digits, separated = false
            if run.digits.count == 6 || run.digits.count == 8, index + 1 < runs.count {
                let next = runs[index + 1]
                let separatorAt = run.start + run.digits.count
                if next.start == separatorAt + 1, next.digits.count == 4, bytes[separatorAt] == 0x2D || bytes[separatorAt] == 0x2B {
                    digits = run.digits + next.digits
                    separated = true
                    index += 1
                }
            }
            if let ten = datePartValid(digits) {
                let lastFour = separated ? runs[index].start : run.start + digits.count - 4
                let valid = luhn(ten)
                // A bare ten-digit run with a wrong check digit is as likely a phone number.
                if valid || separated || digits.count == 12 {
                    found.append(Match(offset: run.start, lastFourOffset: lastFour, hasValidCheckDigit: valid))
                }
            }
            index += 1
        }
        return found
    }

    /// A short text — a file's path or name — with any number in it masked.
    public static func masking(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let found = matches(in: bytes)
        return found.isEmpty ? text : String(decoding: masked(bytes, found), as: UTF8.self)
    }

    /// The text with the last four digits of each number replaced by `*`: `19121212-****`. Same length.
    public static func masked(_ bytes: [UInt8], _ matches: [Match]) -> [UInt8] {
        var masked = bytes
        for match in matches {
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
