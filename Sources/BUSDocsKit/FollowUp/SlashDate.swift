/// A date as a spreadsheet in another locale saves it, with slashes and the year last: `1/12/2026`. US
/// Excel writes month/day/year, British and most European locales day/month/year; the text alone does
/// not say which, so the register reads the order from the file's other dates.
struct SlashDate: Equatable {
    var first: Int
    var second: Int
    var year: Int
    /// The text as written, to name it in a hint.
    var text: String

    /// `D/M/YYYY` or `M/D/YYYY` (one or two digits each, four for the year); nil for anything else.
    init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        (self.first, self.second, self.year, self.text) = (first, second, year, text)
    }

    enum Order: Equatable {
        case dayFirst, monthFirst
    }

    /// The date in an order, when it is a real date read that way.
    func date(_ order: Order) -> LocalDate? {
        let (month, day) = order == .dayFirst ? (second, first) : (first, second)
        return LocalDate(iso: "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)")
    }

    /// The order only this date can be read in (`1/20/2026`: month first), nil when both or neither fit.
    var onlyOrder: Order? {
        switch (date(.dayFirst), date(.monthFirst)) {
        case (.some, nil): return .dayFirst
        case (nil, .some): return .monthFirst
        default: return nil
        }
    }

    /// The order a file's slash dates are written in, with a date that shows it: the one order some of
    /// them can only be read in, when none can only be read in the other.
    static func order(of texts: [String]) -> (order: Order, shownBy: SlashDate)? {
        let telling = texts.compactMap(SlashDate.init).compactMap { date in date.onlyOrder.map { ($0, date) } }
        guard let first = telling.first, telling.allSatisfy({ $0.0 == first.0 }) else { return nil }
        return first
    }
}
