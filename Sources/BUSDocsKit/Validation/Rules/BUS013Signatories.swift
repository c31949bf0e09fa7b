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
            return findings
        }
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
}
