import BUSDocsKit

/// The agenda and minutes (dagordning och minnesanteckningar) for a steering or working group meeting,
/// or a behandlingskonferens
/// (`agenda.mustache`): the items, and room to write what was said and decided, who chaired and who
/// was there.
struct AgendaView {
    struct Item {
        var number: Int
        var title: String
        var details: [String]
        var hasDetails: Bool
    }

    var area: String
    var agreementTitle: String
    var groupName: String
    /// The name inside a sentence: "Ledamöter i lokala BUS-gruppen" (`Wording.inText`).
    var groupNameInText: String
    /// The document's title: the PDF's and Word file's, and the browser tab's.
    var title: String
    var groupKind: String
    /// What the group is, opening the ingress: "Styrgrupp för Nacka", or with a name of its own that is
    /// not its kind "Ledningsgruppen för BUS i Täby (styrgrupp för Täby)".
    var lead: String
    var cadence: String
    var term: String
    var meetingDate: String?
    /// Shown when the agreement is not in force on the meeting's day (`InForceNotice`).
    var validityWarning: String?
    /// A meeting on a weekend or holiday (`MeetingDayNotice`), each a sentence.
    var warnings: [String]
    var chair: String
    var convener: String?
    var attendees: [Attendee]
    var items: [Item]

    /// `date` is the meeting's when known; the term and the chair's turn follow it, or `today`.
    init(_ source: DocumentSource, group: Group, date: LocalDate?, today: LocalDate) {
        let a = source.agreement
        area = a.area?.value ?? "–"
        agreementTitle = a.title?.value ?? "Lokal BUS-överenskommelse"
        groupName = group.name?.value ?? group.id.value
        groupNameInText = Wording.inText(groupName)
        title = Wording.documentTitle("Dagordning och minnesanteckningar", group: groupName, area: a.area?.value)
        groupKind = Wording.groupKind(group.kind?.value)
        let kindForArea = "\(groupKind) för \(area)"
        let namesItsKind = group.name == nil || groupName.folded().contains(groupKind.folded())
        lead = namesItsKind ? kindForArea : "\(groupName) (\(kindForArea.prefix(1).lowercased() + kindForArea.dropFirst()))"
        cadence = Wording.cadence(group.meetings?.value)
        term = Wording.term(of: date ?? today)
        meetingDate = date?.description
        validityWarning = InForceNotice.judge(a, meeting: date, today: today)?.sentence
        warnings = [MeetingDayNotice.warning(meeting: date)?.sv].compactMap { $0 }
        chair = Self.chair(of: group, on: date ?? today, in: a)
        convener = PersonRole.convener(of: group, in: a)
        attendees = Attendee.rows(PersonRole.attending(group, in: a), blank: 2)
        items = Self.items(for: group, in: a).enumerated().map { Item(number: $0.offset + 1, title: $0.element.0, details: $0.element.1, hasDetails: !$0.element.1.isEmpty) }
    }

    /// Whose turn it is: with a rotating chair, each in the order written takes a term (or a year, with
    /// `period: år`), the first in the agreement's first term or year (`giltighet.från`, else its first
    /// revision). A turn of a principal names the principal only (the agreement does not say which of
    /// its members chairs); a turn of a party names its member in the group. Either way the rule follows
    /// in brackets: "kommunen, vårterminen 2027 (ordförandeskapet växlar varje termin mellan kommunen
    /// och regionen, med kommunen först vårterminen 2020)". A meeting before the first turn gets a blank. An agreement that does not say when its rotation
    /// starts does not say whose turn it is: the chair is left to fill in, with the rotation.
    static func chair(of group: Group, on date: LocalDate, in agreement: Agreement) -> String {
        switch group.chair?.value {
        case .rotating(let turns, let period)? where !turns.isEmpty:
            let yearly = period?.value == .year
            func turnNumber(of day: LocalDate) -> Int { yearly ? day.year : day.year * 2 + (day.month <= 6 ? 0 : 1) }
            let rotation = Wording.rotation(turns.map(\.value), period: period?.value, in: agreement)
            let rule = "ordförandeskapet " + rotation.prefix(1).lowercased() + rotation.dropFirst()
            let start = Wording.rotationStart(of: agreement)
            if start == nil, turns.count > 1 { return "____________ (\(rule))" }
            // Before the rotation's first turn (a meeting before the agreement starts), no turn is worked
            // out backwards: the chair is left to fill in.
            if let start, turnNumber(of: date) < turnNumber(of: start) { return "____________ (\(rule))" }
            let index = ((turnNumber(of: date) - (start.map(turnNumber(of:)) ?? 0)) % turns.count + turns.count) % turns.count
            let when = yearly ? "år \(date.year)" : Wording.term(of: date)
            let who: String
            switch turns[index].value {
            case .principal(let turn):
                who = Wording.definite(turn)
            case .party(let id):
                let member = group.members.first { $0.party?.value == id }
                who = member.map { PersonRole(role: $0.role?.value, party: $0.party, in: agreement).text }
                    ?? Wording.partyName(id, in: agreement) ?? "____________"
            }
            return "\(who), \(when) (\(rule))"
        case .fixed(let party)?:
            return Wording.partyName(party.value, in: agreement) ?? "utses vid mötet"
        default:
            // After "Ordförande:", in lower case as Swedish writes a phrase after a colon.
            return "utses vid mötet"
        }
    }

