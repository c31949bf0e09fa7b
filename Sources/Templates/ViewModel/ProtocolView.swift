import BUSDocsKit

/// The protocol template for a BUS individforum (`protocol-individforum.mustache`).
struct ProtocolView {
    var area: String
    var agreementTitle: String
    var forumName: String
    /// The document's title: the PDF's and Word file's, and the browser tab's.
    var title: String
    var convener: String
    /// The forum's members, then empty rows for others who join.
    var attendees: [Attendee]
    var meetingDate: String?
    var noticedDate: String?
    var latestDate: String?
    var deadlineDays: Int
    /// Shown when the agreement is not in force on the meeting's day (`InForceNotice`).
    var validityWarning: String?
    /// Shown when the meeting date is later than the deadline allows.
    var lateWarning: String?
    var writtenConsent: Bool
    var consentText: String
    var parties: [PartyView]
    /// The parties' names in one line, "A; B; C", for text formats.
    var partyNames: String
    var decisionRows: [Int]
    /// The head of the grid of parties and decisions: each decision may have several responsible parties.
    var responsibilityCaption: String
    var escalationGroup: String

    init(_ source: DocumentSource, group: Group, date: LocalDate?, noticed: LocalDate?) {
        let a = source.agreement
        area = a.area?.value ?? "–"
        agreementTitle = a.title?.value ?? "Lokal BUS-överenskommelse"
        forumName = group.name?.value ?? "BUS individforum"
        title = Wording.documentTitle("Protokoll", group: forumName, area: a.area?.value)
        convener = PersonRole.convener(of: group, in: a) ?? "–"
        attendees = Attendee.rows(PersonRole.members(of: group, in: a), blank: 3)
        deadlineDays = Self.deadline(of: group, ruleSet: source.ruleSet)
        meetingDate = date?.description
        noticedDate = noticed?.description
        let latest = noticed?.adding(days: deadlineDays)
        latestDate = latest?.description
        validityWarning = InForceNotice.judge(a, meeting: date, today: source.today)?.sentence
        if let date, let latest, date > latest {
            lateWarning = "Mötet \(date) hålls efter tidsgränsen: individforum ska hållas inom \(deadlineDays) dagar från att behovet uppmärksammades, senast \(latest)."
        }
        writtenConsent = a.consent?.value == .written
        consentText = writtenConsent
            ? "Skriftligt samtycke har inhämtats från vårdnadshavare (och barnet när det är lämpligt) för detta tillfälle."
            : "Samtycke har inhämtats för detta tillfälle."
        parties = PartyView.numbered(a.parties, ruleSet: source.ruleSet)
        partyNames = parties.map(\.name).joined(separator: "; ")
        decisionRows = [1, 2, 3, 4]
        responsibilityCaption = "Ansvarig part: kryssa för varje åtgärd den eller de parter som ansvarar"
        escalationGroup = a.groups(ofKind: .steeringGroup).first?.name?.value ?? "styrgruppen"
    }

    /// The forum's own deadline when it names one within the rule set's, else the rule set's.
    static func deadline(of group: Group, ruleSet: RuleSet) -> Int {
        if case .whenNeeded(let days?)? = group.meetings?.value, days.value <= ruleSet.individualForumDeadlineDays {
            return days.value
        }
        return ruleSet.individualForumDeadlineDays
    }
}

// MARK: Template variables

extension ProtocolView: TemplateView {
    static let fields = TemplateFields<ProtocolView>([
        ("area", { $0.area }),
        ("agreementTitle", { $0.agreementTitle }),
        ("forumName", { $0.forumName }),
        ("convener", { $0.convener }),
        ("attendees", { $0.attendees }),
        ("meetingDate", { $0.meetingDate }),
        ("noticedDate", { $0.noticedDate }),
        ("latestDate", { $0.latestDate }),
        ("deadlineDays", { $0.deadlineDays }),
        ("validityWarning", { $0.validityWarning }),
        ("lateWarning", { $0.lateWarning }),
        ("writtenConsent", { $0.writtenConsent }),
        ("consentText", { $0.consentText }),
        ("parties", { $0.parties }),
        ("partyNames", { $0.partyNames }),
        ("decisionRows", { $0.decisionRows }),
        ("responsibilityCaption", { $0.responsibilityCaption }),
        ("escalationGroup", { $0.escalationGroup }),
    ])
}
