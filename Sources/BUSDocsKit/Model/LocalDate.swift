/// A calendar date without time or zone, as agreements write them (`2017-03-14`).
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Parses `YYYY-MM-DD`; nil unless it is a real date of the Gregorian calendar.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date a person most likely meant by a date written another way: `2025-9-1`, Word's
    /// `2025–09–01`, `2025/09/01`, `2025.09.01`, `1 september 2025`, `1/9 2025`. Nil when the text is
    /// not a date however it is read (`2025-09-31`).
    public static func guess(_ text: String) -> LocalDate? {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        let numbers = words.compactMap { Int($0) }
        if words.count == 3, numbers.count == 3 {
            // Year first, as ISO; or day, month, year as Swedish handwriting has it.
            let (year, month, day) = words[0].count == 4 ? (numbers[0], numbers[1], numbers[2])
                : words[2].count == 4 ? (numbers[2], numbers[1], numbers[0]) : (0, 0, 0)
            return LocalDate(checkedYear: year, month: month, day: day)
        }
        if words.count == 3, let day = Int(words[0]), let month = monthNumber(words[1]),
           words[2].count == 4, let year = Int(words[2]) {
            return LocalDate(checkedYear: year, month: month, day: day)
        }
        return nil
    }

    /// The date a person meant by a day without its year, as a meeting is named aloud: `3 december`,
    /// `december 3`, `3/12` (day first, as Swedish writes it). The year is the one that puts the day
    /// nearest `today`: "3 januari" written in December is next month's. Nil for anything else.
    public static func guess(_ text: String, near today: LocalDate) -> LocalDate? {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        guard words.count == 2 else { return nil }
        let dayAndMonth: (Int, Int)?
        if let day = Int(words[0]), let month = monthNumber(words[1]) {
            dayAndMonth = (day, month)
        } else if let month = monthNumber(words[0]), let day = Int(words[1]) {
            dayAndMonth = (day, month)
        } else if text.contains("/"), let day = Int(words[0]), let month = Int(words[1]) {
            dayAndMonth = (day, month)
        } else {
            dayAndMonth = nil
        }
        guard let (day, month) = dayAndMonth else { return nil }
        let candidates = [today.year - 1, today.year, today.year + 1].compactMap { LocalDate(checkedYear: $0, month: month, day: day) }
        return candidates.min { abs($0.dayNumber - today.dayNumber) < abs($1.dayNumber - today.dayNumber) }
    }

    /// The month a word names, in Swedish or English, whole or shortened (`dec`, `december`, `May`); nil
    /// for any other word.
    static func monthNumber(_ word: String) -> Int? {
        guard word.count >= 3, word.allSatisfy(\.isLetter) else { return nil }
        if let index = swedishMonths.firstIndex(where: { word.hasPrefix($0) }) { return index + 1 }
        if let index = ["may", "oct"].firstIndex(of: word.prefix(3).lowercased()) { return index == 0 ? 5 : 10 }
        return nil
    }

    /// The date meant by the Swedish short form ÅÅ-MM-DD (`26-01-01`): this century's year, in four digits.
    public static func guessShortYear(_ text: String) -> LocalDate? {
        let parts = text.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ part in part.allSatisfy { $0.isASCII && $0.isNumber } }), let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return LocalDate(checkedYear: 2000 + year, month: month, day: day)
    }

    /// The month a person meant by `2025-9`, `2025–09` or `juni 2025` (a revision's month), as `2025-09`.
    public static func guessMonth(_ text: String) -> String? {
        guard let period = guessPeriod(text), period.precision == .month else { return nil }
        return String(period.first.description.prefix(7))
    }

    /// How much of a date a text gives.
    public enum Precision: Sendable { case day, month, year }

    /// The days a person meant by a date written with less than a day, or without its dashes: a month
    /// (`2025-01`, `2025–1`, `januari 2025`), a year (`2025`), a day (`20250101`). Its first and last day:
    /// a validity starts on the first (`från`) and ends on the last (`till: 2027-12` is 2027-12-31).
    public static func guessPeriod(_ text: String) -> (first: LocalDate, last: LocalDate, precision: Precision)? {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        func month(_ year: Int, _ month: Int) -> (LocalDate, LocalDate, Precision)? {
            guard let first = LocalDate(checkedYear: year, month: month, day: 1) else { return nil }
            return (first, LocalDate(year: year, month: month, day: daysIn(month: month, year: year)), .month)
        }
        switch words.count {
        case 1 where words[0].count == 8 && words[0].allSatisfy(\.isASCII):
            guard let number = Int(words[0]),
                  let day = LocalDate(checkedYear: number / 10_000, month: number / 100 % 100, day: number % 100) else { return nil }
            return (day, day, .day)
        case 1 where words[0].count == 4:
            guard let year = Int(words[0]), (1900...2199).contains(year) else { return nil }
            return (LocalDate(year: year, month: 1, day: 1), LocalDate(year: year, month: 12, day: 31), .year)
        case 2 where words[0].count == 4 && Int(words[0]) != nil:
            guard let year = Int(words[0]), let number = Int(words[1]), words[1].count <= 2 else { return nil }
            return month(year, number)
        case 2 where words[1].count == 4:
            guard let year = Int(words[1]), Int(words[0]) == nil,
                  let number = monthNumber(words[0]) else { return nil }
            return month(year, number)
        default:
            return nil
        }
    }

    static let swedishMonths = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    public static let swedishMonthNames = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]

    /// As Swedish prose writes it: "31 december 2027".
    public var swedishProse: String { "\(day) \(Self.swedishMonthNames[month - 1]) \(year)" }

    private init?(checkedYear year: Int, month: Int, day: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public var description: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(y)-\(m)-\(d)"
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The same day `months` later, or the month's last day where it has fewer ("2024-01-31" and one month
    /// is "2024-02-29").
    public func adding(months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        var date = self
        (date.year, date.month) = (index / 12, index % 12 + 1)
        date.day = min(day, LocalDate.daysIn(month: date.month, year: date.year))
        return date
    }

    /// The date `days` later (or earlier, for a negative count).
    public func adding(days: Int) -> LocalDate {
        LocalDate(dayNumber: dayNumber + days)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (civil-from-days, Howard Hinnant's algorithm).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}

/// A date field as written: the raw text, and the date when it is a real one.
public struct DateText: Hashable, Sendable {
    public var raw: String
    public var date: LocalDate?
    /// Whether the text gave only a year and month (`2012-05`), where that is allowed; `date` is then
    /// the month's first day.
    public var isMonth: Bool

    public init(_ raw: String, allowingMonth: Bool = false) {
        self.raw = raw
        self.date = LocalDate(iso: raw)
        self.isMonth = false
        if date == nil, allowingMonth, let month = LocalDate(iso: raw + "-01"), raw.count == 7 {
            self.date = month
            self.isMonth = true
        }
    }

    /// As written when a month, else the date.
    public var display: String {
        guard let date else { return raw }
        return isMonth ? String(date.description.prefix(7)) : date.description
    }
}
