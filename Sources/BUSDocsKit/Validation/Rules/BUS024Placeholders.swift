/// BUS024: text `bus-docs new` left for the authors ("Ange …", "Vägledning:") is gone before the
/// agreement is decided: a warning in a draft, an error in an agreement with `status: beslutad`.
public struct PlaceholdersRule: Rule {
    public init() {}
    public let id = "BUS024"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Kvarlämnade platshållare", en: "Placeholders left in")
    public let sentence = LocalizedText(
        sv: "Det som parterna undertecknar är överenskommelsens egen text; ett utkast blir en överenskommelse först när platshållarna ersatts.",
        en: "What the parties sign is the agreement's own text; a draft becomes an agreement only when its placeholders are replaced.")
    public let remedy = LocalizedText(
        sv: "Ersätt platshållarna (”Ange …”, ”Vägledning:”) med överenskommelsens egen text innan den beslutas.",
        en: "Replace the placeholders (“Ange …”, “Vägledning:”) with the agreement's own text before it is decided.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let decided = context.agreement.status?.value == .decided
        let severity: Severity = decided ? .error : .warning
        // A party name `new` wrote is a placeholder as a whole: deleting its "(ange enhetens namn)" alone
        // leaves a generic name, so the finding marks the name and says what to write instead.
        var placeholders: [(location: SourceLocation, message: LocalizedText, hint: LocalizedText)] = []
        for party in context.agreement.parties {
            guard let name = party.name, let service = AgreementDraft.generatedService(ofName: name.value, ruleSet: context.ruleSet) else { continue }
            let example = Self.exampleName(of: service, principal: party.principal?.value, agreement: context.agreement, ruleSet: context.ruleSet)
            placeholders.append((name.location, .generatedPartyName(decided: decided), .realPartyName(example: example)))
        }
        // A member's role or substitute `new` wrote is a placeholder for the title the party uses.
        for member in context.agreement.groups.flatMap(\.members) {
            let role = member.role.flatMap { $0.value == AgreementDraft.placeholderRole ? $0 : nil }
            let substitute = member.substitute.flatMap { $0.value == AgreementDraft.placeholderSubstitute ? $0 : nil }
            guard let first = role ?? substitute else { continue }
            placeholders.append((first.location, .generatedRole(role: role != nil, substitute: substitute != nil, decided: decided),
                                 .realRole(role: role != nil, substitute: substitute != nil)))
        }
        let text = context.ruleSet.placeholders.flatMap { placeholder in
            SourceFile.offsets(of: SourceFile.lowercased(Array(placeholder.utf8)), in: context.source.lowercasedBytes).map(context.source.location(ofByte:))
        } + context.sentences.filter { $0.words.first.map(context.ruleSet.placeholderWords.contains) ?? false }.map(\.location)
        placeholders += text.map { ($0, .placeholderLeft(decided: decided), .replacePlaceholder) }
        guard !placeholders.isEmpty else { return [] }
        let bodyStart = Self.bodyStart(of: context.source)
        var paragraphs: Set<Int> = []
        var findings: [Diagnostic] = []
        for placeholder in placeholders.sorted(by: { $0.location < $1.location }) {
            // One finding per paragraph (or front-matter line), however many placeholders it holds.
            guard paragraphs.insert(Self.paragraphStart(of: placeholder.location.line, in: context.source, bodyStart: bodyStart)).inserted else { continue }
            findings.append(finding(placeholder.message, at: placeholder.location, hint: placeholder.hint, severity: severity))
        }
        return findings
    }

    /// A name of the kind the parties write, for the hint: "Järfälla kommun, socialförvaltningen, enheten
    /// för barn och unga", "BUP Järfälla, Region Stockholm".
    static func exampleName(of service: String, principal: Principal?, agreement: Agreement, ruleSet: RuleSet) -> String {
        let area = agreement.area?.value ?? "området"
        let municipality = agreement.municipality?.value ?? "\(area) kommun"
        switch service {
        case "socialtjanst": return "\(municipality), socialförvaltningen, enheten för barn och unga"
        case "utbildning": return "\(municipality), utbildningsförvaltningen, grundskoleavdelningen"
        case "elevhalsa": return "\(municipality), den centrala elevhälsan"
        case "lss": return "\(municipality), LSS-handläggningen för barn och unga"
        case "kultur-fritid": return "\(municipality), kultur- och fritidsförvaltningen"
        case "bup": return "BUP \(area), Region Stockholm"
        case "hab": return "Habilitering & Hälsa, habiliteringscenter \(area)"
        case "bumm": return "Barn- och ungdomsmedicinsk mottagning \(area)"
        default:
            let short = AgreementDraft.genericName(of: service, ruleSet: ruleSet).components(separatedBy: " (").first ?? service
            return principal == .municipality ? "\(municipality), \(short.lowercased())" : "\(short) \(area), Region Stockholm"
        }
    }

