import BUSDocsKit
import Testing

@Suite struct BUS012ValidityDatesTests {
    @Test func realDatesUntilFurtherNoticePass() {
        _ = expectFindings("BUS012", in: Fixture.valid, at: [])
        _ = expectFindings("BUS012", in: Fixture.valid.replacing("till: tillsvidare", with: "till: 2030-12-31"), at: [])
    }

    @Test func impossibleDateIsAnError() {
        let found = expectFindings("BUS012", in: Fixture.valid.replacing("från: 2020-01-01", with: "från: 1️⃣2020-02-30"), at: ["1️⃣"], severity: .error)
        #expect(found.first?.message.en == "`giltighet.från`: `2020-02-30` is not a date")
    }

    @Test func endBeforeStartIsAnError() {
        _ = expectFindings("BUS012", in: Fixture.valid.replacing("till: tillsvidare", with: "till: 1️⃣2019-12-31"), at: ["1️⃣"], severity: .error)
    }

    @Test func expiredIsAWarningRelativeToToday() {
        let text = Fixture.valid.replacing("till: tillsvidare", with: "till: 1️⃣2026-06-30")
        _ = expectFindings("BUS012", in: text, at: ["1️⃣"], severity: .warning)
        _ = expectFindings("BUS012", in: text, at: [], today: LocalDate(year: 2026, month: 6, day: 30))
    }

    @Test func revisionDateMustBeReal() {
        _ = expectFindings("BUS012", in: Fixture.valid.replacing("datum: 2021-02-01", with: "datum: 1️⃣februari 2021"), at: ["1️⃣"])
    }
}
