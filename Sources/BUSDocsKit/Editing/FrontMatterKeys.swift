/// Every key of the front matter (format version 1) with what it means, what its value may be and the
/// rules that read it: what an editor shows on hover and offers as completions.
public struct FrontMatterKey: Sendable {
    public var name: String
    public var meaning: LocalizedText
    public var value: Value
    /// The rules that check this key's value, by id.
    public var rules: [String]

    public init(_ name: String, _ sv: String, _ en: String, _ value: Value = .text, rules: [String] = []) {
        self.name = name
        self.meaning = LocalizedText(sv: sv, en: en)
        self.value = value
        self.rules = rules
    }

    /// What may stand after the key.
    public enum Value: Sendable {
        case text
        case number
        case date
        case flag
        /// One of some words (an enum of the model).
        case choice([String])
        /// The id of something else, or a list of them (`list`).
        case reference(Reference, list: Bool)
        /// Free text items: `[a, b]`.
        case list
        case mapping([FrontMatterKey])
        /// A list of mappings: `- { id: …, namn: … }`.
        case items([FrontMatterKey])
    }

    public enum Reference: Sendable {
        case party
        case group
        case service
        /// A built-in template, one in `--templates`, or an attachment's id.
        case form
        case template
        case ruleSet
        /// A principal (`kommun`, `region`) or a party's id: the chair's turns.
        case principalOrParty
        /// A county-wide body of the rule set (BUSSAM), by any of its names.
        case body
        /// A group of the agreement or a county-wide body: an escalation step.
        case groupOrBody
    }

    /// The keys a mapping value has, or those of each item of a list of mappings.
    public var children: [FrontMatterKey] {
        switch value {
        case .mapping(let keys), .items(let keys): return keys
        default: return []
        }
    }

    /// The words a choice allows.
    public var choices: [String] {
        if case .choice(let values) = value { return values }
        if case .flag = value { return ["true", "false"] }
        return []
    }
}

