import BUSDocsKit

/// A party as documents show it.
struct PartyView {
    var id: String
    /// The party's place in the agreement, from 1: forms name their party checkboxes by it, since an id may
    /// hold characters a form field's name should not.
    var number: Int
    var name: String
    var principal: String
    var services: [String]

    init(_ party: Party, number: Int = 0, ruleSet: RuleSet) {
        id = party.id.value
        self.number = number
        name = party.name?.value ?? party.id.value
        principal = Wording.principal(party.principal?.value)
        services = party.services.map { ruleSet.documentName($0.value) }
    }

    /// The agreement's parties, numbered in order.
    static func numbered(_ parties: [Party], ruleSet: RuleSet) -> [PartyView] {
        parties.enumerated().map { PartyView($1, number: $0 + 1, ruleSet: ruleSet) }
    }
}

/// A role at an organisation: a member, a convener, a signatory.
struct PersonRole {
    var role: String
    var organisation: String
    var substitute: String?

    init(role: String?, party: Located<String>?, substitute: String? = nil, in agreement: Agreement) {
        self.role = role ?? "–"
        self.organisation = party.flatMap { Wording.partyName($0.value, in: agreement) } ?? "–"
        self.substitute = substitute
    }

    /// "Enhetschef, Rinkeby-Kista stadsdelsförvaltning"; the role alone when no party the agreement has is named.
    var text: String { organisation == "–" ? role : "\(role), \(organisation)" }

    /// A group's members, with their substitutes.
    static func members(of group: Group, in agreement: Agreement) -> [PersonRole] {
        group.members.map { PersonRole(role: $0.role?.value, party: $0.party, substitute: $0.substitute?.value, in: agreement) }
    }

    /// Who is expected at a meeting of the group: its members, and its convener first when no member is
    /// the convener (the same party and role): a forum that lists no members still has its convener on
    /// the attendance list.
    static func attending(_ group: Group, in agreement: Agreement) -> [PersonRole] {
        let members = members(of: group, in: agreement)
        guard let convener = group.convener?.value else { return members }
        let isMember = group.members.contains { member in
            // "Enhetschef" at the party that has a member "Enhetschef barn och unga" is that member.
            member.party?.value == convener.party?.value
                && Self.sameRole(member.role?.value, convener.role?.value)
        }
        return isMember ? members : [PersonRole(role: convener.role?.value, party: convener.party, in: agreement)] + members
    }

    /// Who is expected at a forum that names no members: its convener, then a manager with decision
    /// mandate ("Chef med beslutsmandat") from each other party, in the agreement's order.
    static func deciding(_ group: Group, in agreement: Agreement) -> [PersonRole] {
        let convener = group.convener?.value
        let first = convener.map { [PersonRole(role: $0.role?.value, party: $0.party, in: agreement)] } ?? []
        return first + agreement.parties.filter { $0.id.value != convener?.party?.value }.map { party in
            PersonRole(role: "Chef med beslutsmandat", party: party.id, in: agreement)
        }
    }

    /// Whether two roles at one party name the same post: equal, or one the other with more words after
    /// it ("Enhetschef" and "Enhetschef barn och unga").
    private static func sameRole(_ one: String?, _ other: String?) -> Bool {
        guard let one = one.map(Words.folded), let other = other.map(Words.folded), !one.isEmpty, !other.isEmpty else { return one == other }
        return one.starts(with: other) || other.starts(with: one)
    }

    /// A group's convener as one line, when it names one.
    static func convener(of group: Group, in agreement: Agreement) -> String? {
        group.convener.map { PersonRole(role: $0.value.role?.value, party: $0.value.party, in: agreement).text }
    }
}

/// One finding shown on a page.
struct DiagnosticView {
    var severity: String
    var isError: Bool
    var rule: String
    var message: String
    var hint: String?
    /// The message and hint as escaped HTML, their `code` and *emphasis* as `<code>` and `<em>`.
    var messageHTML: String
    var hintHTML: String?
    var line: Int
    var column: Int
    /// Other places the finding points to, each with what it is there.
    var notes: [NoteView]
    /// The source lines around the finding, when the page quotes them (an unreadable agreement's page).
    var excerpt: [ExcerptLine]
    var hasExcerpt: Bool