    /// The first line of the paragraph a line of the body is in (up to a blank line or a heading); a
    /// front-matter line is its own paragraph, and so is each item of a list (the skeleton's "- **BUP …** –
    /// beskriv uppdraget" lines are one placeholder each).
    static func paragraphStart(of line: Int, in source: SourceFile, bodyStart: Int) -> Int {
        guard line >= bodyStart else { return line }
        var start = line
        while start > bodyStart {
            if source.line(start).range(of: #"^\s*([-*+]|\d+[.)])\s"#, options: .regularExpression) != nil { break }
            let above = source.line(start - 1).trimmingCharacters(in: .whitespaces)
            if above.isEmpty || above.hasPrefix("#") { break }
            start -= 1
        }
        return start
    }

    /// The line after the front matter's closing `---` (1 when there is none).
    static func bodyStart(of source: SourceFile) -> Int {
        var fences = 0
        for (index, line) in source.lines.enumerated() where line.trimmingCharacters(in: .whitespaces) == "---" {
            fences += 1
            if fences == 2 { return index + 2 }
        }
        return 1
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func placeholderLeft(decided: Bool) -> LocalizedText {
        decided
            ? LocalizedText(sv: "platshållartext är kvar i en beslutad överenskommelse", en: "placeholder text is left in a decided agreement")
            : LocalizedText(sv: "platshållartext är kvar i utkastet", en: "placeholder text is left in the draft")
    }

    fileprivate static let replacePlaceholder = LocalizedText(
        sv: "Ersätt platshållaren med överenskommelsens egen text.", en: "Replace the placeholder with the agreement's own text.")

    fileprivate static func generatedPartyName(decided: Bool) -> LocalizedText {
        decided
            ? LocalizedText(sv: "partens namn är fortfarande det som `bus-docs new` skrev, i en beslutad överenskommelse",
                            en: "the party's name is still the one `bus-docs new` wrote, in a decided agreement")
            : LocalizedText(sv: "partens namn är fortfarande det som `bus-docs new` skrev",
                            en: "the party's name is still the one `bus-docs new` wrote")
    }

    fileprivate static func generatedRole(role: Bool, substitute: Bool, decided: Bool) -> LocalizedText {
        let sv = role && substitute ? "rollen och ersättaren är fortfarande de som `bus-docs new` skrev"
            : role ? "rollen är fortfarande den som `bus-docs new` skrev" : "ersättaren är fortfarande den som `bus-docs new` skrev"
        let en = role && substitute ? "the role and the substitute are still the ones `bus-docs new` wrote"
            : role ? "the role is still the one `bus-docs new` wrote" : "the substitute is still the one `bus-docs new` wrote"
        return decided ? LocalizedText(sv: sv + ", i en beslutad överenskommelse", en: en + ", in a decided agreement") : LocalizedText(sv: sv, en: en)
    }

    fileprivate static func realRole(role: Bool, substitute: Bool) -> LocalizedText {
        let removal = LocalizedText(sv: "; ta bort `ersättare:` om ingen ersättare är utsedd", en: "; remove `ersättare:` when no substitute is appointed")
        if role && substitute {
            return LocalizedText(sv: "Skriv ledamotens och ersättarens befattningar, t.ex. `roll: Avdelningschef, ersättare: Biträdande avdelningschef`\(removal.sv).",
                                 en: "Write the member's and the substitute's titles, e.g. `roll: Avdelningschef, ersättare: Biträdande avdelningschef`\(removal.en).")
        }
        if role {
            return LocalizedText(sv: "Skriv ledamotens befattning, t.ex. `roll: Avdelningschef`.", en: "Write the member's title, e.g. `roll: Avdelningschef`.")
        }
        return LocalizedText(sv: "Skriv ersättarens befattning, t.ex. `ersättare: Biträdande enhetschef`\(removal.sv).",
                             en: "Write the substitute's title, e.g. `ersättare: Biträdande enhetschef`\(removal.en).")
    }

    fileprivate static func realPartyName(example: String) -> LocalizedText {
        LocalizedText(sv: "Skriv enhetens riktiga namn i stället för hela värdet, t.ex. `namn: \"\(example)\"`.",
                      en: "Write the unit's real name instead of the whole value, e.g. `namn: \"\(example)\"`.")
    }
}
