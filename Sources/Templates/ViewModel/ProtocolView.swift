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
    /// What is wrong with the dates given, each a sentence (`ForumDeadline.warnings`).
    var warnings: [String]
    /// The one about a meeting later than the deadline allows, alone: for templates written before `warnings`.
    var lateWarning: String?
    var writtenConsent: Bool
    var consentText: String
    var parties: [PartyView]
    /// The parties' names in one line, "A; B; C", for text formats.
    var partyNames: String
    var decisionRows: [Int]
    /// The head of the grid of parties and decisions: each decision may have several responsible parties.
    var responsibilityCaption: String
    /// The steering group's name as "lyfts till …" writes it.
    var escalationGroup: String

    init(_ source: DocumentSource, group: Group, date: LocalDate?, noticed: LocalDate?, today: LocalDate) {
        let a = source.agreement
        area = a.area?.value ?? "–"
        agreementTitle = a.title?.value ?? "Lokal BUS-överenskommelse"
        // A forum without a name is the area's: "BUS individforum Huddinge", as the named ones are called.
        forumName = group.name?.value ?? (["BUS individforum"] + (a.area.map { [$0.value] } ?? [])).joined(separator: " ")
        title = Wording.documentTitle("Protokoll", group: forumName, area: a.area?.value)
        convener = PersonRole.convener(of: group, in: a) ?? "–"
        // A convener who is not a member takes one of the three rows left for others who join: the
        // protocol keeps its length (its signing on the second page, as Word and LibreOffice print it).
        // A forum that names no members meets with a manager with decision mandate from each party: a row
        // per party, and one left for others who join.
        let attending = group.members.isEmpty ? PersonRole.deciding(group, in: a) : PersonRole.attending(group, in: a)
        attendees = Attendee.rows(attending, blank: group.members.isEmpty ? 1 : max(0, 3 - (attending.count - group.members.count)))
        let days = Self.deadline(of: group, ruleSet: source.ruleSet)
        deadlineDays = days
        meetingDate = date?.description
        noticedDate = noticed?.description
        validityWarning = InForceNotice.judge(a, meeting: date, today: source.today)?.sentence
        let deadline = noticed.map { ForumDeadline(noticed: $0, days: days) }
        latestDate = deadline?.latestWorkingDay.description
        let warnings = (deadline?.warnings(meeting: date, today: today, validUntil: a.validity?.until?.value.endDate).map(\.sv) ?? [])
            + [MeetingDayNotice.warning(meeting: date)?.sv].compactMap { $0 }
        self.warnings = warnings
        if let date, let latest = deadline?.latestWorkingDay, date > latest { lateWarning = warnings.first }
        writtenConsent = a.consent?.value == .written
        consentText = writtenConsent
            ? "Skriftligt samtycke har inhämtats från vårdnadshavare (och barnet när det är lämpligt) för detta tillfälle."
            : "Samtycke har inhämtats för detta tillfälle."
        parties = PartyView.numbered(a.parties, ruleSet: source.ruleSet)
        partyNames = parties.map(\.name).joined(separator: "; ")
        decisionRows = [1, 2, 3, 4]
        responsibilityCaption = "Ansvarig part: kryssa för varje åtgärd den eller de parter som ansvarar"
        escalationGroup = a.groups(ofKind: .steeringGroup).first?.name.map { Wording.inText($0.value) } ?? "styrgruppen"
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
        ("title", { $0.title }),
        ("warnings", { $0.warnings }),
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
