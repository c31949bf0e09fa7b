/// BUS014: every reference — to a party, a group, a template or a service — points at something that exists.
public struct ReferencesRule: Rule {
    public init() {}
    public let id = "BUS014"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Hänvisningar", en: "References")
    public let sentence = LocalizedText(
        sv: "Varje hänvisning till en part, grupp eller mall pekar på något som finns i överenskommelsen.",
        en: "Every reference to a party, group or template points at something the agreement has.")
    public let remedy = LocalizedText(
        sv: "Rätta hänvisningen till ett id som finns under `parter:`, `grupper:` eller `bilagor:`, eller en mall som finns.",
        en: "Correct the reference to an id under `parter:`, `grupper:` or `bilagor:`, or to a template that exists.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let agreement = context.agreement
        let parties = agreement.parties.map(\.id.value)
        let groups = agreement.groups.map(\.id.value)
        let templates = context.ruleSet.templates + context.userTemplates
        let services = context.ruleSet.services.keys.sorted()
        let lost = LostParties(agreement, services: services)
        let missing = MissingProviders(context)
        var findings: [Diagnostic] = []
        // `nearest` is worked out only for a reference that does not resolve: most do.
        func resolve(_ reference: Located<String>?, among known: [String], kind: LocalizedText, nearest: @autoclosure () -> String?, severity: Severity? = nil,
                     otherwise: LocalizedText? = nil) {
            guard let reference, !known.contains(reference.value) else { return }
            // `id: BUP` referred to as `bup`: the id is wrong (BUS019 says so), not the reference.
            if known.contains(where: { $0 != $0.lowercased() && $0.lowercased() == reference.value }) { return }
            findings.append(unresolved(reference, kind: kind, nearest: nearest(), severity: severity, otherwise: otherwise))
        }
        /// A party reference: one meant for a party that lost its id is that party's finding, not its own;
        /// "did you mean" names only a party that provides the service the reference names (`bup` is not `bumm`).
        /// A chair's turn may also be a principal: the hint says so, so that following it does not turn
        /// "municipality and region take turns" into two units taking turns.
        /// `taken`: the parties already beside it (in the same group), which a typo is less likely to mean:
        /// of `bup` and `bumm`, equally near `bum`, the one not yet among the members; when that does not
        /// decide, the hint names them all and offers no edit.
        /// Unknown party references by id, in file order: one finding per id, the other places its notes.
        var unknownParties: [(id: String, findings: [Diagnostic])] = []
        func resolveParty(_ reference: Located<String>?, isTurn: Bool = false, taken: [String] = []) {
            // A placeholder left for the authors ("(ange part)") is BUS024's finding, not an unknown party.
            guard let reference, !parties.contains(reference.value), !lost.claims(reference.value),
                  !missing.claims(reference.value), !context.ruleSet.isPlaceholder(reference.value) else { return }
            let before = findings.count
            defer {
                if findings.count > before, let made = findings.popLast() {
                    if let index = unknownParties.firstIndex(where: { $0.id == reference.value }) { unknownParties[index].findings.append(made) }
                    else { unknownParties.append((reference.value, [made])) }
                }
            }
            // `part: BUP Nacka-Värmdö`: the party's name where its id goes.
            if !parties.contains(where: { $0.lowercased() == reference.value.lowercased() }),
               let named = Self.party(named: reference.value, in: agreement.parties) {
                let id = StructureRule.validID(named.id.value)
                let fix = Fix(reference, replacement: id)
                findings.append(finding(.unknown(.party, reference.value), at: reference.location,
                                        hint: .meantIDOf(id, name: named.name?.value ?? reference.value), fix: fix))
                return
            }
            let named = LostParties.services(namedBy: reference.value, among: services)
            let candidates = named.isEmpty ? agreement.parties : agreement.parties.filter { party in named.contains(where: party.provides) }
            // An id written wrongly (`BUP`, BUS019's error) is offered as it is to be written (`bup`).
            let nearest = Suggestion.nearestAll(to: reference.value, in: candidates.map { StructureRule.validID($0.id.value) })
            let free = nearest.filter { !taken.contains($0) }
            let meant = nearest.count == 1 ? nearest.first : free.count == 1 ? free.first : nil
            let choices = free.count > 1 ? free : nearest
            resolve(reference, among: parties, kind: .party, nearest: meant,
                    otherwise: meant == nil && choices.count > 1 ? .meantOneOf(choices.sorted()) : isTurn ? .writePrincipalOrID : nil)
        }
        // A protocol or form is a template (built in, or supplied with --templates) or an attachment of
        // the area's own, named by its id, its file or its title.
        func resolveForm(_ reference: Located<String>?, kind: LocalizedText) {
            guard let reference, !templates.contains(reference.value), agreement.attachment(named: reference.value) == nil else { return }
            let known = templates + agreement.attachments.compactMap { $0.id?.value }
            if let nearest = Suggestion.nearest(to: reference.value, in: known) {
                findings.append(unresolved(reference, kind: kind, nearest: nearest, severity: nil))
            } else {
                findings.append(finding(.unknown(kind, reference.value), at: reference.location,
                                        hint: .writeTemplate(reference.value, builtIn: context.ruleSet.templates)))
            }
        }
        for group in agreement.groups {
            let members = group.members.compactMap { $0.party?.value }
            group.members.forEach { resolveParty($0.party, taken: members) }
            // The same party twice with the same role is a slip (a line copied, or a typo's hint applied
            // to the wrong party), which leaves the party meant without a seat; two with different roles
            // are a party's two representatives.
            for (index, member) in group.members.enumerated() {
                guard let party = member.party, parties.contains(party.value),
                      let first = group.members[..<index].first(where: { $0.party?.value == party.value && $0.role?.value == member.role?.value }) else { continue }
                let name = group.name?.value ?? group.id.value
                findings.append(finding(.twiceInGroup(party.value, group: name), at: party.location, hint: .seatTheMeantParty,
                                        severity: .warning, notes: [Note(message: .firstSeat, location: first.party?.location ?? first.range.start)]))
            }
            resolveParty(group.convener?.value.party)
            switch group.chair?.value {
            case .fixed(let chair)?:
                resolveParty(chair)
            case .rotating(let turns, _)?:
                for turn in turns {
                    if case .party(let id) = turn.value { resolveParty(Located(id, at: turn.range), isTurn: true) }
                }
            case nil:
                break
            }
            resolveForm(group.protocolTemplate, kind: .protocolTemplate)
        }
        agreement.signatories.forEach { resolveParty($0.party) }
        for (id, made) in unknownParties {
            guard var first = made.first else { continue }
            if made.count > 1 {
                first.message = .unknownReferredTo(id, times: made.count)
                first.notes += made.dropFirst().map { Note(message: .sameUnknownParty(id), location: $0.location) }
                if let fix = first.fix { first.hint = fix.hint(then: .changeEvery(made.count)) }
            }
            findings.append(first)
        }
        for template in agreement.attachments.compactMap(\.template) {
            resolve(template, among: templates, kind: .template, nearest: Suggestion.nearest(to: template.value, in: templates))
        }
        resolveForm(agreement.deviations?.form, kind: .form)
        // Escalation steps are the agreement's groups (by id, name or an inflected word: "styrgruppen")
        // or county-wide bodies, as the format lists them; a person is the routine's `första-steg`. Any
        // other step is unknown: the hint names the steps there are, and the nearest when it is a typo.
        // Groups that could not be read leave their steps unknowable: BUS019's finding is the one.
        let steps = groups + context.ruleSet.bodies.map(\.name)
        for step in agreement.groupsUnreadable ? [] : agreement.deviations?.escalation ?? [] where agreement.group(named: step.value) == nil && context.ruleSet.body(named: step.value) == nil && !context.ruleSet.acceptsReceiver(step.value) {
            let fix = Suggestion.nearest(to: step.value, in: steps).map { Fix(step, replacement: $0) }
            findings.append(finding(.unknownStep(step.value), at: step.location,
                                    hint: fix.map { $0.hint(then: .knownSteps(steps)) } ?? .writeKnownStep(steps), fix: fix))
        }
        for file in agreement.attachments.compactMap(\.file) where Self.leavesFolder(file.value) {
            findings.append(finding(.outsideFolder(file.value), at: file.location, hint: .keepInSubfolder))
        }
        // Parties' ids where the SIP routine's services belong: one finding for the list, whose hint is the
        // list with the services those parties provide (BUS009 reads it so), not one per id.
        let initiators = SIPInitiators(agreement, ruleSet: context.ruleSet)
        if let first = initiators.parties.first {
            findings.append(finding(.partiesInInitiators(initiators.parties.map(\.value)), at: first.location,
                                    hint: .writeServicesOfParties("initierar: [\(initiators.meant.joined(separator: ", "))]", one: initiators.parties.count == 1)))
        }
        for reference in agreement.parties.flatMap(\.services) + agreement.partiesWithoutID.flatMap(\.services)
            + (agreement.sip?.initiators ?? []).filter({ !initiators.isParty($0) }) {
            // A mandatory service no party provides but for this misspelling stands for BUS001's error.
            let meant = context.ruleSet.service(meantBy: reference.value)
            let mandatory = meant.map { context.ruleSet.mandatoryServices.contains($0) && !agreement.provides($0) } ?? false
            resolve(reference, among: services, kind: .service, nearest: meant ?? Suggestion.nearest(to: reference.value, in: services),
                    severity: mandatory ? .error : .warning)
        }
        // One finding per party without an id that references were meant for, in place of BUS019's
        // "`id` is missing" (the validator drops that one: this finding stands for the key).
        for (party, id) in lost.withoutID {
            var missing = finding(.partyHasNoID, at: party.range.start, hint: .addID(id))
            missing.meantKey = KeyReference("id", in: party.range.start)
            findings.append(missing)
        }
        return findings
    }

