import BUSDocsKit

/// Why a meeting document follows an agreement that is not in force on the meeting's day (without a
/// date, on the day the document is made): it is repealed, not yet decided, has expired or has not yet
/// begun. The one judgement of it, said in two places: on standard error in the run's language, and in
/// the document itself as a warning at its top (documents are Swedish). The document is still made: a
/// meeting in the months between two agreements, or one rehearsing a draft, needs its protocol too.
public enum InForceNotice: Equatable, Sendable {
    case repealed
    case notDecided(AgreementStatus)
    case expired(end: LocalDate, meeting: LocalDate?)
    case notYetInForce(start: LocalDate, meeting: LocalDate?)

    /// `meeting`: the meeting's date when given; otherwise `today` decides (nil: only the status does).
    public static func judge(_ agreement: Agreement, meeting: LocalDate?, today: LocalDate?) -> InForceNotice? {
        switch agreement.status?.value {
        case .revoked?: return .repealed
        case let status? where status == .draft || status == .consultation: return .notDecided(status)
        default: break
        }
        guard let day = meeting ?? today else { return nil }
        if let end = agreement.validity?.until?.value.endDate, day > end { return .expired(end: end, meeting: meeting) }
        if let start = agreement.validity?.from?.value.date, day < start { return .notYetInForce(start: start, meeting: meeting) }
        return nil
    }

    /// The warning, as standard error says it after "bus-docs: varning: ".
    public var text: LocalizedText {
        switch self {
        case .repealed:
            return LocalizedText(sv: "överenskommelsen är upphävd (status: upphävd): dokumentet bygger på en överenskommelse som inte längre gäller",
                                 en: "the agreement is repealed (status: upphävd): the document follows an agreement that is no longer in force")
        case .notDecided(let status):
            return LocalizedText(sv: "överenskommelsen är inte beslutad (status: \(status.rawValue)): dokumentet bygger på ett förslag som kan ändras innan det beslutas",
                                 en: "the agreement is not decided yet (status: \(status.rawValue)): the document follows a proposal that may change before it is decided")
        case .expired(let end, let meeting?):
            return LocalizedText(sv: "mötet \(meeting) hålls efter att överenskommelsen har upphört att gälla (den gällde till och med \(end)); förnya överenskommelsen",
                                 en: "the meeting on \(meeting) is after the agreement has expired (it was valid until \(end)); renew the agreement")
        case .expired(let end, nil):
            return LocalizedText(sv: "överenskommelsen har upphört att gälla (den gällde till och med \(end)); förnya överenskommelsen",
                                 en: "the agreement has expired (it was valid until \(end)); renew the agreement")
        case .notYetInForce(let start, let meeting?):
            return LocalizedText(sv: "mötet \(meeting) hålls innan överenskommelsen börjar gälla (från \(start))",
                                 en: "the meeting on \(meeting) is before the agreement comes into force (on \(start))")
        case .notYetInForce(let start, nil):
            return LocalizedText(sv: "överenskommelsen börjar gälla först \(start)",
                                 en: "the agreement comes into force only on \(start)")
        }
    }

    /// The warning as the document says it, after its "Varning:": a Swedish sentence.
    public var sentence: String {
        let text = self.text.sv
        return text.capitalizedFirst + "."
    }
}
