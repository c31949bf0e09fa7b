/// Recognises Swedish personal identity numbers (personnummer) and coordination numbers
/// (samordningsnummer): YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN, YYYYMMDDNNNN or YYYYMMDD-NNNN, with a valid
/// date part (day + 60 for coordination numbers) and a valid Luhn check digit.
public enum PersonalIdentityNumber {
    /// Where each number starts, in file order.
    public static func locations(in source: SourceFile) -> [SourceLocation] {
        candidates(in: source.bytes).map(source.location(ofByte:))
    }

    /// Byte offsets of the numbers in UTF-8 text: digit runs joined across one `-` or `+`.
    static func candidates(in bytes: [UInt8]) -> [Int] {
        let runs = digitRuns(bytes)
        var starts: [Int] = []
        var index = 0
        while index < runs.count {
            let run = runs[index]
            var digits = run.digits
            if run.digits.count == 6 || run.digits.count == 8, index + 1 < runs.count {
                let next = runs[index + 1]
                let separatorAt = run.start + run.digits.count
                if next.start == separatorAt + 1, next.digits.count == 4, bytes[separatorAt] == 0x2D || bytes[separatorAt] == 0x2B {
                    digits = run.digits + next.digits
                    index += 1
                }
            }
            if isValid(digits) { starts.append(run.start) }
            index += 1
        }
        return starts
    }

    /// Maximal runs of ASCII digits of a plausible length, with their start offsets.
    static func digitRuns(_ bytes: [UInt8]) -> [(start: Int, digits: [Int])] {
        var runs: [(start: Int, digits: [Int])] = []
        var start = -1
        for offset in 0...bytes.count {
            let isDigit = offset < bytes.count && bytes[offset] >= 0x30 && bytes[offset] <= 0x39
            if isDigit {
                if start < 0 { start = offset }
            } else if start >= 0 {
                if offset - start == 4 || offset - start == 6 || offset - start == 8 || offset - start == 10 || offset - start == 12 {
                    runs.append((start, bytes[start..<offset].map { Int($0) - 0x30 }))
                } else {
                    runs.append((start, []))
                }
                start = -1
            }
        }
        return runs
    }

    /// 10 digits, or 12 with a plausible century, with a real month, a day (or day + 60) and the check digit.
    static func isValid(_ digits: [Int]) -> Bool {
        let ten: [Int]
        switch digits.count {
        case 10: ten = digits
        case 12:
            let century = digits[0] * 10 + digits[1]
            guard (18...20).contains(century) else { return false }
            ten = Array(digits[2...])
        default: return false
        }
        let month = ten[2] * 10 + ten[3]
        let day = ten[4] * 10 + ten[5]
        guard (1...12).contains(month), (1...31).contains(day) || (61...91).contains(day) else { return false }
        return luhn(ten)
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