public enum FrontMatterKeys {
    public static let root: [FrontMatterKey] = [
        .init("bus-docs", "Formatets version; skriv 1.", "The format version; write 1.", .choice(["1"]), rules: ["BUS019"]),
        .init("typ", "Vilket slags dokument det är.", "The kind of document.", .choice(AgreementKind.allCases.map(\.rawValue)), rules: ["BUS019"]),
        .init("status", "Var överenskommelsen står: utkast, remiss, beslutad eller upphävd. Bara en beslutad överenskommelse binder.",
              "Where the agreement stands: draft, consultation, decided or revoked. Only a decided agreement binds.",
              .choice(AgreementStatus.allCases.map(\.rawValue)), rules: ["BUS024"]),
        .init("titel", "Överenskommelsens titel.", "The agreement's title.", rules: ["BUS019"]),
        .init("område", "Det geografiska område överenskommelsen gäller.", "The area the agreement covers.", rules: ["BUS019"]),
        .init("kommun", "Kommunen som är part.", "The municipality that is a party.", rules: ["BUS019"]),
        .init("stadsdelsområden", "Stadsdelsområden som omfattas (valfritt).", "The city districts covered (optional).", .list),
        .init("regelverk", "Det regionala regelverk överenskommelsen kontrolleras mot.", "The regional rule set the agreement is checked against.",
              .reference(.ruleSet, list: false), rules: ["BUS019"]),
        .init("giltighet", "När överenskommelsen gäller.", "When the agreement is valid.", .mapping([
            .init("från", "Första dagen den gäller; utan den gäller den från undertecknandet.", "The first day it is valid; without it, from signing.", .date, rules: ["BUS012"]),
            .init("till", "Sista dagen, eller `tillsvidare`.", "The last day, or `tillsvidare` (until further notice).", .date, rules: ["BUS012"]),
        ]), rules: ["BUS012"]),
        .init("revisioner", "Överenskommelsens revisioner, äldst först.", "The agreement's revisions, oldest first.", .items([
            .init("datum", "Revisionens datum (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM).", "The revision's date (YYYY-MM-DD or YYYY-MM).", .date, rules: ["BUS012"]),
            .init("beskrivning", "Vad som ändrades.", "What changed."),
        ]), rules: ["BUS012"]),
        .init("parter", "Parterna: förvaltningar och verksamheter som ingår överenskommelsen.", "The parties: the bodies and services that enter the agreement.", .items([
            .init("id", "Partens id, som grupper och undertecknare hänvisar till (a–z, å, ä, ö, 0–9, -).",
                  "The party's id, which groups and signatories refer to (a–z, å, ä, ö, 0–9, -).", rules: ["BUS019"]),
            .init("namn", "Partens namn.", "The party's name.", rules: ["BUS019"]),
            .init("huvudman", "Partens huvudman.", "The party's principal.", .choice(Principal.allCases.map(\.rawValue)), rules: ["BUS002"]),
            .init("verksamheter", "Verksamheterna parten ansvarar för, med regelverkets id.", "The services the party provides, by the rule set's ids.",
                  .reference(.service, list: true), rules: ["BUS001", "BUS014"]),
        ]), rules: ["BUS001", "BUS002"]),
        .init("grupper", "Samverkansgrupperna: styrgrupp, arbetsgrupper, individforum.", "The collaboration groups: steering group, working groups, individual forum.", .items([
            .init("id", "Gruppens id, som uppföljning och eskalering hänvisar till.", "The group's id, which follow-up and escalation refer to.", rules: ["BUS019"]),
            .init("typ", "Vilken nivå gruppen arbetar på.", "The tier the group works on.", .choice(GroupKind.allCases.map(\.rawValue)), rules: ["BUS003", "BUS006"]),
            .init("namn", "Gruppens namn.", "The group's name."),
            .init("ledamöter", "Gruppens ledamöter: part, roll och ersättare.", "The group's members: party, role and substitute.", .items([
                .init("part", "Partens id.", "The party's id.", .reference(.party, list: false), rules: ["BUS014"]),
                .init("roll", "Ledamotens roll.", "The member's role.", rules: ["BUS019"]),
                .init("ersättare", "Ersättarens roll.", "The substitute's role."),
            ]), rules: ["BUS003", "BUS004"]),
            .init("möten", "Hur ofta gruppen möts.", "How often the group meets.", .mapping([
                .init("minst", "Minsta antal möten per period.", "The fewest meetings per period.", .number, rules: ["BUS005"]),
                .init("per", "Perioden mötena räknas i.", "The period meetings are counted in.", .choice(Period.allCases.map(\.rawValue)), rules: ["BUS005"]),
                .init("vid-behov", "Gruppen möts vid behov.", "The group meets when needed.", .flag, rules: ["BUS006"]),
                .init("inom-dagar", "Inom hur många dagar ett möte hålls när behovet uppstått.", "Within how many days a meeting is held once the need arises.", .number, rules: ["BUS006"]),
            ]), rules: ["BUS005", "BUS006", "BUS023"]),
            .init("ordförande", "Vem som är ordförande: en fast part eller växlande.", "Who chairs: a fixed party or by turns.", .mapping([
                .init("part", "Partens id.", "The party's id.", .reference(.party, list: false), rules: ["BUS014"]),
                .init("växlar", "Huvudmän eller parter som turas om.", "The principals or parties that take turns.", .reference(.principalOrParty, list: true), rules: ["BUS014"]),
                .init("period", "Hur länge varje tur varar (standard: termin).", "How long each turn lasts (default: termin).", .choice(Period.allCases.map(\.rawValue))),
            ])),
            .init("sammankallande", "Vem som kallar till möte: part och roll.", "Who convenes: party and role.", .mapping([
                .init("part", "Partens id.", "The party's id.", .reference(.party, list: false), rules: ["BUS014"]),
                .init("roll", "Den sammankallandes roll, en chef med mandat.", "The convener's role, a manager with mandate.", rules: ["BUS022"]),
            ]), rules: ["BUS006", "BUS022"]),
            .init("protokoll", "Protokollmallen: en inbyggd mall, en i --templates eller en bilagas id.",
                  "The protocol template: a built-in one, one in --templates or an attachment's id.", .reference(.form, list: false), rules: ["BUS006", "BUS014"]),
        ]), rules: ["BUS003", "BUS005", "BUS006"]),
        .init("avvikelser", "Rutinen för avvikelser.", "The deviation routine.", .mapping([
            .init("första-steg", "Vem en avvikelse först tas upp med.", "Whom a deviation is first raised with."),
            .init("eskalering", "Stegen en avvikelse går vidare: grupper, organ eller personer.", "The steps a deviation escalates through: groups, bodies or people.",
                  .reference(.groupOrBody, list: true), rules: ["BUS014"]),
            .init("mottagare", "Det länsgemensamma organ som tar emot avvikelser.", "The county-wide body that receives deviations.", .reference(.body, list: false), rules: ["BUS007"]),
            .init("blankett", "Avvikelseblanketten, som `protokoll`.", "The deviation form, like `protokoll`.", .reference(.form, list: false), rules: ["BUS007", "BUS014"]),
        ]), rules: ["BUS007"]),
        .init("samtycke", "Hur samtycke till att bryta sekretess inhämtas.", "How consent to break secrecy is obtained.",
              .choice(Consent.allCases.map(\.rawValue)), rules: ["BUS008", "BUS023"]),
        .init("sip", "Rutinen för samordnad individuell plan.", "The coordinated individual plan (SIP) routine.", .mapping([
            .init("initierar", "Verksamheterna som får kalla till SIP.", "The services that may call a SIP.", .reference(.service, list: true), rules: ["BUS009", "BUS014"]),
            .init("skolan", "Om skolan ska eller kan kalla till SIP.", "Whether the school shall or may call a SIP.",
                  .choice(SchoolSIPDuty.allCases.map(\.rawValue)), rules: ["BUS010", "BUS023"]),
        ]), rules: ["BUS009"]),
        .init("uppföljning", "Hur samverkan följs upp.", "How the collaboration is followed up.", .mapping([
            .init("per", "Hur ofta: en period eller t.ex. ”vartannat år”.", "How often: a period or e.g. \"vartannat år\".", .choice(Period.allCases.map(\.rawValue)), rules: ["BUS011"]),
            .init("ansvarig", "Den stående grupp som äger uppföljningen.", "The standing group that owns the follow-up.", .reference(.group, list: false), rules: ["BUS011"]),
            .init("indikatorer", "Vad som följs upp.", "What is followed up.", .list),
        ]), rules: ["BUS011"]),
        .init("undertecknare", "Vilka som undertecknar: part och roll.", "Who signs: party and role.", .items([
            .init("part", "Partens id.", "The party's id.", .reference(.party, list: false), rules: ["BUS013", "BUS014"]),
            .init("roll", "Undertecknarens roll.", "The signatory's role.", rules: ["BUS019"]),
        ]), rules: ["BUS013"]),
        .init("bilagor", "Bilagor: en mall eller en fil.", "Attachments: a template or a file.", .items([
            .init("id", "Bilagans id, som `protokoll` och `blankett` kan hänvisa till.", "The attachment's id, which `protokoll` and `blankett` may name."),
            .init("titel", "Bilagans titel.", "The attachment's title.", rules: ["BUS019"]),
            .init("mall", "En inbyggd mall.", "A built-in template.", .reference(.template, list: false), rules: ["BUS014"]),
            .init("fil", "En fil i en undermapp, t.ex. `bilagor/rutin.pdf`.", "A file in a subfolder, e.g. `bilagor/rutin.pdf`.", rules: ["BUS014"]),
        ])),
    ]

    /// The key a path of keys names (`["grupper", "möten", "per"]`), list items passed through.
    public static func key(at path: [String]) -> FrontMatterKey? {
        var keys = root
        var found: FrontMatterKey?
        for name in path {
            guard let key = keys.first(where: { $0.name == name }) else { return nil }
            found = key
            keys = key.children
        }
        return found
    }

    /// The names of the keys the mapping at a path may have: what the decoder knows, and BUS020 does not report.
    public static func names(of path: [String]) -> [String] {
        children(of: path).map(\.name)
    }

    /// The keys the mapping at a path may have: the top level for `[]`.
    public static func children(of path: [String]) -> [FrontMatterKey] {
        path.isEmpty ? root : key(at: path)?.children ?? []
    }
}