    /// The standing items the agreement implies for this kind of group.
    static func items(for group: Group, in agreement: Agreement) -> [(String, [String])] {
        let isSteering = group.kind?.value == .steeringGroup
        var items: [(String, [String])] = [
            ("Mötet öppnas, val av justerare", []),
            ("Föregående mötes minnesanteckningar", []),
        ]
        // A behandlingskonferens: cases raised for consultation, anonymised or with consent for the occasion.
        if group.kind?.value == .treatmentConference {
            let consent = agreement.consent?.value == .written ? "skriftliga samtycke" : "samtycke"
            items.append(("Ärenden för konsultation", [
                "Ett ärende lyfts avidentifierat: inga namn, personnummer eller andra uppgifter som kan identifiera barnet.",
                "Ett ärende som lyfts öppet kräver vårdnadshavarnas \(consent) för detta tillfälle.",
                "För varje ärende: vilken verksamhet som lyfter det, frågan och vem som gör vad.",
            ]))
            items += [("Övriga frågor", []), ("Nästa möte", [])]
            return items
        }
        if let followUp = agreement.followUp, followUp.owner?.value == group.id.value {
            items.append(("Uppföljning av överenskommelsen (\(Wording.period(followUp.period?.value)))",
                          followUp.indicators.map { Wording.indicator($0.value, in: agreement) }))
        }
        items.append(("Inkomna avvikelser sedan förra mötet", agreement.deviations.map { ["Mottagare av principiella avvikelser: \($0.receiver?.value ?? "–")"] } ?? []))
        if isSteering {
            items.append(("Frågor av principiell karaktär mellan huvudmännen", []))
            if let working = agreement.groups(ofKind: .workingGroup).first {
                items.append(("Uppdrag till \(Wording.inText(working.name?.value ?? "arbetsgruppen"))", []))
            }
            items.append(("Fokusområden för nästkommande år", []))
        } else {
            let steering = agreement.groups(ofKind: .steeringGroup).first?.name?.value
            items.append(("Uppdrag från \(steering.map(Wording.inText) ?? "styrgruppen"): rapport", []))
            items.append(("Rutiner för samverkan och avvikelsehantering", []))
        }
        items += [("Övriga frågor", []), ("Nästa möte", [])]
        return items
    }
}

// MARK: Template variables

extension AgendaView: TemplateView {
    static let fields = TemplateFields<AgendaView>([
        ("area", { $0.area }),
        ("agreementTitle", { $0.agreementTitle }),
        ("groupName", { $0.groupName }),
        ("groupNameInText", { $0.groupNameInText }),
        ("groupKind", { $0.groupKind }),
        ("lead", { $0.lead }),
        ("cadence", { $0.cadence }),
        ("term", { $0.term }),
        ("meetingDate", { $0.meetingDate }),
        ("validityWarning", { $0.validityWarning }),
        ("warnings", { $0.warnings }),
        ("chair", { $0.chair }),
        ("convener", { $0.convener }),
        ("attendees", { $0.attendees }),
        ("items", { $0.items }),
    ])
}

extension AgendaView.Item: TemplateView {
    static let fields = TemplateFields<AgendaView.Item>([
        ("number", { $0.number }),
        ("title", { $0.title }),
        ("details", { $0.details }),
        ("hasDetails", { $0.hasDetails }),
    ])
}
