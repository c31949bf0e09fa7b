/// Cadences in words, as agreements and documents say them: "minst en gång per termin".
public enum CadenceWording {
    public static func atLeast(_ count: Int, per period: Period) -> LocalizedText {
        LocalizedText(
            sv: "minst \(swedishTimes(count)) per \(period.rawValue)",
            en: "at least \(englishTimes(count)) per \(englishName(period))")
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
