/// BUS013: managers of both the municipality and the region sign.
public struct SignatoriesRule: Rule {
    public init() {}
    public let id = "BUS013"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Undertecknare", en: "Signatories")
    public let sentence = LocalizedText(
        sv: "Överenskommelsen undertecknas av chefer för båda huvudmännen.",
        en: "The agreement is signed by managers of both principals.")
    public let remedy = LocalizedText(
        sv: "Lägg till undertecknare under `undertecknare:` från en part av varje huvudman.",
        en: "Add signatories under `undertecknare:` from a party of each principal.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let agreement = context.agreement
        let location = agreement.signatoriesRange?.start ?? context.frontMatterStart
        var findings: [Diagnostic] = []
        for signatory in agreement.signatories where signatory.party == nil {
            findings.append(finding(
                .noParty, at: signatory.range.start, hint: .writeParty,
                missing: KeyReference("part", in: signatory.range.start)))
        }
        // A signatory whose party is unknown is BUS014's; its principal cannot be told, so say nothing of it.
        // Nor when a party's principal is missing or cannot be read (BUS019's).
        if agreement.hasPartyOfUnknownPrincipal || agreement.signatories.contains(where: { agreement.namesUnknownParty($0.party) }) {
            return findings + signatureSections(agreement)
        }
        findings += signatureSections(agreement)
        let signing = agreement.signatories.reduce(into: Set<Principal>()) { found, signatory in
            if let party = signatory.party.flatMap({ agreement.party(withID: $0.value) }) {
                found.formUnion(context.ruleSet.principals(of: party))
            }
        }
        // A principal no party has is BUS002's finding.
        let present = agreement.parties.reduce(into: Set<Principal>()) { $0.formUnion(context.ruleSet.principals(of: $1)) }
        for principal in context.ruleSet.principals where !signing.contains(principal) && present.contains(principal) {
            findings.append(finding(
                .noSignatory(from: principal), at: location, hint: .addSignatory(from: principal),
                missing: agreement.signatories.isEmpty ? .topLevel("undertecknare") : nil))
        }
        return findings
    }
}

extension SignatoriesRule {
    /// Words a signature block writes besides the names and roles: the lines to sign on.
    static let formWords: Set<String> = ["underskrift", "underskrifter", "ort", "datum", "namn", "namnfortydligande", "for", "och", "den", "undertecknas", "undertecknad", "undertecknade", "av", "signatur"]

    /// The text's own section to sign ("## Underskrifter"): the agreement document ends in the page
    /// made from `undertecknare:`, so it would have two. Removing it loses nothing when it holds no word
    /// the front matter lacks (the signatories' roles, the parties' names and ids, the area); else its
    /// names and roles go into `undertecknare:` first.
    func signatureSections(_ agreement: Agreement) -> [Diagnostic] {
        func text(_ section: Section) -> String { section.markdown + "\n" + section.children.map(text).joined(separator: "\n") }
        // "Underskrifter", "10. Underskrifter", "§ 10 Undertecknande": the first word that is not its number.
        let signing = { (section: Section) in
            Words.folded(section.heading).first { !$0.allSatisfy(\.isNumber) }.map { $0.hasPrefix("underskrift") || $0.hasPrefix("undertecknande") } ?? false
        }
        // Most texts have no such section: the front matter's words are gathered only for one that has.
        let sections = agreement.body.allSections.filter(signing)
        guard !sections.isEmpty else { return [] }
        let known = Set(([agreement.area?.value, agreement.municipality?.value] + agreement.signatories.map { $0.role?.value }
            + agreement.parties.flatMap { [$0.name?.value, $0.id.value] }).compactMap { $0 }.flatMap(Words.folded))
        return sections.map { section in
            let words = Words.folded(text(section)).filter { $0.count > 1 && !$0.allSatisfy(\.isNumber) }
            let lacking = words.contains { !known.contains($0) && !Self.formWords.contains($0) }
            return finding(.ownSignatureSection(section.heading), at: section.range.start,
                           hint: lacking ? .moveIntoSignatories : .removeSignatureSection, severity: .warning)
        }
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static let noParty = LocalizedText(sv: "undertecknaren anger ingen part", en: "the signatory names no party")

    fileprivate static let writeParty = LocalizedText(
        sv: "Skriv `{ part: …, roll: … }` med en parts id.", en: "Write `{ part: …, roll: … }` with a party's id.")

    fileprivate static func noSignatory(from principal: Principal) -> LocalizedText {
        LocalizedText(sv: "ingen undertecknare från huvudmannen `\(principal.rawValue)`",
                      en: "no signatory from the principal `\(principal.rawValue)`")
    }

    fileprivate static func addSignatory(from principal: Principal) -> LocalizedText {
        LocalizedText(sv: "Lägg till en chef från \(principal.swedishParties) under `undertecknare:`.",
                      en: "Add a manager from \(principal.englishParties) under `undertecknare:`.")
    }

    fileprivate static func ownSignatureSection(_ heading: String) -> LocalizedText {
        LocalizedText(sv: "texten har ett eget avsnitt ”\(heading)”, och dokumentet från `bus-docs agreement` slutar också med en sida för underskrifter: rubriken står där två gånger",
                      en: "the text has its own section \"\(heading)\", and the document from `bus-docs agreement` ends in a page to sign too: the heading stands there twice")
    }

    fileprivate static let removeSignatureSection = LocalizedText(
        sv: "Ta bort avsnittet: sidan för underskrifter görs av `undertecknare:`.",
        en: "Remove the section: the page to sign is made from `undertecknare:`.")

    fileprivate static let moveIntoSignatories = LocalizedText(
        sv: "Skriv först in avsnittets namn och roller under `undertecknare:` (`{ part: …, roll: … }`), ta sedan bort avsnittet: sidan för underskrifter görs av `undertecknare:`.",
        en: "First write the section's names and roles under `undertecknare:` (`{ part: …, roll: … }`), then remove the section: the page to sign is made from `undertecknare:`.")
}
