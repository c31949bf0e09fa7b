/// BUS012: validity and revision dates are real dates, in order, and the agreement has not expired, nor
/// expires within `renewalMonths` without a new one agreed.
public struct ValidityDatesRule: Rule {
    public init() {}
    public let id = "BUS012"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Giltighetstid", en: "Validity")
    public let sentence = LocalizedText(
        sv: "Överenskommelsen gäller från undertecknandet tills den sägs upp eller omförhandlas.",
        en: "The agreement is valid from signing until it is terminated or renegotiated.")
    public let remedy = LocalizedText(
        sv: "Skriv giltighetens och revisionernas datum som ÅÅÅÅ-MM-DD i rätt ordning, och omförhandla en överenskommelse innan dess `till` har passerat.",
        en: "Write the validity and revision dates as YYYY-MM-DD in order, and renegotiate an agreement before its `till` has passed.")

    /// How long before `till` an agreement gets its warning: renegotiating means each party's decision,
    /// which takes a term's meetings, so three months is the last moment to start, not a comfortable one.
    public static let renewalMonths = 3

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let agreement = context.agreement
        var findings: [Diagnostic] = []
        let from = agreement.validity?.from
        if let from { findings += notADate(from, key: "giltighet.från") }
        if let until = agreement.validity?.until, case .date(let end) = until.value {
            findings += notADate(Located(end, at: until.range), key: "giltighet.till")
            if let endDate = end.date, let startDate = from?.value.date, endDate < startDate {
                findings.append(finding(.endsBeforeStart(end: endDate, start: startDate), at: until.location, hint: .correctDates))
            } else if let endDate = end.date, endDate < context.today {
                findings.append(finding(.expired(endDate), at: until.location, hint: .renegotiate, severity: .warning))
            } else if let endDate = end.date, endDate <= Self.renewalDeadline(from: context.today) {
                // One finding for one problem: the agreement ends soon, so the hint is to agree the next one
                // now (or to make it valid until further notice, as the regional agreement is).
                findings.append(finding(.expiresSoon(endDate, inDays: context.today.daysUntil(endDate)), at: until.location,
                                        hint: .renegotiateBefore(endDate), severity: .warning))
            }
        }
        for revision in agreement.revisions {
            if let date = revision.date { findings += notADate(date, key: "revisioner.datum") }
        }
        return findings
    }

    private func notADate(_ value: Located<DateText>, key: String) -> [Diagnostic] {
        guard value.value.date == nil else { return [] }
        // "2025-9-1", "2025–09–01", "1 september 2025": the date meant, rather than another date as the
        // example; a revision may also be a month ("2025-9", "juni 2018" → "2025-09", "2018-06").
        let meant = (LocalDate.guess(value.value.raw) ?? LocalDate.guessShortYear(value.value.raw))?.description
            ?? Self.meant(byPeriod: value.value.raw, key: key)
        if let meant {
            return [finding(.wrongDateFormat(key: key, raw: value.value.raw, monthOnly: meant.count == 7), at: value.location,
                            hint: .writeDate(meant))]
        }
        // "2025-09-31": a day the month does not have; the example is that month's last day.
        let parts = value.value.raw.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
           let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month),
           day > LocalDate.daysIn(month: month, year: year) {
            let last = LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))
            return [finding(.notADate(key: key, raw: value.value.raw), at: value.location, hint: .dayBeyondMonth(month, last: last))]
        }
        return [finding(.notADate(key: key, raw: value.value.raw), at: value.location, hint: .writeRealDate(key: key))]
    }
}

extension ValidityDatesRule {
    /// The last `till` that gets the warning on `today`: `renewalMonths` months on, the same day of the
    /// month (the month's last day when it has fewer).
    static func renewalDeadline(from today: LocalDate) -> LocalDate {
        let months = today.year * 12 + (today.month - 1) + renewalMonths
        let year = months / 12, month = months % 12 + 1
        return LocalDate(year: year, month: month, day: min(today.day, LocalDate.daysIn(month: month, year: year)))
    }

