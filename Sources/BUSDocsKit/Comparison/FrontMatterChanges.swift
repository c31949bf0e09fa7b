/// The front matter of two versions compared field by field, each difference a `Change`.
struct FrontMatterChanges {
    let old: Agreement
    let new: Agreement
    let ruleSet: RuleSet
    /// Parties whose id changed but that are the same party: renamed, not replaced (`sameProvider`, then `sameName`, then the most `sharedServices`). Old id → new id.
    let renames: [String: String]
    /// Groups whose id changed but that are the same group: the same kind, and the same name or the only
    /// new group of that kind. Old id → new id.
    let groupRenames: [String: String]

    init(old: Agreement, new: Agreement, ruleSet: RuleSet) {
        self.old = old
        self.new = new
        self.ruleSet = ruleSet
        let oldIDs = old.parties.map(\.id.value), newIDs = new.parties.map(\.id.value)
        var added = new.parties.filter { !oldIDs.contains($0.id.value) }
        var renames: [String: String] = [:]
        // The same services and principal first, then the same name: a party whose id and services both
        // changed in one edit is still the party it was.
        for same in [Self.sameProvider, Self.sameName] {
            for party in old.parties where !newIDs.contains(party.id.value) && renames[party.id.value] == nil {
                guard let index = added.firstIndex(where: { same($0, party) }) else { continue }
                renames[party.id.value] = added.remove(at: index).id.value
            }
        }
        // Then the party of the same principal that shares the most of its services: the social services
        // under a new id and name that no longer handle LSS are the party they were, less a service.
        for party in old.parties where !newIDs.contains(party.id.value) && renames[party.id.value] == nil {
            let shared = added.indices.map { (index: $0, count: Self.sharedServices(added[$0], party)) }
                .filter { $0.count > 0 && added[$0.index].principal?.value == party.principal?.value }
            guard let best = shared.max(by: { $0.count < $1.count })?.count, let index = shared.first(where: { $0.count == best })?.index else { continue }
            renames[party.id.value] = added.remove(at: index).id.value
        }
        self.renames = renames
        let oldGroupIDs = old.groups.map(\.id.value), newGroupIDs = new.groups.map(\.id.value)
        var addedGroups = new.groups.filter { !oldGroupIDs.contains($0.id.value) }
        var groupRenames: [String: String] = [:]
        for group in old.groups where !newGroupIDs.contains(group.id.value) {
            let sameKind = addedGroups.indices.filter { addedGroups[$0].kind?.value != nil && addedGroups[$0].kind?.value == group.kind?.value }
            let sameName = sameKind.filter { addedGroups[$0].name?.value != nil && addedGroups[$0].name?.value == group.name?.value }
            guard let index = sameName.count == 1 ? sameName[0] : sameKind.count == 1 ? sameKind[0] : nil else { continue }
            groupRenames[group.id.value] = addedGroups.remove(at: index).id.value
        }
        self.groupRenames = groupRenames
    }

    var all: [Change] {
        document + parties + mandatoryServices + groups + routines + signatories + attachments
    }

    // MARK: The document

