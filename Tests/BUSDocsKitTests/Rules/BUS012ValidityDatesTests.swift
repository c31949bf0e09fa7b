import BUSDocsKit
import Testing

@Suite struct BUS012ValidityDatesTests {
    @Test func realDatesUntilFurtherNoticePass() {
        assertFindings(in: Fixture.valid, [])
        assertFindings(in: Fixture.valid.replacing("till: tillsvidare", with: "till: 2030-12-31"), [])
    }

    @Test func impossibleDateIsAnError() {
        let found = assertFindings(in: Fixture.valid.replacing("från: 2020-01-01", with: "från: 1️⃣2020-02-30"), [ExpectedFinding("1️⃣", "BUS012", "`giltighet.från`: `2020-02-30` is not a date")])
        #expect(found.first?.message.en == "`giltighet.från`: `2020-02-30` is not a date")
    }

    @Test func endBeforeStartIsAnError() {
        assertFindings(in: Fixture.valid.replacing("till: tillsvidare", with: "till: 1️⃣2019-12-31"), [ExpectedFinding("1️⃣", "BUS012", "the validity ends on 2019-12-31 before it starts on 2020-01-01")])
    }

    @Test func expiredIsAWarningRelativeToToday() {
        let text = Fixture.valid.replacing("till: tillsvidare", with: "till: 1️⃣2026-06-30")
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS012", "the agreement was valid until 2026-06-30 and has expired", .warning)])
        // On its last day it is still valid, and expires that day.
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS012", "the agreement is valid until 2026-06-30 and expires today", .warning)],
                       today: LocalDate(year: 2026, month: 6, day: 30))
    }

    /// An agreement that ends within three months of today is warned about once (not also as expired),
    /// with the date to renegotiate by; the hint applied (`tillsvidare`, or a later date) clears it.
    @Test func expiringWithinThreeMonthsIsAWarningToRenegotiate() {
        let text = Fixture.valid.replacing("till: tillsvidare", with: "till: 1️⃣2027-01-31")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS012", "the agreement is valid until 2027-01-31 and expires in 68 days", .warning)])
        #expect(found.first?.message.sv == "överenskommelsen gäller till 2027-01-31 och går ut om 68 dagar")
        #expect(found.first?.hint?.sv == "Omförhandla överenskommelsen före 2027-01-31 och skriv det nya `till`-datumet, eller `till: tillsvidare` om den ska gälla tills den sägs upp.")
        // The last day of the window, today itself, and the day after the window.
        assertFindings(in: Fixture.valid.replacing("till: tillsvidare", with: "till: 1️⃣2027-02-24"),
                       [ExpectedFinding("1️⃣", "BUS012", "the agreement is valid until 2027-02-24 and expires in 92 days", .warning)])
        assertFindings(in: Fixture.valid.replacing("till: tillsvidare", with: "till: 1️⃣2026-11-24"),
                       [ExpectedFinding("1️⃣", "BUS012", "the agreement is valid until 2026-11-24 and expires today", .warning)])
        assertFindings(in: Fixture.valid.replacing("till: tillsvidare", with: "till: 2027-02-25"), [])
        // The hint followed.
        assertFindings(in: Fixture.valid.replacing("till: tillsvidare", with: "till: tillsvidare"), [])
        assertFindings(in: text.replacing("1️⃣2027-01-31", with: "2029-12-31"), [])
        // A month's end: 30 November + 3 months is the end of February.
        assertFindings(in: Fixture.valid.replacing("till: tillsvidare", with: "till: 1️⃣2027-02-28"),
                       [ExpectedFinding("1️⃣", "BUS012", "the agreement is valid until 2027-02-28 and expires in 90 days", .warning)],
                       today: LocalDate(year: 2026, month: 11, day: 30))
    }

    @Test func revisionDateMustBeReal() {
        assertFindings(in: Fixture.valid.replacing("datum: 2021-02-01", with: "datum: 1️⃣den andra februari"), [ExpectedFinding("1️⃣", "BUS012", "`revisioner.datum`: `den andra februari` is not a date")])
    }

    /// A month or a year where a day is asked: the hint is the day meant — the first for `från`, the
    /// last for `till` (`2027-12` ends on 2027-12-31, not eleven months early) — and a revision keeps its
    /// month. Applied literally, it leaves nothing to fix.
    @Test(arguments: [
        ("från", "2025-01", "YYYY-MM-DD", "2025-01-01"), ("från", "2025", "YYYY-MM-DD", "2025-01-01"),
        ("från", "20250101", "YYYY-MM-DD", "2025-01-01"), ("från", "januari 2025", "YYYY-MM-DD", "2025-01-01"),
        ("till", "2027-12", "YYYY-MM-DD", "2027-12-31"), ("till", "2027", "YYYY-MM-DD", "2027-12-31"),
        ("till", "februari 2028", "YYYY-MM-DD", "2028-02-29"), ("till", "20271231", "YYYY-MM-DD", "2027-12-31"),
        ("datum", "juni 2018", "YYYY-MM", "2018-06"), ("datum", "2018–6", "YYYY-MM", "2018-06"),
    ])
    func aMonthOrAYearGetsTheDayMeant(key: String, written: String, format: String, meant: String) {
        let line = ["från": "  från: 2020-01-01", "till": "  till: tillsvidare", "datum": "{ datum: 2021-02-01"][key]!
        let path = ["från": "giltighet.från", "till": "giltighet.till", "datum": "revisioner.datum"][key]!
        let prefix = String(line.prefix { $0 != ":" }) + ": "
        let found = assertFindings(in: Fixture.valid.replacing(line, with: prefix + "1️⃣" + written), [
            ExpectedFinding("1️⃣", "BUS012", "`\(path)`: `\(written)` must be written \(format)"),
        ])
        #expect(found.first?.hint?.sv == "Skriv `\(meant)`.")
        let fixed = Fixture.valid.replacing(line, with: prefix + meant)
        assertFindings(in: fixed, [])
    }

    /// A revision given only as a year tells no month: the example is the form, not a date made up.
    @Test func aRevisionYearAloneGetsTheForm() {
        let found = assertFindings(in: Fixture.valid.replacing("datum: 2021-02-01", with: "datum: 1️⃣2021"), [
            ExpectedFinding("1️⃣", "BUS012", "`revisioner.datum`: `2021` is not a date"),
        ])
        #expect(found.first?.hint?.en.hasPrefix("Write a real date as YYYY-MM-DD, or only the month as YYYY-MM") == true)
    }

    /// A day the month does not have: the example is that month's last day, not an unrelated date.
    @Test(arguments: [("2025-09-31", "September 2025 har 30 dagar: skriv den dag som menas, t.ex. `2025-09-30`."),
                      ("2025-02-30", "Februari 2025 har 28 dagar: skriv den dag som menas, t.ex. `2025-02-28`."),
                      ("2024-02-30", "Februari 2024 har 29 dagar: skriv den dag som menas, t.ex. `2024-02-29`.")])
    func anImpossibleDayGetsTheMonthsLastDay(written: String, hint: String) {
        let text = Fixture.valid.replacing("  från: 2020-01-01\n", with: "  från: 1️⃣\(written)\n")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS012", "`giltighet.från`: `\(written)` is not a date")])
        #expect(found.first?.hint?.sv == hint)
    }
}
