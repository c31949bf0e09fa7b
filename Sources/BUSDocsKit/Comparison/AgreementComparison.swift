/// diff: what changed in substance between two versions of an agreement — the front matter compared
/// field by field, the findings that appear and disappear, and the body's sections compared word by word.
public struct AgreementComparison: Sendable {
    /// One version: where it came from, its parse and its findings.
    public struct Version: Sendable {
        public var label: String
        public var parsed: ParsedAgreement
        public var diagnostics: [Diagnostic]

        public init(label: String, parsed: ParsedAgreement, diagnostics: [Diagnostic]) {
            self.label = label
            self.parsed = parsed
            self.diagnostics = diagnostics
        }
    }

    public var old: Version
    public var new: Version
    public var changes: [Change]
    /// Findings the new version has and the old one had not, and the other way round.
    public var appeared: [Diagnostic]
    public var disappeared: [Diagnostic]
    public var sections: [SectionComparison]

    /// Whether any change makes the agreement weaker (`--fail-on-weakening`).
    public var weakens: Bool { changes.contains { $0.weakens } }

    /// The version a change's line is in: the old one for what was removed, else the new one; nil when
    /// the change has no line.
    public func file(of change: Change) -> String? {
        change.line.map { _ in change.kind == .removed ? old.label : new.label }
    }

    /// The version a section's line is in: the old one for a removed section, else the new one.
    public func file(of section: SectionComparison) -> String {
        section.status == .removed ? old.label : new.label
    }

    /// `validator`, the one that checked both versions, tells which removed section a new finding comes
    /// from (see `removedSections`); without it, a removed section is shown only under the sections.
    public init(old: Version, new: Version, ruleSet: RuleSet, validator: Validator? = nil) {
        self.old = old
        self.new = new
        (appeared, disappeared) = Self.difference(old.diagnostics, new.diagnostics)
        let before = old.parsed.agreement ?? Agreement(), after = new.parsed.agreement ?? Agreement()
        changes = Self.blame(Self.invalidated(FrontMatterChanges(old: before, new: after, ruleSet: ruleSet).all, by: appeared), for: appeared, in: after)
        sections = SectionComparison.compare(old: before.body, new: after.body)
        if let validator {
            let unexplained = appeared.filter { finding in !changes.contains { $0.breaks.contains(finding.ruleID) } }
            changes += Self.removedSections(sections, of: before.body, in: new, causing: unexplained, validator: validator)
        }
        let unexplained = appeared.filter { finding in !changes.contains { $0.breaks.contains(finding.ruleID) } }
        changes += Self.editedSections(sections, of: after.body, causing: unexplained)
        let prose = ChangeProse(old: before, new: after)
        for index in changes.indices { changes[index].prose = prose.sentence(changes[index]) }
    }

    /// A section the new version no longer has is a change in substance when its absence makes a finding:
    /// put back at the end of the new text, a finding the new version has and the old one had not goes
    /// away (the section was the one on a required topic, BUS015, or the one that invited the independent
    /// schools, BUS017). Such a removal weakens the agreement and breaks those rules.
    static func removedSections(_ sections: [SectionComparison], of oldBody: Body, in new: Version, causing unexplained: [Diagnostic],
                                validator: Validator) -> [Change] {
        guard !unexplained.isEmpty, let source = new.parsed.source else { return [] }
        var changes: [Change] = []
        var remaining = unexplained
        for section in sections where section.status == .removed && !remaining.isEmpty {
            guard let original = oldBody.allSections.first(where: { $0.heading == section.heading && $0.range.start.line == section.line }) else { continue }
            let text = source.text + (source.text.hasSuffix("\n") ? "" : "\n") + "\n" + written(original)
            let restored = validator.validate(AgreementParser.parse(SourceFile(path: source.path, text: text)))
            // The findings that the section, put back, makes go away.
            let caused = difference(restored, remaining).appeared
            guard !caused.isEmpty else { continue }
            remaining = difference(caused, remaining).appeared
            var rules: [String] = []
            for finding in caused where !rules.contains(finding.ruleID) { rules.append(finding.ruleID) }
            var change = Change(.removed, "avsnitt",
                                LocalizedText(sv: "avsnittet ”\(section.title.sv)” har tagits bort", en: "the section \"\(section.title.en)\" was removed"),
                                rules: rules, weakens: true, line: section.line, before: original.heading)
            change.breaks = rules
            changes.append(change)
        }
        return changes
    }

