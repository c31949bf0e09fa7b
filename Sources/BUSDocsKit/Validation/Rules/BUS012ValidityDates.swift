/// BUS012: validity and revision dates are real dates, in order, and the agreement has not expired.
public struct ValidityDatesRule: Rule {
    public init() {}
    public let id = "BUS012"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Giltighetstid", en: "Validity")
    public let sentence = LocalizedText(
        sv: "Överenskommelsen gäller från undertecknandet tills den sägs upp eller omförhandlas.",
        en: "The agreement is valid from signing until it is terminated or renegotiated.")
    public let remedy = LocalizedText(
        sv: "Skriv giltighetens och revisionernas datum som ÅÅÅÅ-MM-DD i rätt ordning, och revidera en överenskommelse vars `till` har passerat.",
        en: "Write the validity and revision dates as YYYY-MM-DD in order, and revise an agreement whose `till` has passed.")

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
        // "2025-9-1" is 2025-09-01 written short: say so, rather than give another date as the example.
        let parts = value.value.raw.split(separator: "-").map(String.init)
        if parts.count == 3, parts[0].count == 4, let month = Int(parts[1]), let day = Int(parts[2]),
           let padded = LocalDate(iso: "\(parts[0])-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)") {
            return [finding(
                LocalizedText(sv: "`\(key)`: `\(value.value.raw)` ska skrivas ÅÅÅÅ-MM-DD", en: "`\(key)`: `\(value.value.raw)` must be written YYYY-MM-DD"),
                at: value.location,
                hint: LocalizedText(sv: "Skriv `\(padded)`.", en: "Write `\(padded)`."))]
        }
        return [finding(
            LocalizedText(sv: "`\(key)`: `\(value.value.raw)` är inte ett datum", en: "`\(key)`: `\(value.value.raw)` is not a date"),
            at: value.location,
            hint: LocalizedText(sv: "Skriv ett verkligt datum som ÅÅÅÅ-MM-DD, t.ex. 2027-01-01\(key == "giltighet.till" ? ", eller `tillsvidare`" : "").",
                                en: "Write a real date as YYYY-MM-DD, e.g. 2027-01-01\(key == "giltighet.till" ? ", or `tillsvidare`" : "")."))]
    }
}
