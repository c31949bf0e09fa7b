import Testing
@testable import BUSDocsKit

/// The date a person meant: one reading of dates written another way, used by every date hint.
@Suite struct DateGuessTests {
    @Test(arguments: [
        ("2025-9-1", "2025-09-01"), ("2025–09–01", "2025-09-01"), ("2025/09/01", "2025-09-01"),
        ("2025.9.1", "2025-09-01"), ("1 september 2025", "2025-09-01"), ("1 sept. 2025", "2025-09-01"),
        ("14/3 2026", "2026-03-14"), ("29 februari 2024", "2024-02-29"),
    ])
    func aDateWrittenAnotherWayIsGuessed(written: String, meant: String) {
        #expect(LocalDate.guess(written)?.description == meant)
    }

    @Test(arguments: ["2025-09-31", "29 februari 2025", "1 smörgås 2025", "2025", "14/3", "2025-13-01", "nästa år"])
    func whatIsNoDateIsNotGuessed(written: String) {
        #expect(LocalDate.guess(written) == nil)
    }

    /// A day without its year is the one nearest today: a meeting next month or a need noticed last week.
    @Test(arguments: [
        ("3 december", "2026-12-03"), ("3 dec.", "2026-12-03"), ("December 3", "2026-12-03"), ("3/1", "2027-01-03"),
        ("1 oct", "2026-10-01"), ("20 juni", "2026-06-20"), ("2 may", "2027-05-02"),
    ])
    func aDayWithoutItsYearIsTheNearest(written: String, meant: String) {
        let today = LocalDate(year: 2026, month: 11, day: 24)
        #expect(LocalDate.guess(written, near: today)?.description == meant)
    }

    @Test(arguments: ["31/2", "3 smörgås", "3", "december", "3 december 2026 kl"])
    func aDayWithoutItsYearThatIsNoDay(written: String) {
        #expect(LocalDate.guess(written, near: LocalDate(year: 2026, month: 11, day: 24)) == nil)
    }

    @Test func aRevisionMonthIsGuessed() {
        #expect(LocalDate.guessMonth("2025-9") == "2025-09")
        #expect(LocalDate.guessMonth("2025–12") == "2025-12")
        #expect(LocalDate.guessMonth("2025-13") == nil)
    }

    /// Every real date, written with any separator and without leading zeros, is read back as itself.
    @Test func everyDateSurvivesAnySeparator() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let date = LocalDate(year: Int.random(in: 1900...2100, using: &generator), month: Int.random(in: 1...12, using: &generator), day: 1)
                .adding(days: Int.random(in: 0...30, using: &generator))
            let separator = ["-", "–", "/", ".", " "].randomElement(using: &generator)!
            #expect(LocalDate.guess("\(date.year)\(separator)\(date.month)\(separator)\(date.day)") == date)
        }
    }
}