    /// A section whose text changed, or that is new, is a change in substance when an error no change of
    /// the front matter explains stands in its own text (not a subsection's): "Skolan ska kalla" changed
    /// to "kan" under `skolan: ska` (BUS023). It weakens the agreement and breaks those rules. A warning
    /// does not: a draft's placeholders (BUS024) are text still to write, not a weaker agreement.
    static func editedSections(_ sections: [SectionComparison], of newBody: Body, causing unexplained: [Diagnostic]) -> [Change] {
        let unexplained = unexplained.filter { $0.severity == .error }
        guard !unexplained.isEmpty else { return [] }
        var changes: [Change] = []
        for section in sections where section.status == .added || section.edited && section.status != .removed {
            guard let edited = newBody.allSections.first(where: { $0.heading == section.heading && $0.range.start.line == section.line }) else { continue }
            let own = { (line: Int) in
                edited.range.start.line <= line && line <= edited.range.end.line
                    && !edited.children.contains { $0.range.start.line <= line && line <= $0.range.end.line }
            }
            var rules: [String] = []
            for finding in unexplained where own(finding.location.line) && !rules.contains(finding.ruleID) { rules.append(finding.ruleID) }
            guard !rules.isEmpty else { continue }
            let added = section.status == .added
            var change = Change(added ? .added : .changed, "avsnitt",
                                added ? LocalizedText(sv: "avsnittet ”\(section.title.sv)” har lagts till", en: "the section \"\(section.title.en)\" was added")
                                      : LocalizedText(sv: "texten i avsnittet ”\(section.title.sv)” har ändrats", en: "the text of the section \"\(section.title.en)\" was changed"),
                                rules: rules, weakens: true, line: section.line, after: edited.heading)
            change.breaks = rules
            changes.append(change)
        }
        return changes
    }

    /// A section as Markdown, with its heading and the sections under it.
    static func written(_ section: Section) -> String {
        let heading = String(repeating: "#", count: section.level) + " \(section.heading)" + (section.explicitID.map { " {#\($0)}" } ?? "")
        return "\(heading)\n\(section.markdown)\n" + section.children.map { "\n" + written($0) }.joined()
    }

    /// A value the new version misspells is there but unreadable, not removed: "samtycke: skriftligt →
    /// skrftligt (ogiltigt värde)", on the line of the finding that names it.
    static func invalidated(_ changes: [Change], by appeared: [Diagnostic]) -> [Change] {
        changes.map { change in
            guard change.kind == .removed, let key = change.subject.split(separator: ".").last.map(String.init), let old = change.before,
                  let finding = appeared.first(where: { $0.unknownValue?.key == key }), let value = finding.unknownValue?.value
            else { return change }
            var invalid = Change(.changed, change.subject,
                                 LocalizedText(sv: "\(change.subject): \(old) → \(value) (ogiltigt värde)", en: "\(change.subject): \(old) → \(value) (invalid value)"),
                                 rules: change.rules, weakens: change.weakens, line: finding.location.line, before: old, after: value)
            invalid.breaks = change.breaks
            return invalid
        }
    }

    /// Each new finding is blamed on the change that caused it: of the changes its rule answers for and
    /// whose part of the new file (`scope`) holds the finding, the nearest one at or above the finding's
    /// line (a cadence finding stands on its `möten`, a deadline one on `inom-dagar` under it), or every
    /// one of them when the finding stands above them all. A removal, whose line is the old file's, is
    /// blamed for every rule it answers for with a finding in its part.
    static func blame(_ changes: [Change], for appeared: [Diagnostic], in new: Agreement) -> [Change] {
        var blamed = changes
        // Removals from one list that a finding is blamed on together: only all of them make it.
        var together: [[Int]] = []
        let starts = blockStarts(new)
        let scopes = changes.map { scope(of: $0, in: new, blockStarts: starts) }
        for finding in appeared {
            let answering = changes.indices.filter { index in
                changes[index].rules.contains(finding.ruleID) && scopes[index].map { $0.contains(finding.location.line) } ?? true
            }
            let removals = answering.filter { changes[$0].kind == .removed }
            let candidates = answering.filter { changes[$0].kind != .removed }
            let above = candidates.filter { (changes[$0].line ?? Int.max) <= finding.location.line }
            let nearest = above.map { changes[$0].line ?? 0 }.max()
            let chosen = removals + (nearest.map { line in above.filter { changes[$0].line == line } } ?? candidates)
            if removals.count > 1, Set(removals.map { changes[$0].subject }).count == 1, !together.contains(removals) { together.append(removals) }
            for index in chosen where !blamed[index].breaks.contains(finding.ruleID) {
                blamed[index].breaks.append(finding.ruleID)
                blamed[index].weakens = true
            }
        }
        // In the order the change lists its rules.
        for index in blamed.indices {
            blamed[index].breaks = blamed[index].rules.filter(blamed[index].breaks.contains)
        }
        return joined(blamed, together)
    }

