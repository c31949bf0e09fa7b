/// The days a Swedish workplace does not work: Saturdays, Sundays, the public holidays (computed: the
/// fixed days, the days that follow Easter by the Gregorian computus, midsommardagen and alla helgons
/// dag) and the eves workplaces treat as holidays (julafton, midsommarafton, nyårsafton). The one
/// calendar the meeting documents judge their dates by.
public enum SwedishCalendar {
    /// The holiday's Swedish name ("juldagen"), or nil on an ordinary day (a weekend day included).
    public static func holiday(on date: LocalDate) -> String? {
        switch (date.month, date.day) {
        case (1, 1): return "nyårsdagen"
        case (1, 6): return "trettondedag jul"
        case (5, 1): return "första maj"
        case (6, 6): return "Sveriges nationaldag"
        case (12, 24): return "julafton"
        case (12, 25): return "juldagen"
        case (12, 26): return "annandag jul"
        case (12, 31): return "nyårsafton"
        default: break
        }
        let easter = easterSunday(year: date.year)
        switch date.dayNumber - easter.dayNumber {
        case -2: return "långfredagen"
        case -1: return "påskafton"
        case 0: return "påskdagen"
        case 1: return "annandag påsk"
        case 39: return "Kristi himmelsfärdsdag"
        case 48: return "pingstafton"
        case 49: return "pingstdagen"
        default: break
        }
        // Midsommarafton is the Friday of 19–25 June, midsommardagen the Saturday after it; alla
        // helgons dag the Saturday of 31 October – 6 November.
        if date.month == 6, (19...25).contains(date.day), date.weekday == 5 { return "midsommarafton" }
        if date.month == 6, (20...26).contains(date.day), date.weekday == 6 { return "midsommardagen" }
        if date.weekday == 6, (date.month == 10 && date.day == 31) || (date.month == 11 && date.day <= 6) { return "alla helgons dag" }
        return nil
    }

    /// What the day is when no one works on it: its holiday's name, else "en lördag" / "en söndag"
    /// (Swedish), nil on a working day.
    public static func dayOff(_ date: LocalDate) -> String? {
        if let holiday = holiday(on: date) { return holiday }
        switch date.weekday {
        case 6: return "en lördag"
        case 7: return "en söndag"
        default: return nil
        }
    }

    /// The eves among the holidays: not public holidays in law, but days Swedish workplaces take off.
    static let eves: Set<String> = ["påskafton", "pingstafton", "midsommarafton", "julafton", "nyårsafton"]

    /// The English of `dayOff`: "a Swedish public holiday (juldagen)", "midsommarafton, a day off at
    /// Swedish workplaces", "a Saturday".
    public static func dayOffInEnglish(_ date: LocalDate) -> String? {
        if let holiday = holiday(on: date) {
            return eves.contains(holiday) ? "\(holiday), a day off at Swedish workplaces" : "a Swedish public holiday (\(holiday))"
        }
        switch date.weekday {
        case 6: return "a Saturday"
        case 7: return "a Sunday"
        default: return nil
        }
    }

    /// `date` itself when it is a working day, else the last working day before it.
    public static func lastWorkingDay(onOrBefore date: LocalDate) -> LocalDate {
        var day = date
        while dayOff(day) != nil { day = day.adding(days: -1) }
        return day
    }

    /// `date` itself when it is a working day, else the first working day after it.
    public static func firstWorkingDay(onOrAfter date: LocalDate) -> LocalDate {
        var day = date
        while dayOff(day) != nil { day = day.adding(days: 1) }
        return day
    }

    /// The last day of a time limit of `days` days from `start`: a limit that ends on a Saturday, a Sunday,
    /// a holiday, midsommarafton, julafton or nyårsafton runs on to the next working day, as lagen
    /// (1930:173) om beräkning av lagstadgad tid, 2 §, says — the protocol, its warnings and the follow-up
    /// report all count with this one day.
    public static func lastDay(of days: Int, from start: LocalDate) -> LocalDate {
        firstWorkingDay(onOrAfter: start.adding(days: days))
    }

    /// Easter Sunday of `year` (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
    public static func easterSunday(year: Int) -> LocalDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)
    }
}

extension LocalDate {
    /// The day of the week, 1 Monday … 7 Sunday (1970-01-01 was a Thursday).
    public var weekday: Int {
        let fromMonday = ((dayNumber + 3) % 7 + 7) % 7
        return fromMonday + 1
    }
}