    /// The one party whose name the text is, or begins as up to a comma or the end
    /// (`BUP Nacka-Värmdö` for "BUP Nacka-Värmdö, Region Stockholm"), case and accents aside.
    static func party(named text: String, in parties: [Party]) -> Party? {
        let written = Words.folded(text)
        guard written.count >= 1, text.count >= 3 else { return nil }
        let named = parties.filter { party in
            guard let name = party.name?.value, !party.id.value.isEmpty else { return false }
            let parts = name.split(separator: ",").map { Words.folded(String($0)) }
            return Words.folded(name) == written || parts.contains(written)
        }
        return named.count == 1 ? named.first : nil
    }

    /// An absolute path, a home-relative one, a URL scheme, or one that climbs with `..`.
    public static func leavesFolder(_ path: String) -> Bool {
        path.hasPrefix("/") || path.hasPrefix("~") || path.hasPrefix("\\") || path.contains(":")
            || path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..")
    }

    private func unresolved(_ reference: Located<String>, kind: LocalizedText, nearest: String?, severity: Severity?,
                            otherwise: LocalizedText? = nil) -> Diagnostic {
        let fix = nearest.map { Fix(reference, replacement: $0) }
        return finding(.unknown(kind, reference.value), at: reference.location, hint: fix?.hint ?? otherwise ?? .writeKnownID(kind),
                       severity: severity, fix: fix)
    }
}