    /// A finding's note: its message and place.
    struct NoteView {
        var message: String
        var messageHTML: String
        var line: Int
        var column: Int
    }

    /// A quoted source line; `marked` is the finding's own.
    struct ExcerptLine {
        var number: Int
        var text: String
        var marked: Bool
    }

    init(_ diagnostic: Diagnostic, lines: [Int: String] = [:]) {
        isError = diagnostic.severity == .error
        severity = isError ? "fel" : "varning"
        rule = diagnostic.ruleID
        message = InlineMarkup.plain(diagnostic.message.sv)
        hint = diagnostic.hint.map { InlineMarkup.plain($0.sv) }
        messageHTML = InlineMarkup.html(diagnostic.message.sv)
        hintHTML = diagnostic.hint.map { InlineMarkup.html($0.sv) }
        line = diagnostic.location.line
        column = diagnostic.location.column
        notes = diagnostic.notes.map {
            NoteView(message: InlineMarkup.plain($0.message.sv), messageHTML: InlineMarkup.html($0.message.sv),
                     line: $0.location.line, column: $0.location.column)
        }
        let around = (diagnostic.location.line - UnreadableSource.context)...(diagnostic.location.line + UnreadableSource.context)
        excerpt = around.compactMap { number in
            lines[number].map { ExcerptLine(number: number, text: $0, marked: number == diagnostic.location.line) }
        }
        hasExcerpt = !excerpt.isEmpty
    }
}

/// Whether an agreement passed its check, for badges on pages.
struct StatusView {
    var label: String
    var cssClass: String
    var isValid: Bool

    init(label: String, cssClass: String, isValid: Bool) {
        (self.label, self.cssClass, self.isValid) = (label, cssClass, isValid)
    }

    /// An agreement file with no model to check or render.
    static let unreadable = StatusView(label: "Kan inte läsas", cssClass: "status-olaslig", isValid: false)

    /// An agreement whose text is withheld because it holds personal data: a personal identity number or a
    /// child's name (BUS018's errors).
    static let withheld = StatusView(label: "Publiceras inte – personuppgifter", cssClass: "status-ej-publicerad", isValid: false)

    /// The status an agreement gives itself, without what the check found: a draft, a consultation
    /// version or a revoked agreement; nil for a decided one (or one that does not say).
    static func stated(_ status: AgreementStatus?) -> StatusView? {
        switch status {
        case .draft?, .consultation?, .revoked?: return StatusView([], status: status)
        case .decided?, nil: return nil
        }
    }

    /// A draft, a consultation version or a revoked agreement says so whatever its findings; a decided
    /// one (or one that does not say) has ended when on `today` its validity has (with or without
    /// errors), and is otherwise valid unless it has errors or has not yet begun (dates that are not
    /// dates are BUS012's errors).
    init(_ diagnostics: [Diagnostic], status: AgreementStatus? = nil, validity: Validity? = nil, today: LocalDate? = nil) {
        let hasErrors = diagnostics.contains { $0.severity == .error }
        switch status {
        case .draft?:
            (label, cssClass, isValid) = (hasErrors ? "Utkast – med fel" : "Utkast", "status-utkast", false)
            return
        case .consultation?:
            (label, cssClass, isValid) = (hasErrors ? "Remissversion – med fel" : "Remissversion", "status-utkast", false)
            return
        case .revoked?:
            (label, cssClass, isValid) = ("Upphävd", "status-upphavd", false)
            return
        case .decided?, nil:
            break
        }
        // That it has ended is the first thing a reader needs, errors or not (they are listed all the same).
        if let today, let end = validity?.until?.value.endDate, end < today {
            (label, cssClass, isValid) = (hasErrors ? "Har upphört att gälla – med fel" : "Har upphört att gälla", "status-upphord", false)
        } else if hasErrors {
            (label, cssClass, isValid) = ("Fel – inte giltig", "status-fel", false)
        } else if let today, let start = validity?.from?.value.date, today < start {
            (label, cssClass, isValid) = ("Gäller från \(start)", "status-kommande", false)
        } else if diagnostics.isEmpty {
            (label, cssClass, isValid) = ("Giltig", "status-giltig", true)
        } else {
            (label, cssClass, isValid) = ("Giltig med varningar", "status-varning", true)
        }
    }
}

