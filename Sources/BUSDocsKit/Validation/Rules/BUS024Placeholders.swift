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
        sv: "Ersätt platshållarna (”Ange …”, ”Vägledning:”, ett ”…” eller ”____” där ett värde ska stå) med överenskommelsens egen text innan den beslutas.",
        en: "Replace the placeholders (“Ange …”, “Vägledning:”, a “…” or “____” where a value belongs) with the agreement's own text before it is decided.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let decided = context.agreement.status?.value == .decided
        let severity: Severity = decided ? .error : .warning
        // A party name `new` wrote is a placeholder as a whole: deleting its "(ange enhetens namn)" alone
        // leaves a generic name, so the finding marks the name and says what to write instead.
        var placeholders: [(location: SourceLocation, message: LocalizedText, hint: LocalizedText)] = []
        for party in context.agreement.parties {
            // `new --from`'s "Ange partens namn i Värmdö (BUP)": the same finding as `new`'s names.
            if let name = party.name, name.value.hasPrefix(DraftFromAgreement.partyNamePlaceholderStart) {
                placeholders.append((name.location, .generatedPartyName(decided: decided), .realPartyName(principal: party.principal?.value)))
                continue
            }
            guard let name = party.name, let service = AgreementDraft.generatedService(ofName: name.value, ruleSet: context.ruleSet) else { continue }
            placeholders.append((name.location, .generatedPartyName(decided: decided), .realPartyName(principal: party.principal?.value ?? Self.principal(of: service))))
        }
        // A member's role or substitute `new` wrote is a placeholder for the title the party uses.
        for member in context.agreement.groups.flatMap(\.members) {
            let role = member.role.flatMap { $0.value == AgreementDraft.placeholderRole ? $0 : nil }
            let substitute = member.substitute.flatMap { $0.value == AgreementDraft.placeholderSubstitute ? $0 : nil }
            guard let first = role ?? substitute else { continue }
            placeholders.append((first.location, .generatedRole(role: role != nil, substitute: substitute != nil, decided: decided),
                                 .realRole(role: role != nil, substitute: substitute != nil)))
        }
        // `new --from`'s "(ange filen för Värmdö)": the old area's own file is not the new area's.
        for file in context.agreement.attachments.compactMap(\.file) where file.value.hasPrefix(DraftFromAgreement.attachmentFilePlaceholderStart) {
            placeholders.append((file.location, .attachmentFileLeft(decided: decided), .ownAttachmentFile))
        }
        let text = context.ruleSet.placeholders.flatMap { placeholder in
            SourceFile.offsets(of: SourceFile.lowercased(Array(placeholder.utf8)), in: context.source.lowercasedBytes).map(context.source.location(ofByte:))
        }
        placeholders += text.map { ($0, .placeholderLeft(decided: decided), .replacePlaceholder) }
        let bodyStart = Self.bodyStart(of: context.source)
        // "Kontaktperson: …", `roll: "…"`, "Ansvarig: ____": a value not yet written.
        placeholders += EllipsisPlaceholder.locations(in: context.source, bodyStart: bodyStart).map { location in
            (location, .placeholderLeft(decided: decided), .writeInPlaceOfEllipsis)
        }
        let instructions = Self.instructions(in: context)
        guard !placeholders.isEmpty || !instructions.isEmpty else { return [] }
        var paragraphs: [Int: Int] = [:]
        var findings: [Diagnostic] = []
        // The specific finding for a place first: the generic one for the same line is left out.
        let ordered = placeholders.enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(\.element)
        for placeholder in ordered {
            // One finding per paragraph (or front-matter line), however many placeholders it holds; one on
            // another line of the paragraph (a table's row, a list's line) is a note of it, so that every
            // place to fill in is pointed at.
            let paragraph = Self.paragraphStart(of: placeholder.location.line, in: context.source, bodyStart: bodyStart)
            if let index = paragraphs[paragraph] {
                let lines = [findings[index].location.line] + findings[index].notes.map(\.location.line)
                if !lines.contains(placeholder.location.line) {
                    findings[index].notes.append(Note(message: .placeholderAlsoHere, location: placeholder.location))
                }
                continue
            }
            paragraphs[paragraph] = findings.count
            findings.append(finding(placeholder.message, at: placeholder.location, hint: placeholder.hint, severity: severity))
        }
        // A guidance sentence left without its label ("Skriv vad överenskommelsen ska uppnå.", "[Ange
        // området]"): one finding for each, unless its paragraph's label was reported (the whole
        // guidance goes then). Its hint quotes it, so that removing it or writing the text in its place
        // is what it says.
        for sentence in instructions where paragraphs[Self.paragraphStart(of: sentence.location.line, in: context.source, bodyStart: bodyStart)] == nil {
            var quoted = sentence.original(0...(sentence.words.count - 1), in: context.source)
            // The words end at the last word: a bracket they opened is closed as the text closes it.
            for (open, close) in [("[", "]"), ("(", ")")] where quoted.filter({ String($0) == open }).count > quoted.filter({ String($0) == close }).count {
                quoted += close
            }
            findings.append(finding(.instructionLeft(decided: decided), at: sentence.location, hint: .removeInstruction(quoted), severity: severity))
        }
        return findings.sorted { $0.location < $1.location }
    }

    /// The sentences of the text that instruct the authors: opening with one of the rule set's
    /// `platshållarord` ("Skriv här …", "Beskriv …", "Ange …"), or holding one's first word in brackets
    /// ("[Ange området]").
    static func instructions(in context: RuleContext) -> [Sentence] {
        // Each opener as words: "skriv här" is two.
        let openers = context.ruleSet.placeholderWords.sorted().map { $0.split(separator: " ").map(String.init) }
        guard !openers.isEmpty else { return [] }
        let sentences = context.sentences
        // In brackets the first word is enough: "[Skriv ort]" is no sentence of the agreement.
        let bracketed = Set(openers.compactMap(\.first)).sorted().flatMap { word in
            SourceFile.offsets(of: Array("[\(word) ".utf8), in: context.source.lowercasedBytes).map(context.source.location(ofByte:))
        }
        // The sentence a bracket stands in: the last one that starts at or before it.
        let holding = Set(bracketed.compactMap { place in sentences.lastIndex { $0.location <= place } })
        return sentences.indices.filter { index in
            guard !sentences[index].words.isEmpty else { return false }
            return holding.contains(index) || openers.contains { sentences[index].words.starts(with: $0) }
        }.map { sentences[$0] }
    }

    /// The principal a service of `new`'s skeleton belongs to, for the hint.
    static func principal(of service: String) -> Principal? {
        AgreementDraft.municipalServices.contains(service) ? .municipality : .region
    }

    /// The first line of the paragraph a line of the body is in (up to a blank line or a heading); a
    /// front-matter line is its own paragraph, and so is each item of a list (the skeleton's "- **BUP …** –
    /// beskriv uppdraget" lines are one placeholder each).
    static func paragraphStart(of line: Int, in source: SourceFile, bodyStart: Int) -> Int {
        guard line >= bodyStart else { return line }
        var start = line
        while start > bodyStart {
            if source.line(start).range(of: #"^\s*([-*+]|\d+[.)])\s"#, options: .regularExpression) != nil { break }
            let above = source.line(start - 1).blanksTrimmed()
            if above.isEmpty || above.hasPrefix("#") { break }
            start -= 1
        }
        return start
    }

    /// The line after the front matter's closing `---` (1 when there is none).
    static func bodyStart(of source: SourceFile) -> Int {
        var fences = 0
        // A fence ends in `-` or a blank: the other lines (most of the front matter) are not trimmed.
        for (index, line) in source.lines.enumerated()
        where line.utf8.last.map({ $0 == UInt8(ascii: "-") || $0 == 0x20 || $0 == 0x09 || $0 >= 0x80 }) == true && line.blanksTrimmed() == "---" {
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

    fileprivate static func instructionLeft(decided: Bool) -> LocalizedText {
        decided
            ? LocalizedText(sv: "en anvisning till dem som skriver överenskommelsen är kvar i en beslutad överenskommelse",
                            en: "an instruction to the agreement's authors is left in a decided agreement")
            : LocalizedText(sv: "en anvisning till dem som skriver överenskommelsen är kvar i utkastet",
                            en: "an instruction to the agreement's authors is left in the draft")
    }

    fileprivate static func removeInstruction(_ sentence: String) -> LocalizedText {
        LocalizedText(sv: "Ta bort meningen ”\(sentence)” eller skriv i dess ställe den text som den ber om.",
                      en: "Remove the sentence \"\(sentence)\" or write in its place the text it asks for.")
    }

    fileprivate static let placeholderAlsoHere = LocalizedText(sv: "en platshållare till i samma stycke", en: "another placeholder in the same paragraph")

    fileprivate static let writeInPlaceOfEllipsis = LocalizedText(
        sv: "Skriv det som ska stå där i stället för utelämningstecknet eller strecken, eller ta bort raden om inget ska stå där.",
        en: "Write what belongs there in place of the ellipsis or the underscores, or remove the line if nothing belongs there.")

    fileprivate static let replacePlaceholder = LocalizedText(
        sv: "Ersätt platshållaren med överenskommelsens egen text.", en: "Replace the placeholder with the agreement's own text.")

    fileprivate static func generatedPartyName(decided: Bool) -> LocalizedText {
        decided
            ? LocalizedText(sv: "partens namn är fortfarande platshållaren som bus-docs skrev, i en beslutad överenskommelse",
                            en: "the party's name is still the placeholder bus-docs wrote, in a decided agreement")
            : LocalizedText(sv: "partens namn är fortfarande platshållaren som bus-docs skrev",
                            en: "the party's name is still the placeholder bus-docs wrote")
    }

    fileprivate static func generatedRole(role: Bool, substitute: Bool, decided: Bool) -> LocalizedText {
        let sv = role && substitute ? "rollen och ersättaren är fortfarande platshållarna som bus-docs skrev"
            : role ? "rollen är fortfarande platshållaren som bus-docs skrev" : "ersättaren är fortfarande platshållaren som bus-docs skrev"
        let en = role && substitute ? "the role and the substitute are still the placeholders bus-docs wrote"
            : role ? "the role is still the placeholder bus-docs wrote" : "the substitute is still the placeholder bus-docs wrote"
        return decided ? LocalizedText(sv: sv + ", i en beslutad överenskommelse", en: en + ", in a decided agreement") : LocalizedText(sv: sv, en: en)
    }

    /// What to write, not a value to copy: an example pasted as it stands would silence the check with a
    /// title nobody holds.
    fileprivate static func realRole(role: Bool, substitute: Bool) -> LocalizedText {
        let removal = LocalizedText(sv: "; ta bort `ersättare:` om ingen ersättare är utsedd", en: "; remove `ersättare:` when no substitute is appointed")
        let titles = LocalizedText(sv: "så som huvudmannen själv skriver den (i regionen ofta verksamhetschef, i kommunen ofta förvaltnings- eller avdelningschef)",
                                   en: "as the principal writes it itself (in the region often verksamhetschef, in the municipality often förvaltningschef or avdelningschef)")
        if role && substitute {
            return LocalizedText(sv: "Skriv ledamotens befattning \(titles.sv), och ersättarens\(removal.sv).",
                                 en: "Write the member's title \(titles.en), and the substitute's\(removal.en).")
        }
        if role {
            return LocalizedText(sv: "Skriv ledamotens befattning \(titles.sv).", en: "Write the member's title \(titles.en).")
        }
        return LocalizedText(sv: "Skriv ersättarens befattning så som huvudmannen själv skriver den\(removal.sv).",
                             en: "Write the substitute's title as the principal writes it itself\(removal.en).")
    }

    /// The unit's own name is what to write; no example from this area, which pasted would be an invented name.
    fileprivate static func realPartyName(principal: Principal?) -> LocalizedText {
        switch principal {
        case .municipality?:
            return LocalizedText(sv: "Ersätt hela värdet med enhetens namn så som den själv skriver det (t.ex. i sin e-postsignatur): kommunen, förvaltningen och enheten.",
                                 en: "Replace the whole value with the unit's name as it writes it itself (e.g. in its e-mail signature): the municipality, the administration and the unit.")
        case .region?:
            return LocalizedText(sv: "Ersätt hela värdet med enhetens namn så som den själv skriver det (t.ex. i sin e-postsignatur): mottagningens eller vårdcentralens eget namn.",
                                 en: "Replace the whole value with the unit's name as it writes it itself (e.g. in its e-mail signature): the clinic's or health centre's own name.")
        case .independent?:
            return LocalizedText(sv: "Ersätt hela värdet med de fristående skolor som är part, så som de själva skriver sina namn (eller ”Fristående skolor i … som anslutit sig till överenskommelsen”).",
                                 en: "Replace the whole value with the independent schools that are a party, as they write their names themselves (or \"Fristående skolor i … som anslutit sig till överenskommelsen\").")
        default:
            return LocalizedText(sv: "Ersätt hela värdet med enhetens namn så som den själv skriver det (t.ex. i sin e-postsignatur).",
                                 en: "Replace the whole value with the unit's name as it writes it itself (e.g. in its e-mail signature).")
        }
    }

    fileprivate static func attachmentFileLeft(decided: Bool) -> LocalizedText {
        decided
            ? LocalizedText(sv: "bilagans fil är inte angiven, i en beslutad överenskommelse", en: "the attachment's file is not given, in a decided agreement")
            : LocalizedText(sv: "bilagans fil är inte angiven: den förra överenskommelsens fil hörde till dess område",
                            en: "the attachment's file is not given: the former agreement's file belonged to its area")
    }

    fileprivate static let ownAttachmentFile = LocalizedText(
        sv: "Skriv sökvägen till områdets egen fil (t.ex. i mappen bilagor/), eller ta bort bilagan om området inte har någon.",
        en: "Write the path of the area's own file (e.g. in the folder bilagor/), or remove the attachment if the area has none.")
}
