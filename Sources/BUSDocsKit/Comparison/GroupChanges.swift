/// One group in two versions: its kind, name, cadence, chair, convener, protocol and members.
struct GroupChanges {
    let old: Group
    let new: Group
    /// An old party id under its new id, when the party was renamed.
    let renamed: (String?) -> String?

    var all: [Change] {
        let key = "grupper.\(new.id.value)"
        // Where each value stands: in the new file, or in the old one for a value removed.
        let line = new.range.start.line, oldLine = old.range.start.line
        var changes: [Change] = []
        if let change = FrontMatterChanges.value(key + ".typ", old.kind?.value.rawValue, new.kind?.value.rawValue, line: new.kind?.location.line ?? line, oldLine: old.kind?.location.line ?? oldLine, rules: ["BUS003", "BUS005", "BUS006"]) {
            changes.append(change)
        }
        if let change = FrontMatterChanges.value(key + ".namn", old.name?.value, new.name?.value, line: new.name?.location.line ?? line, oldLine: old.name?.location.line ?? oldLine, rules: []) {
            changes.append(change)
        }
        if let change = FrontMatterChanges.value(key + ".möten", Self.cadence(old.meetings?.value), Self.cadence(new.meetings?.value),
                                                 line: new.meetings?.location.line ?? line, oldLine: old.meetings?.location.line ?? oldLine, rules: ["BUS005", "BUS006"], weakens: Self.lessOften(old.meetings?.value, new.meetings?.value)) {
            changes.append(change)
        }
        if let change = FrontMatterChanges.value(key + ".ordförande", Self.chair(old.chair?.value).map { LocalizedText(sv: renamed($0.sv) ?? $0.sv, en: renamed($0.en) ?? $0.en) }, Self.chair(new.chair?.value), line: new.chair?.location.line ?? line, oldLine: old.chair?.location.line ?? oldLine, rules: ["BUS003", "BUS014"]) {
            changes.append(change)
        }
        if let change = FrontMatterChanges.value(key + ".sammankallande", Self.role(old.convener?.value, renamed: renamed), Self.role(new.convener?.value), line: new.convener?.location.line ?? line, oldLine: old.convener?.location.line ?? oldLine, rules: ["BUS006", "BUS014"]) {
            changes.append(change)
        }
        if let change = FrontMatterChanges.value(key + ".protokoll", old.protocolTemplate?.value, new.protocolTemplate?.value, line: new.protocolTemplate?.location.line ?? line, oldLine: old.protocolTemplate?.location.line ?? oldLine, rules: ["BUS006", "BUS014"]) {
            changes.append(change)
        }
        changes += members(key: key + ".ledamöter")
        return changes
    }

    /// Members matched by party: one joined, left, or changed role or substitute.
    private func members(key: String) -> [Change] {
        var changes: [Change] = []
        let party = { (member: Member) in member.party?.value ?? "–" }
        let oldParty = { (member: Member) in renamed(member.party?.value) ?? "–" }
        for member in old.members where !new.members.contains(where: { party($0) == oldParty(member) }) {
            changes.append(FrontMatterChanges.membership(key, Self.member(member), added: false, line: member.range.start.line, rules: ["BUS004", "BUS003"], weakens: true))
        }
        for member in new.members {
            guard let before = old.members.first(where: { oldParty($0) == party(member) }) else {
                changes.append(FrontMatterChanges.membership(key, Self.member(member), added: true, line: member.range.start.line, rules: ["BUS004"]))
                continue
            }
            let memberKey = key + "." + party(member)
            if let change = FrontMatterChanges.value(memberKey + ".roll", before.role?.value, member.role?.value, line: member.range.start.line, oldLine: before.range.start.line, rules: ["BUS004"]) {
                changes.append(change)
            }
            if let change = FrontMatterChanges.value(memberKey + ".ersättare", before.substitute?.value, member.substitute?.value, line: member.range.start.line, oldLine: before.range.start.line, rules: []) {
                changes.append(change)
            }
        }
        return changes
    }

    static func member(_ member: Member) -> String {
        "\(member.role?.value ?? "–") (\(member.party?.value ?? "–"))"
    }

    /// A cadence in the run's language, as `check` says it.
    static func cadence(_ cadence: Cadence?) -> LocalizedText? {
        cadence.map(CadenceWording.cadence)
    }

    /// Fewer meetings a year, or a longer time to meet when needed.
    static func lessOften(_ before: Cadence?, _ after: Cadence?) -> Bool {
        switch (before, after) {
        case (.atLeast?, .atLeast?):
            return (after?.meetingsPerYear ?? 0) < (before?.meetingsPerYear ?? 0)
        case let (.whenNeeded(old)?, .whenNeeded(new)?):
            return (new?.value ?? Int.max) > (old?.value ?? Int.max) || (old != nil && new == nil)
        case (.some, nil):
            return true
        default:
            return false
        }
    }

    /// A fixed chair by its party's id; chairs by turns in the run's language ("växlande kommun/region per år").
    static func chair(_ chair: Chair?) -> LocalizedText? {
        switch chair {
        case .fixed(let party)?: return LocalizedText(sv: party.value, en: party.value)
        case .rotating(let turns, let period)?:
            // A principal's turn in the run's words ("municipality"), a party's by its id.
            let english = turns.map { turn in
                if case .principal(let principal) = turn.value { return principal.englishNoun }
                return turn.value.text
            }
            return LocalizedText(sv: "växlande " + turns.map(\.value.text).joined(separator: "/") + (period.map { " per \($0.value.rawValue)" } ?? ""),
                                 en: "by turns " + english.joined(separator: "/") + (period.map { " per \(CadenceWording.englishName($0.value))" } ?? ""))
        case nil: return nil
        }
    }

    /// "Enhetschef (soc)"; an old version's party under its new id, so a renamed party is no new convener.
    static func role(_ role: RoleAtParty?, renamed: (String?) -> String? = { $0 }) -> String? {
        role.map { "\($0.role?.value ?? "–") (\(renamed($0.party?.value) ?? "–"))" }
    }
}
