import BUSDocsKit
import Testing

/// The Swedish days off, against the known calendars of 2025–2027.
@Suite struct SwedishCalendarTests {
    private func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    private func holidays(_ year: Int) -> [String] {
        var found: [String] = []
        var date = LocalDate(year: year, month: 1, day: 1)
        while date.year == year {
            if let name = SwedishCalendar.holiday(on: date) { found.append("\(date) \(name)") }
            date = date.adding(days: 1)
        }
        return found
    }

    @Test func easterByTheComputus() {
        #expect(SwedishCalendar.easterSunday(year: 2024) == day("2024-03-31"))
        #expect(SwedishCalendar.easterSunday(year: 2025) == day("2025-04-20"))
        #expect(SwedishCalendar.easterSunday(year: 2026) == day("2026-04-05"))
        #expect(SwedishCalendar.easterSunday(year: 2027) == day("2027-03-28"))
        #expect(SwedishCalendar.easterSunday(year: 2038) == day("2038-04-25"))
    }

    @Test func everyHolidayOf2025To2027() {
        #expect(holidays(2025) == [
            "2025-01-01 nyårsdagen", "2025-01-06 trettondedag jul", "2025-04-18 långfredagen", "2025-04-19 påskafton",
            "2025-04-20 påskdagen", "2025-04-21 annandag påsk", "2025-05-01 första maj", "2025-05-29 Kristi himmelsfärdsdag",
            "2025-06-06 Sveriges nationaldag", "2025-06-07 pingstafton", "2025-06-08 pingstdagen", "2025-06-20 midsommarafton",
            "2025-06-21 midsommardagen", "2025-11-01 alla helgons dag", "2025-12-24 julafton", "2025-12-25 juldagen",
            "2025-12-26 annandag jul", "2025-12-31 nyårsafton",
        ])
        #expect(holidays(2026) == [
            "2026-01-01 nyårsdagen", "2026-01-06 trettondedag jul", "2026-04-03 långfredagen", "2026-04-04 påskafton",
            "2026-04-05 påskdagen", "2026-04-06 annandag påsk", "2026-05-01 första maj", "2026-05-14 Kristi himmelsfärdsdag",
            "2026-05-23 pingstafton", "2026-05-24 pingstdagen", "2026-06-06 Sveriges nationaldag", "2026-06-19 midsommarafton",
            "2026-06-20 midsommardagen", "2026-10-31 alla helgons dag", "2026-12-24 julafton", "2026-12-25 juldagen",
            "2026-12-26 annandag jul", "2026-12-31 nyårsafton",
        ])
        #expect(holidays(2027) == [
            "2027-01-01 nyårsdagen", "2027-01-06 trettondedag jul", "2027-03-26 långfredagen", "2027-03-27 påskafton",
            "2027-03-28 påskdagen", "2027-03-29 annandag påsk", "2027-05-01 första maj", "2027-05-06 Kristi himmelsfärdsdag",
            "2027-05-15 pingstafton", "2027-05-16 pingstdagen", "2027-06-06 Sveriges nationaldag", "2027-06-25 midsommarafton",
            "2027-06-26 midsommardagen", "2027-11-06 alla helgons dag", "2027-12-24 julafton", "2027-12-25 juldagen",
            "2027-12-26 annandag jul", "2027-12-31 nyårsafton",
        ])
    }

    @Test func weekdaysAndTheLastWorkingDay() {
        #expect(day("1970-01-01").weekday == 4)
        #expect(day("2026-11-27").weekday == 5)
        #expect(day("2026-11-15").weekday == 7)
        #expect(SwedishCalendar.dayOff(day("2026-11-15")) == "en söndag")
        #expect(SwedishCalendar.dayOff(day("2026-11-14")) == "en lördag")
        #expect(SwedishCalendar.dayOff(day("2026-11-13")) == nil)
        #expect(SwedishCalendar.dayOff(day("2026-12-25")) == "juldagen")
        #expect(SwedishCalendar.lastWorkingDay(onOrBefore: day("2026-11-15")) == day("2026-11-13"))
        #expect(SwedishCalendar.lastWorkingDay(onOrBefore: day("2026-12-25")) == day("2026-12-23"))
        // Påsk: from annandag påsk back over the weekend and långfredagen.
        #expect(SwedishCalendar.lastWorkingDay(onOrBefore: day("2026-04-06")) == day("2026-04-02"))
        #expect(SwedishCalendar.lastWorkingDay(onOrBefore: day("2026-11-16")) == day("2026-11-16"))
    }

    /// A time limit ending on a day off runs on to the next working day (lag 1930:173, 2 §): weekends,
    /// holidays, midsommarafton, julafton and nyårsafton.
    @Test func aTimeLimitOnADayOffRunsOnToTheNextWorkingDay() {
        #expect(SwedishCalendar.firstWorkingDay(onOrAfter: day("2026-11-16")) == day("2026-11-16"))
        #expect(SwedishCalendar.lastDay(of: 14, from: day("2026-11-15")) == day("2026-11-30"))
        #expect(SwedishCalendar.lastDay(of: 14, from: day("2026-06-05")) == day("2026-06-22"))
        #expect(SwedishCalendar.lastDay(of: 14, from: day("2026-12-10")) == day("2026-12-28"))
        #expect(SwedishCalendar.lastDay(of: 14, from: day("2026-12-17")) == day("2027-01-04"))
        #expect(SwedishCalendar.lastDay(of: 14, from: day("2026-11-02")) == day("2026-11-16"))
    }
}