    private var document: [Change] {
        var changes: [Change] = []
        func compare(_ key: String, _ before: Located<String>?, _ after: Located<String>?, rules: [String] = []) {
            if let change = Self.value(key, before?.value, after?.value, line: after?.location.line, oldLine: before?.location.line, rules: rules) {
                changes.append(change)
            }
        }
        compare("titel", old.title, new.title)
        compare("område", old.area, new.area)
        compare("kommun", old.municipality, new.municipality)
        // "HÖK 2022" and `hök-2022` are one rule set: another spelling is no change in substance.
        let sameRuleSet = [old.ruleSet, new.ruleSet].map { $0.flatMap { RuleSet.builtIn(answer: $0.value)?.id } }
        if sameRuleSet[0] == nil || sameRuleSet[0] != sameRuleSet[1] { compare("regelverk", old.ruleSet, new.ruleSet) }
        // The status is what the published page shows (Giltig, Utkast, Upphävd); a repeal weakens everything.
        if let change = Self.value("status", old.status?.value.rawValue, new.status?.value.rawValue, line: new.status?.location.line, oldLine: old.status?.location.line,
                                   rules: ["BUS019"], weakens: new.status?.value == .revoked && old.status?.value != .revoked) {
            changes.append(change)
        }
        let (oldFrom, oldUntil) = Self.validity(old.validity), (newFrom, newUntil) = Self.validity(new.validity)
        if let change = Self.value("giltighet.från", oldFrom, newFrom, line: new.validity?.from?.location.line ?? new.validity?.range.start.line, oldLine: old.validity?.from?.location.line, rules: ["BUS012", "BUS016"]) { changes.append(change) }
        if let change = Self.value("giltighet.till", oldUntil, newUntil, line: new.validity?.until?.location.line ?? new.validity?.range.start.line, oldLine: old.validity?.until?.location.line, rules: ["BUS012"]) { changes.append(change) }
        for district in Set(old.cityDistricts.map(\.value)).symmetricDifference(new.cityDistricts.map(\.value)).sorted() {
            let written = new.cityDistricts.first { $0.value == district }
            let line = (written ?? old.cityDistricts.first { $0.value == district })?.location.line
            changes.append(Self.membership("stadsdelsområden", district, added: written != nil, line: line, rules: []))
        }
        let oldRevisions = Set(old.revisions.compactMap { $0.date?.value.raw })
        for revision in new.revisions where !oldRevisions.contains(revision.date?.value.raw ?? "") {
            let text = [revision.date?.value.raw, revision.description?.value].compactMap { $0 }.joined(separator: ": ")
            changes.append(Change(.added, "revisioner", LocalizedText(sv: "ny revision \(text)", en: "new revision \(text)"), rules: [], line: revision.range.start.line))
        }
        return changes
    }

    // MARK: Parties

    private static let partyRules = ["BUS001", "BUS002", "BUS004", "BUS013", "BUS014"]

    /// An old version's reference to a party, under the party's new id.
    func renamed(_ id: String?) -> String? {
        id.map { renames[$0] ?? $0 }
    }

    private var parties: [Change] {
        var changes: [Change] = []
        let oldIDs = old.parties.map(\.id.value), newIDs = new.parties.map(\.id.value)
        let removed = old.parties.filter { !newIDs.contains($0.id.value) && renames[$0.id.value] == nil }
        let added = new.parties.filter { !oldIDs.contains($0.id.value) && !renames.values.contains($0.id.value) }
        for party in old.parties {
            guard let newID = renames[party.id.value], let successor = new.party(withID: newID) else { continue }
            changes.append(Change(.changed, "parter.\(newID)",
                LocalizedText(sv: "parten `\(party.id.value)` heter nu `\(newID)`\(Self.names(party, successor))",
                              en: "the party `\(party.id.value)` is now `\(newID)`\(Self.names(party, successor))"),
                rules: Self.partyRules, line: successor.range.start.line,
                before: Self.names(party, successor).isEmpty ? nil : party.name?.value, after: successor.name?.value))
        }
        for party in removed {
            changes.append(Change(.removed, "parter.\(party.id.value)",
                LocalizedText(sv: "parten `\(party.id.value)` (\(party.name?.value ?? party.id.value)) har tagits bort",
                              en: "the party `\(party.id.value)` (\(party.name?.value ?? party.id.value)) was removed"),
                rules: Self.partyRules, weakens: true, line: party.range.start.line, before: party.name?.value))
        }
        for party in added {
            changes.append(Change(.added, "parter.\(party.id.value)",
                LocalizedText(sv: "ny part `\(party.id.value)` (\(party.name?.value ?? party.id.value))",
                              en: "new party `\(party.id.value)` (\(party.name?.value ?? party.id.value))"),
                rules: Self.partyRules, line: party.range.start.line))
        }
        for party in new.parties {
            let oldID = renames.first { $0.value == party.id.value }?.key ?? party.id.value
            guard let before = old.party(withID: oldID) else { continue }
            let key = "parter.\(party.id.value)"
            // A renamed party's new name is said on the line of its new id: one change, not two.
            if oldID == party.id.value, let change = Self.value(key + ".namn", before.name?.value, party.name?.value, line: party.range.start.line, oldLine: before.name?.location.line, rules: []) {
                changes.append(change)
            }
            if let change = Self.value(key + ".huvudman", before.principal?.value.rawValue, party.principal?.value.rawValue, line: party.range.start.line, oldLine: before.principal?.location.line, rules: ["BUS002", "BUS013"]) { changes.append(change) }
            for service in Set(before.services.map(\.value)).symmetricDifference(party.services.map(\.value)).sorted() {
                let added = party.provides(service)
                // A service dropped is shown where the old version listed it.
                let line = added ? party.range.start.line : before.services.first { $0.value == service }?.location.line
                let name = ruleSet.serviceName(service)
                changes.append(Self.membership(key + ".verksamheter", LocalizedText(sv: "\(service) (\(name.sv))", en: "\(service) (\(name.en))"), added: added, line: line, rules: ["BUS001"], weakens: !added))
            }
        }
        return changes
    }

