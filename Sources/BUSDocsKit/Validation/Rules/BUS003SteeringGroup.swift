/// BUS003: a steering group exists, with members from both principals.
public struct SteeringGroupRule: Rule {
    public init() {}
    public let id = "BUS003"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Lokal styrgrupp", en: "Local steering group")
    public let sentence = LocalizedText(
        sv: "Det lokala BUS-arbetet leds av en styrgrupp med chefer med mandat från båda huvudmännen.",
        en: "The local BUS work is led by a steering group of managers with mandate from both principals.")
    public let remedy = LocalizedText(
        sv: "Lägg till en grupp med `typ: styrgrupp` under `grupper:` med ledamöter från parter av båda huvudmännen.",
        en: "Add a group with `typ: styrgrupp` under `grupper:` with members from parties of both principals.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let agreement = context.agreement
        let steering = agreement.groups(ofKind: .steeringGroup)
        guard !steering.isEmpty else {
            if agreement.hasGroupOfUnreadableKind { return [] }
            return [finding(
                .noSteeringGroup, at: agreement.groupsRange?.start ?? context.frontMatterStart, hint: .addSteeringGroup,
                missing: agreement.groups.isEmpty && !agreement.groupsWrittenEmpty ? .topLevel("grupper") : nil)]
        }
        return steering.flatMap { group -> [Diagnostic] in
            let principals = group.members.reduce(into: Set<Principal>()) { found, member in
                if let party = member.party.flatMap({ agreement.party(withID: $0.value) }) {
                    found.formUnion(context.ruleSet.principals(of: party))
                }
            }
            // A principal no party has is BUS002's finding; a member of an unknown party, BUS014's. A group
            // without members lacks them whatever the parties' principals: said at once, so that a misspelt
            // `ledamoter:` is this error from the first run, not a warning until `huvudman` is fixed.
            if (agreement.hasPartyOfUnknownPrincipal && !group.members.isEmpty) || group.members.contains(where: { agreement.namesUnknownParty($0.party) }) {
                return []
            }
            let present = agreement.parties.reduce(into: Set<Principal>()) { $0.formUnion(context.ruleSet.principals(of: $1)) }
            let absent = context.ruleSet.principals.filter { !principals.contains($0) && present.contains($0) }
            // No members at all is one problem, however many principals it leaves out: one finding, whose
            // hint names a party of each.
            if group.members.isEmpty, absent.count > 1 {
                // Each with its manager's title, so that the example may be written as it stands.
                let examples = absent.compactMap { principal in
                    agreement.parties.first { context.ruleSet.principals(of: $0).contains(principal) && !$0.id.value.isEmpty }
                        .map { (id: $0.id.value, role: principal.managerRole) }
                }
                return [finding(.noMembers(in: group.id.value), at: group.id.location, hint: .addMembers(examples),
                                missing: KeyReference("ledamöter", in: group.range.start))]
            }
            return absent.map { principal in
                finding(
                    .noMember(in: group.id.value, from: principal), at: group.id.location, hint: .addManager(from: principal),
                    missing: group.members.isEmpty ? KeyReference("ledamöter", in: group.range.start) : nil)
            }
        }
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static let noSteeringGroup = LocalizedText(sv: "överenskommelsen har ingen styrgrupp", en: "the agreement has no steering group")

    fileprivate static let addSteeringGroup = LocalizedText(
        sv: "Lägg till en grupp med `typ: styrgrupp` under `grupper:`, med chefer från kommun och region som `ledamöter`.",
        en: "Add a group with `typ: styrgrupp` under `grupper:`, with managers from the municipality and the region as `ledamöter`.")

    fileprivate static func noMember(in group: String, from principal: Principal) -> LocalizedText {
        LocalizedText(sv: "styrgruppen `\(group)` har ingen ledamot från huvudmannen `\(principal.rawValue)`",
                      en: "the steering group `\(group)` has no member from the principal `\(principal.rawValue)`")
    }

    fileprivate static func noMembers(in group: String) -> LocalizedText {
        LocalizedText(sv: "styrgruppen `\(group)` har inga ledamöter", en: "the steering group `\(group)` has no members")
    }

    /// `members`: a party of each principal and its manager's title, as the example's members.
    fileprivate static func addMembers(_ members: [(id: String, role: String)]) -> LocalizedText {
        let sv = members.map { "`- { part: \($0.id), roll: \($0.role) }`" }.joined(separator: " och ")
        let en = members.map { "`- { part: \($0.id), roll: \($0.role) }`" }.joined(separator: " and ")
        return LocalizedText(
            sv: "Lägg till `ledamöter:` med minst en chef från kommunen och en från regionen, t.ex. \(sv), med chefernas befattningar i `roll`.",
            en: "Add `ledamöter:` with at least one manager from the municipality and one from the region, e.g. \(en), with the managers' titles as `roll`.")
    }

    fileprivate static func addManager(from principal: Principal) -> LocalizedText {
        LocalizedText(sv: "Lägg till en chef från \(principal.swedishParties) under `ledamöter:`.",
                      en: "Add a manager from \(principal.englishParties) under `ledamöter:`.")
    }
}
