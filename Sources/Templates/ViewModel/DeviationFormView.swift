import BUSDocsKit

/// The deviation form (avvikelseblankett, `avvikelseblankett.mustache`): what a case officer fills in when
/// collaboration fails, with the agreement's routine pre-filled.
struct DeviationFormView {
    struct Step {
        var id: String
        var label: String
    }

    /// One answer among the register's values: the form's one field for the question (`field`, shared by
    /// every answer to it, so only one can be chosen), the answer's own id and the value it records.
    struct Choice {
        var field: String
        var id: String
        var value: String
        var label: String
    }

    /// The fields for what the register records once per deviation, named as its columns (`ämne`, `status`)
    /// are, folded: one choice each.
    static let topicField = "amne"
    static let statusField = "status"

    var area: String
    var agreementTitle: String
    /// Shown when the agreement is not in force on the day the form is made (`InForceNotice`).
    var validityWarning: String?
    var parties: [PartyView]
    /// The parties' names in one line, "A; B; C", for text formats.
    var partyNames: String
    var steps: [Step]
    /// Who receives questions of principle: the routine's `mottagare`, as running text names it
    /// ("skickas till samrådsgruppen för …").
    var receiver: String
    /// Who receives the form: the routine's first step (at the party the deviation concerns, when it is a
    /// person rather than a group), and for a question of principle the receiver.
    var recipient: String
    var followedUpBy: String
    var resultUse: String
    /// What the deviation is about, as the register records it (`ämne` in `avvikelser.csv`).
    var topics: [Choice]
    /// Where the deviation stands, as the register records it (`status` in `avvikelser.csv`).
    var statuses: [Choice]
    /// Whether the question is of a principal nature: one answer, `ja` (sent to the receiver) or `nej`
    /// (handled locally), the field `principiell`.
    var principalAnswers: [Choice]

    init(_ source: DocumentSource) {
        let a = source.agreement
        area = a.area?.value ?? "–"
        agreementTitle = a.title?.value ?? "Lokal BUS-överenskommelse"
        validityWarning = InForceNotice.judge(a, meeting: nil, today: source.today)?.sentence
        parties = PartyView.numbered(a.parties, ruleSet: source.ruleSet)
        partyNames = parties.map(\.name).joined(separator: "; ")
        let routine = a.deviations
        let receiver = a.countyBody(ruleSet: source.ruleSet)
        // Definite, as a sentence names it: "samrådsgruppen för barns och ungas hälsa".
        let named = Wording.definiteBody(receiver)
        self.receiver = named
        // Every step before the county-wide receiver is one the reporter may already have tried.
        // The county-wide body by any of its names (BUSSAM, samrådsgruppen …) is where the form may go, not
        // a step already tried.
        let countyWide = Set(([receiver] + source.ruleSet.deviationReceivers + RuleSet.current.deviationReceivers).map { $0.folded() })
        let tried = ([routine?.firstStep?.value ?? "närmaste arbetsledare"] + (routine?.escalation.map(\.value) ?? []))
            .filter { !countyWide.contains($0.folded()) }
        let first = routine?.firstStep?.value ?? "närmaste arbetsledare"
        let local: String? = if first.folded() == receiver.folded() { nil }
            else if let group = a.group(named: first) { group.name?.value ?? group.id.value }
            else { first + " hos den part som avvikelsen gäller" }
        let recipient = local.map { "\($0); frågor av principiell karaktär: \(named)" } ?? named
        self.recipient = recipient.capitalizedFirst
        steps = tried.enumerated().map { index, step in
            // A question is taken up *with* a person (närmaste arbetsledare) but *in* a forum.
            guard let group = a.groups.first(where: { $0.id.value == step }) ?? a.group(named: step) else {
                return Step(id: "steg-\(index + 1)", label: "Frågan har tagits upp med \(Wording.definiteBody(Wording.inText(step)))")
            }
            return Step(id: "steg-\(index + 1)", label: "Frågan har tagits upp i \(Wording.inText(group.name?.value ?? group.id.value))")
        }
        let owner = a.followUp?.owner?.value
        followedUpBy = a.groups.first { $0.id.value == owner }?.name?.value ?? "styrgruppen"
        let indicators = a.followUp?.indicators.contains { $0.value == "avvikelser" } == true
        resultUse = indicators
            ? "Avvikelserna sammanställs och redovisas i den årliga uppföljningen, som \(Wording.inText(followedUpBy)) gör."
            : "Avvikelserna redovisas för \(Wording.inText(followedUpBy))."
        topics = DeviationTopic.allCases.map { topic in
            Choice(field: Self.topicField, id: Self.topicField + "-" + Self.fieldName(topic.rawValue), value: topic.rawValue, label: topic.label.capitalizedFirst)
        }
        statuses = DeviationStatus.allCases.map { status in
            let label = switch status {
            case .solvedLocally: "Löst lokalt"
            case .sentToCountyBody: "Skickad till \(named)"
            case .open: "Öppen – inte löst ännu"
            }
            return Choice(field: Self.statusField, id: Self.statusField + "-" + Self.fieldName(status.rawValue), value: status.rawValue, label: label)
        }
        principalAnswers = [
            Choice(field: "principiell", id: "principiell-ja", value: "ja", label: "Ja – skickas till \(named)"),
            Choice(field: "principiell", id: "principiell-nej", value: "nej", label: "Nej – hanteras lokalt"),
        ]
    }

    /// A register value as a form field's name: "informationsöverföring" → "informationsoverforing".
    private static func fieldName(_ value: String) -> String {
        String(value.folded().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}

// MARK: Template variables

extension DeviationFormView: TemplateView {
    static let fields = TemplateFields<DeviationFormView>([
        ("area", { $0.area }),
        ("agreementTitle", { $0.agreementTitle }),
        ("validityWarning", { $0.validityWarning }),
        ("parties", { $0.parties }),
        ("partyNames", { $0.partyNames }),
        ("steps", { $0.steps }),
        ("receiver", { $0.receiver }),
        ("recipient", { $0.recipient }),
        ("followedUpBy", { $0.followedUpBy }),
        ("resultUse", { $0.resultUse }),
        ("topics", { $0.topics }),
        ("statuses", { $0.statuses }),
        ("principalAnswers", { $0.principalAnswers }),
    ])
}

extension DeviationFormView.Choice: TemplateView {
    static let fields = TemplateFields<DeviationFormView.Choice>([
        ("field", { $0.field }),
        ("id", { $0.id }),
        ("value", { $0.value }),
        ("label", { $0.label }),
    ])
}

extension DeviationFormView.Step: TemplateView {
    static let fields = TemplateFields<DeviationFormView.Step>([
        ("id", { $0.id }),
        ("label", { $0.label }),
    ])
}