/// A numbered row of an attendance table: a member, or an empty row to fill in by hand.
struct Attendee {
    var number: Int
    var role: String
    var organisation: String
    var substitute: String?
    var isBlank: Bool

    /// Whose row it is, as a field's label names it to a screen reader or in a PDF reader's tooltip:
    /// "Enhetschef, Nacka socialförvaltning", or "tom rad 6" for a row to fill in by hand.
    var who: String {
        isBlank ? "tom rad \(number)" : [role, organisation].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// The members, then `blank` empty rows.
    static func rows(_ members: [PersonRole], blank: Int) -> [Attendee] {
        // The skeleton's "Ersättare med samma mandat" names nobody: the column is left for the chair to fill in.
        let filled = members.enumerated().map {
            Attendee(number: $0.offset + 1, role: $0.element.role, organisation: $0.element.organisation,
                     substitute: $0.element.substitute == AgreementDraft.placeholderSubstitute ? nil : $0.element.substitute, isBlank: false)
        }
        let empty = (0..<blank).map { Attendee(number: members.count + $0 + 1, role: "", organisation: "", substitute: nil, isBlank: true) }
        return filled + empty
    }
}

// MARK: Template variables

extension PartyView: TemplateView {
    static let fields = TemplateFields<PartyView>([
        ("id", { $0.id }),
        ("number", { $0.number }),
        ("name", { $0.name }),
        ("principal", { $0.principal }),
        ("services", { $0.services }),
    ])
}

extension PersonRole: TemplateView {
    static let fields = TemplateFields<PersonRole>([
        ("role", { $0.role }),
        ("organisation", { $0.organisation }),
        ("substitute", { $0.substitute }),
    ])
}

extension DiagnosticView: TemplateView {
    static let fields = TemplateFields<DiagnosticView>([
        ("severity", { $0.severity }),
        ("isError", { $0.isError }),
        ("rule", { $0.rule }),
        ("message", { $0.message }),
        ("hint", { $0.hint }),
        ("messageHTML", { $0.messageHTML }),
        ("hintHTML", { $0.hintHTML }),
        ("line", { $0.line }),
        ("column", { $0.column }),
        ("notes", { $0.notes }),
        ("excerpt", { $0.excerpt }),
        ("hasExcerpt", { $0.hasExcerpt }),
    ])
}

extension DiagnosticView.NoteView: TemplateView {
    static let fields = TemplateFields<DiagnosticView.NoteView>([
        ("message", { $0.message }),
        ("messageHTML", { $0.messageHTML }),
        ("line", { $0.line }),
        ("column", { $0.column }),
    ])
}

extension DiagnosticView.ExcerptLine: TemplateView {
    static let fields = TemplateFields<DiagnosticView.ExcerptLine>([
        ("number", { $0.number }),
        ("text", { $0.text }),
        ("marked", { $0.marked }),
    ])
}

extension StatusView: TemplateView {
    static let fields = TemplateFields<StatusView>([
        ("label", { $0.label }),
        ("cssClass", { $0.cssClass }),
        ("isValid", { $0.isValid }),
    ])
}

extension Attendee: TemplateView {
    static let fields = TemplateFields<Attendee>([
        ("number", { $0.number }),
        ("role", { $0.role }),
        ("organisation", { $0.organisation }),
        ("substitute", { $0.substitute }),
        ("isBlank", { $0.isBlank }),
        ("who", { $0.who }),
    ])
}
