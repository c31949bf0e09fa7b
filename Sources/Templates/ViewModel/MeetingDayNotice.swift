import BUSDocsKit

/// A meeting (`--date`) set on a Saturday, a Sunday or a Swedish holiday (`SwedishCalendar`): said once,
/// here, and shown by every meeting document as a warning at its top and on stderr in the run's language.
public enum MeetingDayNotice {
    /// The warning as a sentence, or nil when the meeting is on a working day.
    public static func warning(meeting: LocalDate?) -> LocalizedText? {
        guard let meeting, let dayOff = SwedishCalendar.dayOff(meeting), let inEnglish = SwedishCalendar.dayOffInEnglish(meeting) else { return nil }
        return LocalizedText(
            sv: "Mötesdagen \(meeting) är \(dayOff): välj en arbetsdag för mötet.",
            en: "The meeting day, \(meeting), is \(inEnglish): choose a working day for the meeting.")
    }
}