    private static func sameProvider(_ a: Party, _ b: Party) -> Bool {
        !a.services.isEmpty && Set(a.services.map(\.value)) == Set(b.services.map(\.value)) && a.principal?.value == b.principal?.value
    }

    /// How many services two parties both provide.
    private static func sharedServices(_ a: Party, _ b: Party) -> Int {
        Set(a.services.map(\.value)).intersection(b.services.map(\.value)).count
    }

    /// The same name, up to case, accents and spacing: the same organisation under a new id.
    private static func sameName(_ a: Party, _ b: Party) -> Bool {
        guard let first = a.name?.value.folded(), !first.isEmpty else { return false }
        return first == b.name?.value.folded()
    }

    private static func names(_ a: Party, _ b: Party) -> String {
        guard let before = a.name?.value, let after = b.name?.value, before != after else { return "" }
        return " (\(before) → \(after))"
    }

    /// A mandatory service some party provided before and none provides now.
    private var mandatoryServices: [Change] {
        ruleSet.mandatoryServices.filter { old.provides($0) && !new.provides($0) }.map { service in
            let name = ruleSet.serviceName(service)
            // Where the old version names the service, the provider it had.
            let provided = old.parties.lazy.compactMap { $0.services.first { $0.value == service } }.first
            return Change(.removed, "verksamheter.\(service)",
                LocalizedText(sv: "den obligatoriska verksamheten \(name.sv) har inte längre någon utförare",
                              en: "the mandatory service \(name.en) no longer has a provider"),
                rules: ["BUS001", "BUS004"], weakens: true, line: provided?.location.line)
        }
    }

    // MARK: Groups