/// Parties whose id was lost — written without one, or with another party's id — and the ids that
/// references meant for them use: those references are not reported one by one, as the party's own
/// finding (a missing `id`, a repeated one) is what to fix.
struct LostParties {
    /// Each party without an id that a reference was meant for, with that reference's id.
    private(set) var withoutID: [(party: Party, id: String)] = []
    /// Reference ids meant for a party without an id or with a repeated one.
    private var claimed: Set<String> = []

    init(_ agreement: Agreement, services: [String]) {
        let known = Set(agreement.parties.map(\.id.value))
        var seen: Set<String> = []
        let repeated = agreement.parties.filter { !seen.insert($0.id.value).inserted }
        let lost = agreement.partiesWithoutID + repeated
        guard !lost.isEmpty else { return }
        let unresolved = Self.partyReferences(in: agreement).map(\.value).filter { !known.contains($0) }
        let ids = unresolved.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for party in lost {
            // The id a reference names the party's service by (`hab` for the party with `verksamheter: [hab]`),
            // or, when one party and one id are left over, that id.
            let meant = ids.first { id in Self.services(namedBy: id, among: services).contains(where: party.provides) }
                ?? (lost.count == 1 && ids.count == 1 ? ids.first : nil)
            guard let meant, !claimed.contains(meant) else { continue }
            claimed.insert(meant)
            if party.id.value.isEmpty { withoutID.append((party, meant)) }
        }
    }

