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
        var findings: [Diagnostic] = []
        func resolve(_ reference: Located<String>?, among known: [String], kind: LocalizedText, severity: Severity? = nil) {
            guard let reference, !known.contains(reference.value) else { return }
            // `id: BUP` referred to as `bup`: the id is wrong (BUS019 says so), not the reference.
            if known.contains(where: { $0 != $0.lowercased() && $0.lowercased() == reference.value }) { return }
            findings.append(unresolved(reference, kind: kind, nearest: Suggestion.nearest(to: reference.value, in: known), severity: severity))
        }
        let party = LocalizedText(sv: "part", en: "party")
        // A protocol or form is a template (built in, or supplied with --templates) or an attachment of
        // the area's own, named by its id, its file or its title.
        func resolveForm(_ reference: Located<String>?, kind: LocalizedText) {
            guard let reference, !templates.contains(reference.value), agreement.attachment(named: reference.value) == nil else { return }
            let known = templates + agreement.attachments.compactMap { $0.id?.value }
            if let nearest = Suggestion.nearest(to: reference.value, in: known) {
                findings.append(unresolved(reference, kind: kind, nearest: nearest, severity: nil))
            } else {
                findings.append(finding(
                    LocalizedText(sv: "okänd \(kind.sv) `\(reference.value)`", en: "unknown \(kind.en) `\(reference.value)`"),
                    at: reference.location,
                    hint: LocalizedText(
                        sv: "Skriv en inbyggd mall (\(context.ruleSet.templates.joined(separator: ", "))), id för en bilaga under `bilagor:`, eller lägg mallen `\(reference.value).mustache` i mappen som ges med --templates.",
                        en: "Write a built-in template (\(context.ruleSet.templates.joined(separator: ", "))), the id of an attachment under `bilagor:`, or put the template `\(reference.value).mustache` in the folder given with --templates.")))
            }
        }
        for group in agreement.groups {
            group.members.forEach { resolve($0.party, among: parties, kind: party) }
            resolve(group.convener?.value.party, among: parties, kind: party)
            switch group.chair?.value {
            case .fixed(let chair)?:
                resolve(chair, among: parties, kind: party)
            case .rotating(let turns, _)?:
                for turn in turns {
                    if case .party(let id) = turn.value { resolve(Located(id, at: turn.range), among: parties, kind: party) }
                }
            case nil:
                break
            }
            resolveForm(group.protocolTemplate, kind: LocalizedText(sv: "protokollmall", en: "protocol template"))
        }
        agreement.signatories.forEach { resolve($0.party, among: parties, kind: party) }
        agreement.attachments.forEach { resolve($0.template, among: templates, kind: LocalizedText(sv: "mall", en: "template")) }
        resolveForm(agreement.deviations?.form, kind: LocalizedText(sv: "blankett", en: "form"))
        // Escalation steps are groups (by id, name or an inflected word: "styrgruppen"), county-wide
        // bodies, or people ("närmaste chef"); only a near-miss of a group id is a typo.
        for step in agreement.deviations?.escalation ?? [] where agreement.group(named: step.value) == nil && context.ruleSet.body(named: step.value) == nil && !context.ruleSet.acceptsReceiver(step.value) {
            if let nearest = Suggestion.nearest(to: step.value, in: groups) {
                findings.append(unresolved(step, kind: LocalizedText(sv: "grupp", en: "group"), nearest: nearest, severity: nil))
            }
        }
        for file in agreement.attachments.compactMap(\.file) where Self.leavesFolder(file.value) {
            findings.append(finding(
                LocalizedText(sv: "bilagan `\(file.value)` pekar utanför överenskommelsens mapp",
                              en: "the attachment `\(file.value)` points outside the agreement's folder"),
                at: file.location,
                hint: LocalizedText(sv: "Lägg bilagan i en undermapp, t.ex. `fil: bilagor/rutin.pdf`.",
                                    en: "Keep the attachment in a subfolder, e.g. `fil: bilagor/rutin.pdf`.")))
        }
        let service = LocalizedText(sv: "verksamhet", en: "service")
        for reference in agreement.parties.flatMap(\.services) + (agreement.sip?.initiators ?? []) {
            resolve(reference, among: services, kind: service, severity: .warning)
        }
        return findings
    }

    /// An absolute path, a home-relative one, a URL scheme, or one that climbs with `..`.
    static func leavesFolder(_ path: String) -> Bool {
        path.hasPrefix("/") || path.hasPrefix("~") || path.hasPrefix("\\") || path.contains(":")
            || path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..")
    }

    private func unresolved(_ reference: Located<String>, kind: LocalizedText, nearest: String?, severity: Severity?) -> Diagnostic {
        let fix = nearest.map { Fix(reference, replacement: $0) }
        return finding(
            LocalizedText(sv: "okänd \(kind.sv) `\(reference.value)`", en: "unknown \(kind.en) `\(reference.value)`"),
            at: reference.location,
            hint: fix?.hint ?? LocalizedText(sv: "Skriv id för en \(kind.sv) som finns i överenskommelsen.", en: "Write the id of a \(kind.en) the agreement has."),
            severity: severity, fix: fix)
    }
}