    private var groups: [Change] {
        var changes: [Change] = []
        let oldIDs = old.groups.map(\.id.value), newIDs = new.groups.map(\.id.value)
        for group in old.groups {
            guard let newID = groupRenames[group.id.value], let successor = new.groups.first(where: { $0.id.value == newID }) else { continue }
            changes.append(Change(.changed, "grupper.\(newID)",
                LocalizedText(sv: "gruppen `\(group.id.value)` heter nu `\(newID)`", en: "the group `\(group.id.value)` is now `\(newID)`"),
                rules: ["BUS014"], line: successor.range.start.line, before: group.id.value, after: newID))
            changes += GroupChanges(old: group, new: successor, renamed: renamed).all
        }
        for group in old.groups where !newIDs.contains(group.id.value) && groupRenames[group.id.value] == nil {
            let essential = group.kind?.value == .steeringGroup || group.kind?.value == .individualForum
            changes.append(Change(.removed, "grupper.\(group.id.value)",
                LocalizedText(sv: "gruppen `\(group.id.value)` (\(Self.kindName(group).sv)) har tagits bort",
                              en: "the group `\(group.id.value)` (\(Self.kindName(group).en)) was removed"),
                rules: ["BUS003", "BUS005", "BUS006", "BUS011", "BUS014"], weakens: essential, line: group.range.start.line))
        }
        for group in new.groups where !oldIDs.contains(group.id.value) && !groupRenames.values.contains(group.id.value) {
            changes.append(Change(.added, "grupper.\(group.id.value)",
                LocalizedText(sv: "ny grupp `\(group.id.value)` (\(Self.kindName(group).sv))", en: "new group `\(group.id.value)` (\(Self.kindName(group).en))"),
                rules: ["BUS003", "BUS005", "BUS006", "BUS014"], line: group.range.start.line))
        }
        for group in new.groups {
            guard let before = old.groups.first(where: { $0.id.value == group.id.value }) else { continue }
            changes += GroupChanges(old: before, new: group, renamed: renamed).all
        }
        return changes
    }

    /// A group's kind as its file writes it, or that it has none in the run's language.
    static func kindName(_ group: Group) -> LocalizedText {
        group.kind.map { LocalizedText(sv: $0.value.rawValue, en: $0.value.rawValue) } ?? LocalizedText(sv: "utan typ", en: "no kind")
    }

    // MARK: Routines

    private var routines: [Change] {
        var changes: [Change] = []
        if let change = Self.value("samtycke", old.consent?.value.rawValue, new.consent?.value.rawValue, line: new.consent?.location.line, oldLine: old.consent?.location.line, rules: ["BUS008", "BUS019"],
                                   weakens: old.consent?.value == .written && new.consent?.value != .written) {
            changes.append(change)
        }
        if let change = Self.value("sip.skolan", old.sip?.school?.value.rawValue, new.sip?.school?.value.rawValue, line: new.sip?.school?.location.line, oldLine: old.sip?.school?.location.line, rules: ["BUS010", "BUS019"],
                                   weakens: old.sip?.school?.value == .shall && new.sip?.school?.value != .shall) {
            changes.append(change)
        }
        changes += Self.list("sip.initierar", old.sip?.initiators ?? [], new.sip?.initiators ?? [], rules: ["BUS009"])
        let deviation = (old.deviations, new.deviations)
        // The same receiver by another of its names (`BUSSAM` for the samrådsgrupp) is no change in substance.
        let receivers = (deviation.0?.receiver?.value, deviation.1?.receiver?.value)
        if !(receivers.0.flatMap { before in receivers.1.map { sameConcept(before, $0) } } ?? false),
           let change = Self.value("avvikelser.mottagare", receivers.0, receivers.1, line: deviation.1?.receiver?.location.line, oldLine: deviation.0?.receiver?.location.line, rules: ["BUS007"],
                                   weakens: deviation.0?.receiver != nil && deviation.1?.receiver == nil) {
            changes.append(change)
        }
        if let change = Self.value("avvikelser.första-steg", deviation.0?.firstStep?.value, deviation.1?.firstStep?.value, line: deviation.1?.firstStep?.location.line, oldLine: deviation.0?.firstStep?.location.line, rules: ["BUS007", "BUS014"]) {
            changes.append(change)
        }
        if let change = Self.value("avvikelser.blankett", deviation.0?.form?.value, deviation.1?.form?.value, line: deviation.1?.form?.location.line, oldLine: deviation.0?.form?.location.line, rules: ["BUS007", "BUS014"]) {
            changes.append(change)
        }
        let oldSteps = deviation.0?.escalation.map(\.value) ?? [], newSteps = deviation.1?.escalation.map(\.value) ?? []
        let sameSteps = oldSteps.count == newSteps.count && zip(oldSteps, newSteps).allSatisfy { sameConcept($0, $1) }
        if !sameSteps, let change = Self.value("avvikelser.eskalering", oldSteps.joined(separator: ", "), newSteps.joined(separator: ", "), line: deviation.1?.range.start.line, oldLine: deviation.0?.range.start.line, rules: ["BUS007", "BUS014"]) {
            changes.append(change)
        }
        let follow = (old.followUp, new.followUp)
        let oldYearly = follow.0?.period?.value.perYear ?? 0, newYearly = follow.1?.period?.value.perYear ?? 0
        if let change = Self.value("uppföljning.per", follow.0?.period?.value.text, follow.1?.period?.value.text, line: follow.1?.period?.location.line, oldLine: follow.0?.period?.location.line, rules: ["BUS011"],
                                   weakens: newYearly < oldYearly) {
            changes.append(change)
        }
        let owners = (follow.0?.owner?.value, follow.1?.owner?.value)
        if !(owners.0.flatMap { before in owners.1.map { sameConcept(before, $0) } } ?? false),
           let change = Self.value("uppföljning.ansvarig", follow.0?.owner?.value, follow.1?.owner?.value, line: follow.1?.owner?.location.line, oldLine: follow.0?.owner?.location.line, rules: ["BUS011", "BUS014"]) {
            changes.append(change)
        }
        changes += Self.list("uppföljning.indikatorer", follow.0?.indicators ?? [], follow.1?.indicators ?? [], rules: ["BUS011"])
        return changes
    }