    /// The date a month or a year stands for where a day is asked (`2027-12`, `januari 2025`, `2025`):
    /// the first day for `från`, the last for `till` — `till: 2027-12-31`, not a date eleven months
    /// early. A revision may be a month, so it keeps its month; a year alone tells no revision's month.
    static func meant(byPeriod raw: String, key: String) -> String? {
        guard let period = LocalDate.guessPeriod(raw) else { return nil }
        switch (key, period.precision) {
        case (_, .day): return period.first.description
        case ("revisioner.datum", .month): return String(period.first.description.prefix(7))
        case ("revisioner.datum", .year): return nil
        case ("giltighet.till", _): return period.last.description
        default: return period.first.description
        }
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func endsBeforeStart(end: LocalDate, start: LocalDate) -> LocalizedText {
        LocalizedText(sv: "giltigheten slutar \(end) innan den börjar \(start)",
                      en: "the validity ends on \(end) before it starts on \(start)")
    }

    fileprivate static let correctDates = LocalizedText(
        sv: "Rätta datumen: `till` ska vara samma dag som `från` eller senare.", en: "Correct the dates: `till` must be on or after `från`.")

    fileprivate static func expired(_ end: LocalDate) -> LocalizedText {
        LocalizedText(sv: "överenskommelsen gällde till \(end) och har gått ut", en: "the agreement was valid until \(end) and has expired")
    }

    fileprivate static func expiresSoon(_ end: LocalDate, inDays days: Int) -> LocalizedText {
        switch days {
        case 0: return LocalizedText(sv: "överenskommelsen gäller till \(end) och går ut i dag", en: "the agreement is valid until \(end) and expires today")
        case 1: return LocalizedText(sv: "överenskommelsen gäller till \(end) och går ut i morgon", en: "the agreement is valid until \(end) and expires tomorrow")
        default: return LocalizedText(sv: "överenskommelsen gäller till \(end) och går ut om \(days) dagar",
                                      en: "the agreement is valid until \(end) and expires in \(days) days")
        }
    }

    fileprivate static func renegotiateBefore(_ end: LocalDate) -> LocalizedText {
        LocalizedText(sv: "Omförhandla överenskommelsen före \(end) och skriv det nya `till`-datumet, eller `till: tillsvidare` om den ska gälla tills den sägs upp.",
                      en: "Renegotiate the agreement before \(end) and write the new `till` date, or `till: tillsvidare` if it is to be valid until terminated.")
    }

    fileprivate static let renegotiate = LocalizedText(
        sv: "Omförhandla överenskommelsen och skriv ett nytt `till`-datum, eller `till: tillsvidare`.",
        en: "Renegotiate the agreement and write a new `till` date, or `till: tillsvidare`.")

    fileprivate static func wrongDateFormat(key: String, raw: String, monthOnly: Bool) -> LocalizedText {
        LocalizedText(sv: "`\(key)`: `\(raw)` ska skrivas \(monthOnly ? "ÅÅÅÅ-MM" : "ÅÅÅÅ-MM-DD")",
                      en: "`\(key)`: `\(raw)` must be written \(monthOnly ? "YYYY-MM" : "YYYY-MM-DD")")
    }

    fileprivate static func writeDate(_ date: String) -> LocalizedText {
        LocalizedText(sv: "Skriv `\(date)`.", en: "Write `\(date)`.")
    }

    fileprivate static func notADate(key: String, raw: String) -> LocalizedText {
        LocalizedText(sv: "`\(key)`: `\(raw)` är inte ett datum", en: "`\(key)`: `\(raw)` is not a date")
    }

    fileprivate static func dayBeyondMonth(_ month: Int, last: LocalDate) -> LocalizedText {
        let sv = LocalDate.swedishMonthNames
        let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return LocalizedText(sv: "\(sv[month - 1].capitalized) \(last.year) har \(last.day) dagar: skriv den dag som menas, t.ex. `\(last)`.",
                             en: "\(en[month - 1]) \(last.year) has \(last.day) days: write the day meant, e.g. `\(last)`.")
    }

    /// A revision may be a month; `till` may be `tillsvidare`.
    fileprivate static func writeRealDate(key: String) -> LocalizedText {
        key == "revisioner.datum"
            ? LocalizedText(sv: "Skriv ett verkligt datum som ÅÅÅÅ-MM-DD, eller bara månaden som ÅÅÅÅ-MM, t.ex. 2025-09.",
                            en: "Write a real date as YYYY-MM-DD, or only the month as YYYY-MM, e.g. 2025-09.")
            : LocalizedText(sv: "Skriv ett verkligt datum som ÅÅÅÅ-MM-DD, t.ex. 2027-01-01\(key == "giltighet.till" ? ", eller `tillsvidare`" : "").",
                            en: "Write a real date as YYYY-MM-DD, e.g. 2027-01-01\(key == "giltighet.till" ? ", or `tillsvidare`" : "").")
    }
}
