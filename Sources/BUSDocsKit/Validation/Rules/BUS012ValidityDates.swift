/// BUS012: validity and revision dates are real dates, in order, and the agreement has not expired.
public struct ValidityDatesRule: Rule {
    public init() {}
    public let id = "BUS012"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Giltighetstid", en: "Validity")
    public let sentence = LocalizedText(
        sv: "Överenskommelsen gäller från undertecknandet tills den sägs upp eller omförhandlas.",
        en: "The agreement is valid from signing until it is terminated or renegotiated.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let agreement = context.agreement
        var findings: [Diagnostic] = []
        let from = agreement.validity?.from
        if let from { findings += notADate(from, key: "giltighet.från") }
        if let until = agreement.validity?.until, case .date(let end) = until.value {
            findings += notADate(Located(end, at: until.range), key: "giltighet.till")
            if let endDate = end.date, let startDate = from?.value.date, endDate < startDate {
                findings.append(finding(
                    LocalizedText(sv: "giltigheten slutar \(endDate) innan den börjar \(startDate)",
                                  en: "the validity ends on \(endDate) before it starts on \(startDate)"),
                    at: until.location,
                    hint: LocalizedText(sv: "Rätta datumen: `till` ska vara samma dag som `från` eller senare.",
                                        en: "Correct the dates: `till` must be on or after `från`.")))
            } else if let endDate = end.date, endDate < context.today {
                findings.append(finding(
                    LocalizedText(sv: "överenskommelsen gällde till \(endDate) och har gått ut",
                                  en: "the agreement was valid until \(endDate) and has expired"),
                    at: until.location,
                    hint: LocalizedText(sv: "Omförhandla överenskommelsen och skriv ett nytt `till`-datum, eller `till: tillsvidare`.",
                                        en: "Renegotiate the agreement and write a new `till` date, or `till: tillsvidare`."),
                    severity: .warning))
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
        // example; a revision may also be a month ("2025-9" → "2025-09").
        let meant = LocalDate.guess(value.value.raw)?.description
            ?? (key == "revisioner.datum" ? LocalDate.guessMonth(value.value.raw) : nil)
        if let meant {
            return [finding(
                LocalizedText(sv: "`\(key)`: `\(value.value.raw)` ska skrivas \(meant.count == 7 ? "ÅÅÅÅ-MM" : "ÅÅÅÅ-MM-DD")",
                              en: "`\(key)`: `\(value.value.raw)` must be written \(meant.count == 7 ? "YYYY-MM" : "YYYY-MM-DD")"),
                at: value.location,
                hint: LocalizedText(sv: "Skriv `\(meant)`.", en: "Write `\(meant)`."))]
        }
        return [finding(
            LocalizedText(sv: "`\(key)`: `\(value.value.raw)` är inte ett datum", en: "`\(key)`: `\(value.value.raw)` is not a date"),
            at: value.location,
            hint: key == "revisioner.datum"
                ? LocalizedText(sv: "Skriv ett verkligt datum som ÅÅÅÅ-MM-DD, eller bara månaden som ÅÅÅÅ-MM, t.ex. 2025-09.",
                                en: "Write a real date as YYYY-MM-DD, or only the month as YYYY-MM, e.g. 2025-09.")
                : LocalizedText(sv: "Skriv ett verkligt datum som ÅÅÅÅ-MM-DD, t.ex. 2027-01-01\(key == "giltighet.till" ? ", eller `tillsvidare`" : "").",
                                en: "Write a real date as YYYY-MM-DD, e.g. 2027-01-01\(key == "giltighet.till" ? ", or `tillsvidare`" : "")."))]
    }
}