    /// Two names of one receiver or escalation step, compared as concepts (README, "How text is read"):
    /// the same words up to case and endings, two names of one county body, or one group by its id, name
    /// or kind.
    func sameConcept(_ before: String, _ after: String) -> Bool {
        if before == after || !NameKey.candidates(before).isDisjoint(with: NameKey.candidates(after)) { return true }
        if let body = ruleSet.body(named: before), ruleSet.body(named: after) == body { return true }
        if let group = old.group(named: before), let successor = new.group(named: after),
           (groupRenames[group.id.value] ?? group.id.value) == successor.id.value { return true }
        return false
    }

    // MARK: Signatories and attachments

    /// Signatories who joined or left; one whose party signs in both versions, once in each, under another
    /// role is one change on its line, the old role beside the new (`undertecknare.bup-nacka.roll:
    /// Verksamhetschef → Avdelningschef`), not a signatory removed and another added.
    private var signatories: [Change] {
        let describe = { (signatory: Signatory, party: String?) in "\(signatory.role?.value ?? "–") (\(party ?? "–"))" }
        let before = old.signatories.map { (party: renamed($0.party?.value), signatory: $0) }
        let after = new.signatories.map { (party: $0.party?.value, signatory: $0) }
        let oldItems = before.map { describe($0.signatory, $0.party) }, newItems = after.map { describe($0.signatory, $0.party) }
        let removed = before.filter { !newItems.contains(describe($0.signatory, $0.party)) }
        let added = after.filter { !oldItems.contains(describe($0.signatory, $0.party)) }
        var changes: [Change] = []
        var reworded: Set<String> = []
        for (party, signatory) in added {
            guard let party, added.filter({ $0.party == party }).count == 1,
                  before.filter({ $0.party == party }).count == 1, after.filter({ $0.party == party }).count == 1,
                  let previous = removed.first(where: { $0.party == party })?.signatory,
                  let change = Self.value("undertecknare.\(party).roll", previous.role?.value, signatory.role?.value, line: signatory.range.start.line,
                                          oldLine: previous.range.start.line, rules: ["BUS013"]) else { continue }
            changes.append(change)
            reworded.insert(party)
        }
        let kept = { (entry: (party: String?, signatory: Signatory)) in !reworded.contains(entry.party ?? "") }
        return Self.list("undertecknare", removed.filter(kept).map { Located(describe($0.signatory, $0.party), at: $0.signatory.range) },
                         added.filter(kept).map { Located(describe($0.signatory, $0.party), at: $0.signatory.range) }, rules: ["BUS013"])
            + changes
    }