    /// The removals a finding is blamed on together, as one change: "undertecknare: Verksamhetschef
    /// (bup), Verksamhetschef (hab) och Verksamhetschef (bumm) har tagits bort" breaks BUS013 once, where
    /// each alone would have broken nothing.
    static func joined(_ changes: [Change], _ together: [[Int]]) -> [Change] {
        var result = changes
        var dropped: Set<Int> = []
        for indices in together where indices.allSatisfy({ !dropped.contains($0) }) {
            let items = indices.compactMap { changes[$0].before }
            guard let first = indices.first, items.count == indices.count else { continue }
            let key = changes[first].subject
            var merged = Change(.removed, key, LocalizedText(sv: "\(key): \(items.listed("och")) har tagits bort", en: "\(key): \(items.listed("and")) were removed"),
                                rules: changes[first].rules, weakens: true, line: changes[first].line, before: items.listed("och"))
            merged.items = items
            merged.breaks = changes[first].rules.filter { rule in indices.contains { changes[$0].breaks.contains(rule) } }
            result[first] = merged
            dropped.formUnion(indices.dropFirst())
        }
        return result.indices.filter { !dropped.contains($0) }.map { result[$0] }
    }

    /// The lines of the new file a change is about: the group, party or routine its key path names, up to
    /// the next block the file writes (a duplicate member in one group is nothing the follow-up's owner
    /// caused); nil for the whole file (the document's own values, a group or party that is gone).
    static func scope(of change: Change, in new: Agreement, blockStarts: [Int]) -> ClosedRange<Int>? {
        let path = change.subject.split(separator: ".").map(String.init)
        let start: Int?
        switch path.first ?? "" {
        case "grupper" where path.count > 1: start = new.groups.first { $0.id.value == path[1] }?.range.start.line
        case "parter" where path.count > 1: start = new.party(withID: path[1])?.range.start.line
        case "uppföljning": start = new.followUp?.range.start.line
        case "avvikelser": start = new.deviations?.range.start.line
        case "sip": start = new.sip?.range.start.line
        default: start = nil
        }
        return start.map { start in start...((blockStarts.filter { $0 > start }.min() ?? Int.max) - 1) }
    }

    /// The lines where each block of the front matter and each section of the body begins.
    static func blockStarts(_ agreement: Agreement) -> [Int] {
        let parties = agreement.parties.map(\.range.start.line), groups = agreement.groups.map(\.range.start.line)
        let routines = [agreement.followUp?.range, agreement.deviations?.range, agreement.sip?.range, agreement.validity?.range,
                        agreement.signatoriesRange, agreement.consent?.range, agreement.status?.range].compactMap { $0?.start.line }
        let lists = agreement.signatories.map(\.range.start.line) + agreement.attachments.map(\.range.start.line) + agreement.revisions.map(\.range.start.line)
        return parties + groups + routines + lists + agreement.body.allSections.map(\.range.start.line)
    }

    /// Findings compared by rule and message, not by line: a finding that only moved is the same finding.
    static func difference(_ old: [Diagnostic], _ new: [Diagnostic]) -> (appeared: [Diagnostic], disappeared: [Diagnostic]) {
        func remove(_ items: [Diagnostic], present other: [Diagnostic]) -> [Diagnostic] {
            var counts: [String: Int] = [:]
            for diagnostic in other { counts[key(diagnostic), default: 0] += 1 }
            return items.filter { diagnostic in
                let key = key(diagnostic)
                guard let count = counts[key], count > 0 else { return true }
                counts[key] = count - 1
                return false
            }
        }
        func key(_ diagnostic: Diagnostic) -> String { diagnostic.ruleID + "\u{1F}" + diagnostic.message.en }
        return (remove(new, present: old), remove(old, present: new))
    }
}

/// One change in substance, in the agreement's own words.
public struct Change: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case added, removed, changed
    }

    public var kind: Kind
    /// Where in the front matter, as a key path: `parter.hab`, `grupper.styrgrupp.möten`, `samtycke`.
    public var subject: String
    /// What changed: "minst en gång per termin → minst en gång per år".
    public var description: LocalizedText
    /// The rules this part of the agreement answers to.
    public var rules: [String]
    /// Those of `rules` with findings in the new version that the old one had not.
    public var breaks: [String] = []
    /// Weaker than before: fewer meetings, a longer deadline, `ska` → `kan`, a mandatory service without
    /// a provider, or any change that makes a rule fail.
    public var weakens: Bool
    /// The line in the new file (the old one for what was removed).
    public var line: Int?
    /// The value before and after, in Swedish words, where the change is one of a value or a list item.
    public var before: String?
    public var after: String?
    /// For removals from one list joined into one change: each item, as `before` gives one.
    public var items: [String] = []
    /// The change as a sentence for the people who sign, in the agreement's own names (`ChangeProse`).
    public var prose = ""

    public init(_ kind: Kind, _ subject: String, _ description: LocalizedText, rules: [String], weakens: Bool = false, line: Int?,
                before: String? = nil, after: String? = nil) {
        self.before = before
        self.after = after
        self.kind = kind
        self.subject = subject
        self.description = description
        self.rules = rules
        self.weakens = weakens
        self.line = line
    }
}