    func claims(_ id: String) -> Bool { claimed.contains(id) }

    /// The services an id names: itself, or one of its hyphenated parts (`bup-nacka` names `bup`).
    static func services(namedBy id: String, among services: [String]) -> [String] {
        let parts = [id] + id.split(separator: "-").map(String.init)
        return services.filter(parts.contains)
    }

    /// Every party reference in the agreement, in file order: members, conveners, fixed and rotating
    /// chairs, signatories.
    static func partyReferences(in agreement: Agreement) -> [Located<String>] {
        var ids: [Located<String>] = []
        for group in agreement.groups {
            ids += group.members.compactMap(\.party)
            if let convener = group.convener?.value.party { ids.append(convener) }
            switch group.chair?.value {
            case .fixed(let chair)?: ids.append(chair)
            case .rotating(let turns, _)?:
                for turn in turns { if case .party(let id) = turn.value { ids.append(Located(id, at: turn.range)) } }
            case nil: break
            }
        }
        return ids + agreement.signatories.compactMap(\.party)
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static let party = LocalizedText(sv: "part", en: "party")
    fileprivate static let group = LocalizedText(sv: "grupp", en: "group")
    fileprivate static let template = LocalizedText(sv: "mall", en: "template")
    fileprivate static let service = LocalizedText(sv: "verksamhet", en: "service")

    /// Several ids equally near a typo: "Menade du `bumm` eller `bup`?"
    fileprivate static func meantOneOf(_ ids: [String]) -> LocalizedText {
        let quoted = ids.map { "`\($0)`" }
        let sv = quoted.listed("eller"), en = quoted.listed("or")
        return LocalizedText(sv: "Menade du \(sv)?", en: "Did you mean \(en)?")
    }
    fileprivate static func meantIDOf(_ id: String, name: String) -> LocalizedText {
        LocalizedText(sv: "Menade du `\(id)` (\(name))? Skriv partens id, inte dess namn.",
                      en: "Did you mean `\(id)` (\(name))? Write the party's id, not its name.")
    }

    fileprivate static func unknownReferredTo(_ id: String, times: Int) -> LocalizedText {
        LocalizedText(sv: "okänd part `\(id)` (\(times) hänvisningar)", en: "unknown party `\(id)` (\(times) references)")
    }

    fileprivate static func sameUnknownParty(_ id: String) -> LocalizedText {
        LocalizedText(sv: "hänvisning till samma okända part `\(id)`", en: "a reference to the same unknown party `\(id)`")
    }

    fileprivate static func changeEvery(_ count: Int) -> LocalizedText {
        LocalizedText(sv: "Ändra alla \(count) hänvisningarna.", en: "Change all \(count) references.")
    }

    fileprivate static func unknownStep(_ step: String) -> LocalizedText {
        LocalizedText(sv: "okänt steg `\(step)` i `eskalering`: varken en grupp i överenskommelsen eller ett länsgemensamt organ",
                      en: "unknown step `\(step)` in `eskalering`: neither a group of the agreement nor a county-wide body")
    }

    fileprivate static func knownSteps(_ steps: [String]) -> LocalizedText {
        LocalizedText(sv: "Stegen som finns: \(steps.joined(separator: ", ")).", en: "The steps there are: \(steps.joined(separator: ", ")).")
    }

    fileprivate static func writeKnownStep(_ steps: [String]) -> LocalizedText {
        LocalizedText(sv: "Skriv en grupp i överenskommelsen eller ett länsgemensamt organ: \(steps.joined(separator: ", ")). Den som tar emot en avvikelse först skrivs i `första-steg`.",
                      en: "Write a group of the agreement or a county-wide body: \(steps.joined(separator: ", ")). Whoever takes a deviation first goes in `första-steg`.")
    }

    fileprivate static let form = LocalizedText(sv: "blankett", en: "form")
    fileprivate static let protocolTemplate = LocalizedText(sv: "protokollmall", en: "protocol template")

    fileprivate static func unknown(_ kind: LocalizedText, _ value: String) -> LocalizedText {
        LocalizedText(sv: "okänd \(kind.sv) `\(value)`", en: "unknown \(kind.en) `\(value)`")
    }

    fileprivate static func writeKnownID(_ kind: LocalizedText) -> LocalizedText {
        LocalizedText(sv: "Skriv id för en \(kind.sv) som finns i överenskommelsen.", en: "Write the id of a \(kind.en) the agreement has.")
    }

    fileprivate static let writePrincipalOrID = LocalizedText(
        sv: "Skriv `kommun` eller `region` när huvudmännen turas om, eller id för en part som finns i överenskommelsen.",
        en: "Write `kommun` or `region` when the principals take turns, or the id of a party the agreement has.")

    fileprivate static func writeTemplate(_ name: String, builtIn: [String]) -> LocalizedText {
        let list = builtIn.joined(separator: ", ")
        return LocalizedText(
            sv: "Skriv en inbyggd mall (\(list)), id för en bilaga under `bilagor:`, eller lägg mallen `\(name).mustache` i mappen som ges med --templates.",
            en: "Write a built-in template (\(list)), the id of an attachment under `bilagor:`, or put the template `\(name).mustache` in the folder given with --templates.")
    }

    fileprivate static func partiesInInitiators(_ ids: [String]) -> LocalizedText {
        let quoted = ids.map { "`\($0)`" }
        let sv = (quoted.count == 1 ? "parten " : "parterna ") + quoted.listed("och")
        let en = (quoted.count == 1 ? "the party " : "the parties ") + quoted.listed("and")
        return LocalizedText(sv: "`initierar` nämner \(sv), där verksamheter ska stå",
                             en: "`initierar` names \(en), where services belong")
    }

    fileprivate static func writeServicesOfParties(_ fixed: String, one: Bool) -> LocalizedText {
        LocalizedText(sv: "Skriv de verksamheter \(one ? "parten" : "parterna") står för: `\(fixed)`.",
                      en: "Write the services \(one ? "the party provides" : "the parties provide"): `\(fixed)`.")
    }

    fileprivate static func outsideFolder(_ file: String) -> LocalizedText {
        LocalizedText(sv: "bilagan `\(file)` pekar utanför överenskommelsens mapp", en: "the attachment `\(file)` points outside the agreement's folder")
    }

    fileprivate static let keepInSubfolder = LocalizedText(
        sv: "Lägg bilagan i en undermapp, t.ex. `fil: bilagor/rutin.pdf`.", en: "Keep the attachment in a subfolder, e.g. `fil: bilagor/rutin.pdf`.")

    /// At the party's own line, which the message need not repeat.
    fileprivate static let partyHasNoID = LocalizedText(sv: "parten saknar `id`", en: "the party has no `id`")

    fileprivate static func twiceInGroup(_ party: String, group: String) -> LocalizedText {
        LocalizedText(sv: "`\(party)` står två gånger med samma roll bland ledamöterna i \(group)",
                      en: "`\(party)` is listed twice with the same role among the members of \(group)")
    }

    fileprivate static let seatTheMeantParty = LocalizedText(
        sv: "Skriv den part som var menad i `part:` på den här raden, eller ta bort raden om parten bara har en plats i gruppen.",
        en: "Write the party that was meant in `part:` on this line, or remove the line if the party has only one seat in the group.")

    fileprivate static let firstSeat = LocalizedText(sv: "partens första plats i gruppen", en: "the party's first seat in the group")

    fileprivate static func addID(_ id: String) -> LocalizedText {
        LocalizedText(sv: "Lägg till `id: \(id)`: grupperna och undertecknarna hänvisar till parten som `\(id)`.",
                      en: "Add `id: \(id)`: the groups and signatories refer to the party as `\(id)`.")
    }
}