    private var attachments: [Change] {
        let describe = { (attachment: Attachment) in attachment.title?.value ?? attachment.template?.value ?? attachment.file?.value ?? "–" }
        return Self.list("bilagor", old.attachments.map { Located(describe($0), at: $0.range) },
                         new.attachments.map { Located(describe($0), at: $0.range) }, rules: ["BUS014"])
    }

    // MARK: Building blocks

    /// A value that was set, removed or changed; nil when it is the same. `line` is where the new file
    /// writes it, `oldLine` where the old one did: a removed value is shown where it stood.
    static func value(_ key: String, _ before: String?, _ after: String?, line: Int?, oldLine: Int?, rules: [String], weakens: Bool = false) -> Change? {
        value(key, before.map { LocalizedText(sv: $0, en: $0) }, after.map { LocalizedText(sv: $0, en: $0) }, line: line, oldLine: oldLine, rules: rules, weakens: weakens)
    }

    /// A value said in words of the run's language (a cadence): compared by its Swedish words.
    static func value(_ key: String, _ before: LocalizedText?, _ after: LocalizedText?, line: Int?, oldLine: Int?, rules: [String], weakens: Bool = false) -> Change? {
        switch (before, after) {
        case let (before?, after?) where before.sv != after.sv:
            return Change(.changed, key, LocalizedText(sv: "\(key): \(before.sv) → \(after.sv)", en: "\(key): \(before.en) → \(after.en)"), rules: rules, weakens: weakens, line: line,
                          before: before.sv, after: after.sv)
        case let (nil, after?):
            return Change(.added, key, LocalizedText(sv: "\(key): \(after.sv) (ny)", en: "\(key): \(after.en) (new)"), rules: rules, weakens: weakens, line: line, after: after.sv)
        case let (before?, nil):
            return Change(.removed, key, LocalizedText(sv: "\(key): \(before.sv) har tagits bort", en: "\(key): \(before.en) was removed"), rules: rules, weakens: weakens, line: oldLine, before: before.sv)
        default:
            return nil
        }
    }

    /// An item that joined or left a list.
    static func membership(_ key: String, _ item: String, added: Bool, line: Int?, rules: [String], weakens: Bool = false) -> Change {
        membership(key, LocalizedText(sv: item, en: item), added: added, line: line, rules: rules, weakens: weakens)
    }

    /// An item said in words of the run's language (a service by its name); `before`/`after` keep the Swedish.
    static func membership(_ key: String, _ item: LocalizedText, added: Bool, line: Int?, rules: [String], weakens: Bool = false) -> Change {
        added
            ? Change(.added, key, LocalizedText(sv: "\(key): \(item.sv) har lagts till", en: "\(key): \(item.en) was added"), rules: rules, line: line, after: item.sv)
            : Change(.removed, key, LocalizedText(sv: "\(key): \(item.sv) har tagits bort", en: "\(key): \(item.en) was removed"), rules: rules, weakens: weakens, line: line, before: item.sv)
    }

    /// The items of a list that were removed or added, in their own order, each on its own line: a
    /// removed one in the old file, an added one in the new.
    static func list(_ key: String, _ before: [Located<String>], _ after: [Located<String>], rules: [String]) -> [Change] {
        let oldItems = before.map(\.value), newItems = after.map(\.value)
        return before.filter { !newItems.contains($0.value) }.map { membership(key, $0.value, added: false, line: $0.location.line, rules: rules) }
            + after.filter { !oldItems.contains($0.value) }.map { membership(key, $0.value, added: true, line: $0.location.line, rules: rules) }
    }

    static func validity(_ validity: Validity?) -> (from: String?, until: String?) {
        let until: String? = validity?.until.map {
            switch $0.value {
            case .untilFurtherNotice: return "tillsvidare"
            case .date(let date): return date.raw
            }
        }
        return (validity?.from?.value.raw, until)
    }
}
