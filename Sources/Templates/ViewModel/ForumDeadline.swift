import BUSDocsKit

/// An individforum's deadline for one need: noticed on `noticed`, the forum meets within `days` days,
/// by `latest` — or, when that is a day off, by the next working day (`SwedishCalendar.lastDay`). What is wrong with the dates a chair gives is worked out and worded here, once: the
/// protocol shows the Swedish sentences in the document, and `protocol` prints them on stderr in the
/// run's language.
public struct ForumDeadline: Equatable, Sendable {
    public var days: Int
    public var noticed: LocalDate
    public var latest: LocalDate

    public init(noticed: LocalDate, days: Int) {
        self.days = days
        self.noticed = noticed
        self.latest = noticed.adding(days: days)
    }

    /// The forum's deadline for a need noticed on `noticed` (its own `inom-dagar` within the rule set's).
    public init(noticed: LocalDate, group: Group, ruleSet: RuleSet) {
        self.init(noticed: noticed, days: ProtocolView.deadline(of: group, ruleSet: ruleSet))
    }

    /// Each a sentence, in document order: the meeting (`--date`) is later than the deadline (moved on past a day off); or,
    /// with no meeting date yet, the deadline has already passed on `today`, or it falls after the agreement
    /// has expired (`validUntil`, its last day) while it is still in force today. A deadline on a day off is
    /// no warning: the time runs on to the next working day, the latest day the protocol names. A meeting date itself
    /// after the agreement has expired, or on a day off (`MeetingDayNotice`), is said where every meeting
    /// document says it, not here.
    public func warnings(meeting: LocalDate?, today: LocalDate, validUntil end: LocalDate?) -> [LocalizedText] {
        if let meeting {
            guard meeting > latestWorkingDay else { return [] }
            return [LocalizedText(
                sv: "Mötet \(meeting) hålls efter tidsgränsen: individforum ska hållas inom \(days) dagar från att behovet uppmärksammades, senast \(by.sv).",
                en: "The meeting on \(meeting) is after the deadline: the individforum meets within \(days) days of the need being noticed, by \(by.en).")]
        }
        if today > latestWorkingDay {
            return [LocalizedText(
                sv: "Tidsgränsen har redan passerat: individforum ska hållas inom \(days) dagar från att behovet uppmärksammades (\(noticed)), senast \(by.sv), och i dag är det \(today).",
                en: "The deadline has already passed: the individforum meets within \(days) days of the need being noticed (\(noticed)), by \(by.en), and today is \(today).")]
        }
        if let end, latest > end, today <= end {
            // The agreement's last day may itself be a day off (nyårsafton): the last working day before it.
            let last = SwedishCalendar.lastWorkingDay(onOrBefore: end)
            return [LocalizedText(
                sv: "Tidsgränsen \(latest) infaller efter att överenskommelsen upphör att gälla (den gäller till och med \(end)): håll mötet senast \(last), eller förnya överenskommelsen.",
                en: "The deadline, \(latest), falls after the agreement expires (it is valid until \(end)): hold the meeting by \(last), or renew the agreement.")]
        }
        return []
    }

    /// The latest day, as the warnings name it: the deadline, and when it is a day off, the next working
    /// day too ("2026-11-29, som är en söndag, alltså senast 2026-11-30"), the day the protocol names.
    var by: LocalizedText {
        guard let dayOff = SwedishCalendar.dayOff(latest), let inEnglish = SwedishCalendar.dayOffInEnglish(latest) else {
            return LocalizedText(sv: "\(latest)", en: "\(latest)")
        }
        return LocalizedText(sv: "\(latest), som är \(dayOff), alltså senast \(latestWorkingDay)",
                             en: "\(latest), which is \(inEnglish), so by \(latestWorkingDay)")
    }

    /// The deadline, or the first working day after it when it is a day off: the day the protocol names
    /// as the latest, and the day the follow-up report counts a meeting in time by.
    public var latestWorkingDay: LocalDate { SwedishCalendar.lastDay(of: days, from: noticed) }
}

extension LocalizedText {
    /// A sentence of a document as a line on stderr, after "bus-docs: varning: ": its first letter small
    /// and no full stop.
    public var asMessage: LocalizedText {
        func message(_ sentence: String) -> String {
            let trimmed = sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence
            return trimmed.prefix(1).lowercased() + trimmed.dropFirst()
        }
        return LocalizedText(sv: message(sv), en: message(en))
    }
}
