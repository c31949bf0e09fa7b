/// Recognises Swedish personal identity numbers (personnummer) and coordination numbers
/// (samordningsnummer): YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN, YYYYMMDDNNNN or YYYYMMDD-NNNN, with a valid
/// date part (day + 60 for coordination numbers) and a valid Luhn check digit.
public enum PersonalIdentityNumber {
    /// Where each number starts, in file order.
    public static func locations(in source: SourceFile) -> [SourceLocation] {
        var found: [SourceLocation] = []
        for (index, line) in source.lines.enumerated() {
            let scalars = Array(line.unicodeScalars)
            for start in candidates(in: scalars) {
                found.append(SourceLocation(line: index + 1, column: start + 1))
            }
        }
        return found
    }

    /// Start offsets of the numbers on one line.
    static func candidates(in scalars: [Unicode.Scalar]) -> [Int] {
        let runs = digitRuns(scalars)
        var starts: [Int] = []
        var index = 0
        while index < runs.count {
            let run = runs[index]
            var digits = run.digits
            if (run.digits.count == 6 || run.digits.count == 8), index + 1 < runs.count {
                let next = runs[index + 1]
                let separatorAt = run.start + run.digits.count
                if next.start == separatorAt + 1, next.digits.count == 4, scalars[separatorAt] == "-" || scalars[separatorAt] == "+" {
                    digits = run.digits + next.digits
                    index += 1
                }
            }
            if isValid(digits) { starts.append(run.start) }
            index += 1
        }
        return starts
    }

    /// Maximal runs of ASCII digits with their start offsets.
    static func digitRuns(_ scalars: [Unicode.Scalar]) -> [(start: Int, digits: [Int])] {
        var runs: [(start: Int, digits: [Int])] = []
        var current: (start: Int, digits: [Int])?
        for (offset, scalar) in scalars.enumerated() {
            if ("0"..."9").contains(scalar) {
                let digit = Int(scalar.value) - 48
                if current == nil { current = (offset, []) }
                current!.digits.append(digit)
            } else if let run = current {
                runs.append(run)
                current = nil
            }
        }
        if let current { runs.append(current) }
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
