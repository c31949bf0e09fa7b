/// Cadences in words, as agreements and documents say them: "minst en gång per termin".
public enum CadenceWording {
    public static func atLeast(_ count: Int, per period: Period) -> LocalizedText {
        LocalizedText(
            sv: "minst \(swedishTimes(count)) per \(period.rawValue)",
            en: "at least \(englishTimes(count)) per \(englishName(period))")
    }

    /// "vid behov, inom 14 dagar" / "when needed, within 14 days".
    public static func whenNeeded(withinDays days: Int?) -> LocalizedText {
        guard let days else { return LocalizedText(sv: "vid behov", en: "when needed") }
        return LocalizedText(sv: "vid behov, inom \(days) dagar", en: "when needed, within \(days) \(days == 1 ? "day" : "days")")
    }

    /// A group's `möten` in words.
    public static func cadence(_ cadence: Cadence) -> LocalizedText {
        switch cadence {
        case .atLeast(let count, let period): atLeast(count, per: period)
        case .whenNeeded(let days): whenNeeded(withinDays: days?.value)
        }
    }

    static func swedishTimes(_ count: Int) -> String {
        count == 1 ? "en gång" : "\(SwedishNumbers.word(count)) gånger"
    }

    static func englishTimes(_ count: Int) -> String {
        switch count {
        case 1: return "once"
        case 2: return "twice"
        default: return "\(count) times"
        }
    }

    static func englishName(_ period: Period) -> String {
        switch period {
        case .week: return "week"
        case .month: return "month"
        case .term: return "term"
        case .year: return "year"
        }
    }
}
