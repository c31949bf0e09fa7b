/// The agreement `import` writes: a front matter with every value it found, each with a comment citing
/// where, a placeholder or a comment for every value it did not find, `status: utkast`, and the body.
/// Alongside, the lists the import report gives: what was recognised, with its source, and what not.
public struct ImportedDraft: Sendable {
    public struct Recognised: Sendable {
        public var key: String
        public var value: String
        public var citation: Citation
    }

    public struct Missing: Sendable {
        public var key: String
        public var hint: LocalizedText
    }

    public private(set) var text = ""
    public private(set) var recognised: [Recognised] = []
    public private(set) var missing: [Missing] = []

    public init(facts: ImportFacts, ruleSet: RuleSet, ruleSetGiven: Bool, body: String) {
        write(facts, ruleSet: ruleSet, ruleSetGiven: ruleSetGiven)
        text += "---\n" + body
    }

    private mutating func line(_ text: String, _ citation: Citation?, key: String? = nil, value: String? = nil) {
        if let citation {
            self.text += text + "  # " + citation.text + "\n"
            if let key { recognised.append(Recognised(key: key, value: value ?? "", citation: citation)) }
        } else {
            self.text += text + "\n"
        }
    }

    private mutating func gap(_ indent: String, _ key: String, sv: String, en: String) {
        text += "\(indent)# \(key): \(Self.notFound) \(sv)\n"
        missing.append(Missing(key: key, hint: LocalizedText(sv: sv, en: en)))
    }

    static let notFound = "HITTADES INTE I DOKUMENTET —"
    /// A party the text does not name one of, for the authors to write (BUS024 warns until they do).
    static let partPlaceholder = "(ange part)"
    /// A role the text does not name, for the authors to write (BUS024 warns until they do).
    static let rolePlaceholder = "(ange roll)"

    /// The meetings a cadence read from the text makes for `möten`, whose `per` is one period: "en gång
    /// varannan vecka" is at least twice a month, "varannan månad" three times a term — the whole times
    /// the first longer period holds; nil when none holds one ("vartannat år").
    static func meetings(times: Int, _ interval: Interval) -> (times: Int, period: Period)? {
        guard interval.every > 1 else { return (times, interval.period) }
        for period in Period.allCases where period.perYear < interval.period.perYear {
            let whole = times * interval.period.perYear / (interval.every * period.perYear)
            if whole >= 1 { return (whole, period) }
        }
        return nil
    }

    private mutating func write(_ facts: ImportFacts, ruleSet: RuleSet, ruleSetGiven: Bool) {
        let area = facts.area?.value
        text += "---\n"
        text += "# Importerat utkast: varje värde som hittades har en kommentar om var i dokumentet det står;\n"
        text += "# det som inte hittades är markerat \(Self.notFound.dropLast(2)). Granska allt innan parterna undertecknar.\n"
        text += "bus-docs: 1\ntyp: lokal-överenskommelse\nstatus: utkast\n"
        if let title = facts.title {
            line("titel: \(YAMLText.quoted(title.value))", title.citation, key: "titel", value: title.value)
        } else {
            line("titel: \(YAMLText.quoted("(ange överenskommelsens titel)"))  # \(Self.notFound) skriv titeln", nil)
            missing.append(Missing(key: "titel", hint: LocalizedText(sv: "skriv överenskommelsens titel", en: "write the agreement's title")))
        }
        if let area = facts.area {
            line("område: \(YAMLText.quoted(area.value))", area.citation, key: "område", value: area.value)
        } else {
            line("område: \(YAMLText.quoted("(ange BUS-området)"))  # \(Self.notFound) skriv området", nil)
            missing.append(Missing(key: "område", hint: LocalizedText(sv: "skriv BUS-området", en: "write the BUS area")))
        }
        if let municipality = facts.municipality {
            line("kommun: \(YAMLText.quoted(municipality.value))", municipality.citation, key: "kommun", value: municipality.value)
        } else {
            line("kommun: \(YAMLText.quoted("(ange kommunen)"))  # \(Self.notFound) skriv kommunen", nil)
            missing.append(Missing(key: "kommun", hint: LocalizedText(sv: "skriv kommunen", en: "write the municipality")))
        }
        if ruleSetGiven {
            line("regelverk: \(ruleSet.id)  # angivet med --rules", nil)
        } else if let found = facts.ruleSet {
            line("regelverk: \(ruleSet.id)", found.citation, key: "regelverk", value: ruleSet.id)
        } else {
            line("regelverk: \(ruleSet.id)  # \(Self.notFound) det nuvarande regelverket; ändra om överenskommelsen bygger på ett annat", nil)
            missing.append(Missing(key: "regelverk", hint: LocalizedText(sv: "kontrollera regelverket (\(ruleSet.id) antogs)", en: "check the rule set (\(ruleSet.id) assumed)")))
        }
        // Validity
        if facts.validFrom != nil || facts.validUntil != nil {
            text += "giltighet:\n"
            if let from = facts.validFrom { line("  från: \(from.value)", from.citation, key: "giltighet.från", value: from.value) }
            if let until = facts.validUntil { line("  till: \(until.value)", until.citation, key: "giltighet.till", value: until.value) }
            else { gap("  ", "till", sv: "skriv ett datum eller tillsvidare", en: "write a date or tillsvidare") }
        } else {
            gap("", "giltighet", sv: "skriv från när och till när överenskommelsen gäller", en: "write when the agreement is valid from and until")
        }
        // Signed, then revised, by date: each as the document says it.
        let signed = facts.signed.flatMap { signed in facts.revisions.contains { $0.value == signed.value } ? nil : signed }
        let dated = (signed.map { [($0, "Undertecknad")] } ?? []) + facts.revisions.map { ($0, "Reviderad") }
        if !dated.isEmpty {
            text += "revisioner:\n"
            for (revision, what) in dated.sorted(by: { $0.0.value < $1.0.value }) {
                line("  - { datum: \(revision.value), beskrivning: \(what) }", revision.citation, key: "revisioner", value: revision.value)
            }
        }
        // Parties
        text += "parter:\n"
        // No service named: a party for each one the rule set demands, as `new` writes them, to rename
        // (a `parter:` with only comments under it is no list, and check would stop at that).
        var parties = facts.parties.map { (id: $0.id, services: $0.services, principal: $0.principal) }
        if parties.isEmpty {
            gap("  ", "parter", sv: "ingen av regelverkets verksamheter nämns; parterna nedan är mallens, en per verksamhet som ska delta: skriv deras namn",
                en: "none of the rule set's services is named; the parties below are the skeleton's, one per service that must take part: write their names")
            parties = ruleSet.mandatoryServices.map { (id: $0, services: [$0], principal: AgreementDraft.municipalServices.contains($0) ? .municipality : .region) }
            for party in parties {
                let short = ruleSet.serviceName(party.id, in: .swedish)
                let label = short.split(separator: " (").first.map(String.init) ?? short
                text += "  - id: \(party.id)\n    namn: \(YAMLText.quoted("Ange partens namn\(area.map { " i \($0)" } ?? "") (\(label))"))\n"
                text += "    huvudman: \(party.principal.rawValue)\n    verksamheter: [\(party.id)]\n"
            }
        }
        for party in facts.parties {
            text += "  - id: \(party.id)\n"
            if let name = party.name {
                line("    namn: \(YAMLText.quoted(name.value))", name.citation, key: "parter.\(party.id).namn", value: name.value)
            } else {
                let short = ruleSet.serviceName(party.services[0], in: .swedish)
                let label = short.split(separator: " (").first.map(String.init) ?? short
                line("    namn: \(YAMLText.quoted("Ange partens namn\(area.map { " i \($0)" } ?? "") (\(label))"))  # \(Self.notFound) bara verksamheten nämns", nil)
                missing.append(Missing(key: "parter.\(party.id).namn", hint: LocalizedText(sv: "skriv namnet på parten som står för \(label)", en: "write the name of the party providing \(label)")))
            }
            text += "    huvudman: \(party.principal.rawValue)\n"
            line("    verksamheter: [\(party.services.joined(separator: ", "))]", party.citation, key: "parter.\(party.id).verksamheter", value: party.services.joined(separator: ", "))
        }
        // Those the text invites when needed are no parties: said, not listed.
        for citation in facts.invited {
            text += "  # Inbjuds vid behov, ingen part: \(citation.text)\n"
        }
        for service in ruleSet.mandatoryServices where !parties.contains(where: { $0.services.contains(service) }) {
            // Keyed as the party it would be (`parter.hab`): a key of the format, the same in either language.
            gap("  ", "parter.\(service)", sv: "\(ruleSet.serviceName(service, in: .swedish)) nämns inte; lägg till parten om den deltar",
                en: "\(ruleSet.serviceName(service, in: .english)) is not named; add the party if it takes part")
        }
        // Groups
        text += "grupper:\n"
        // No group named: the three tiers as `new` writes them, with the parties above and roles to write
        // (BUS024 warns until they are), never a `grupper:` with only comments under it.
        if facts.groups.isEmpty {
            gap("  ", "grupper", sv: "inga grupper nämns; grupperna nedan är mallens tre nivåer: skriv ledamöternas roller och ändra det som inte stämmer",
                en: "no groups are named; the groups below are the skeleton's three tiers: write the members' roles and change what does not apply")
            let mandatory = parties.filter { !Set($0.services).isDisjoint(with: ruleSet.mandatoryServices) }.map(\.id)
            let convener = parties.first { $0.principal == .municipality }?.id ?? parties[0].id
            text += AgreementDraft.groups(members: parties.map(\.id), forumMembers: mandatory.isEmpty ? parties.map(\.id) : mandatory,
                                          convener: convener, managerRole: AgreementDraft.placeholderRole, role: Self.rolePlaceholder, ruleSet: ruleSet)
        }
        for group in facts.groups {
            text += "  - id: \(group.id)\n    typ: \(group.kind.rawValue)\n"
            line("    namn: \(YAMLText.quoted(group.name.value))", group.name.citation, key: "grupper.\(group.id)", value: group.name.value)
            if group.kind == .individualForum {
                if let days = group.deadlineDays {
                    line("    möten: { vid-behov: true, inom-dagar: \(days.value) }", days.citation, key: "grupper.\(group.id).möten.inom-dagar", value: String(days.value))
                } else {
                    gap("    ", "grupper.\(group.id).möten", sv: "skriv inom hur många dagar individforum hålls (`möten: { vid-behov: true, inom-dagar: 14 }`)",
                        en: "write within how many days the individforum meets (`möten: { vid-behov: true, inom-dagar: 14 }`)")
                }
            } else if let cadence = group.cadence, let meetings = Self.meetings(times: cadence.value.times, cadence.value.interval) {
                let value = "{ minst: \(meetings.times), per: \(meetings.period.rawValue) }"
                line("    möten: \(value)", cadence.citation, key: "grupper.\(group.id).möten", value: value)
            } else if let cadence = group.cadence {
                gap("    ", "grupper.\(group.id).möten", sv: "texten säger \(cadence.citation.text); `möten` räknar per vecka, månad, termin eller år: skriv `möten: { minst: 1, per: år }` eller det som gäller",
                    en: "the text says \(cadence.citation.text(in: .english)); `möten` counts per week, month, term or year: write `möten: { minst: 1, per: år }` or what applies")
            } else if group.kind.isStanding {
                gap("    ", "grupper.\(group.id).möten", sv: "skriv hur ofta gruppen möts (`möten: { minst: 1, per: termin }`)",
                    en: "write how often the group meets (`möten: { minst: 1, per: termin }`)")
            }
            if let chair = group.chair {
                switch chair.value {
                case .rotating(let period):
                    line("    ordförande: { växlar: [kommun, region]\(period.map { ", period: \($0.rawValue)" } ?? "") }", chair.citation, key: "grupper.\(group.id).ordförande", value: "växlar")
                case .party(let party):
                    line("    ordförande: { part: \(party) }", chair.citation, key: "grupper.\(group.id).ordförande", value: party)
                }
            }
            if let convener = group.convener {
                switch convener.value {
                case .party(let party, let role):
                    let role = role.map { ", roll: \(YAMLText.plain($0))" } ?? ""
                    line("    sammankallande: { part: \(party)\(role) }", convener.citation, key: "grupper.\(group.id).sammankallande", value: party)
                case .unclear(let role):
                    // The text says someone convenes, not which one party: the key is left for the authors,
                    // with the placeholder `check` warns about (BUS024), never a guess.
                    let role = role.map { ", roll: \(YAMLText.plain($0))" } ?? ""
                    line("    sammankallande: { part: \(YAMLText.quoted(Self.partPlaceholder))\(role) }", convener.citation)
                    missing.append(Missing(key: "grupper.\(group.id).sammankallande",
                                           hint: LocalizedText(sv: "texten säger inte vilken part som sammankallar; skriv partens id i stället för \(Self.partPlaceholder)",
                                                               en: "the text does not say which party convenes; write the party's id in place of \(Self.partPlaceholder)")))
                }
            } else if group.kind == .individualForum {
                gap("    ", "grupper.\(group.id).sammankallande", sv: "skriv vem som kallar till individforum (`sammankallande: { part: …, roll: Enhetschef }`)",
                    en: "write who convenes the individforum (`sammankallande: { part: …, roll: Enhetschef }`)")
            }
            if group.kind == .individualForum {
                if let minutes = group.minutes {
                    line("    protokoll: individforum", minutes, key: "grupper.\(group.id).protokoll", value: "individforum")
                } else {
                    gap("    ", "grupper.\(group.id).protokoll", sv: "skriv vilken protokollmall individforum använder (`protokoll: individforum` är den inbyggda)",
                        en: "write which protocol template the individforum uses (`protokoll: individforum` is the built-in one)")
                }
            }
            if !group.members.isEmpty {
                text += "    ledamöter:\n"
                for member in group.members {
                    let substitute = group.substitutes[member.value.party].map { ", ersättare: \(YAMLText.plain($0))" } ?? ""
                    line("      - { part: \(member.value.party), roll: \(YAMLText.plain(member.value.role))\(substitute) }", member.citation,
                         key: "grupper.\(group.id).ledamöter", value: "\(member.value.party): \(member.value.role)")
                }
            } else {
                gap("    ", "grupper.\(group.id).ledamöter", sv: "skriv gruppens ledamöter (`- { part: …, roll: … }`)", en: "write the group's members (`- { part: …, roll: … }`)")
            }
        }
        for kind in [GroupKind.steeringGroup, .individualForum] where !facts.groups.isEmpty && !facts.groups.contains(where: { $0.kind == kind }) {
            gap("  ", "grupper.\(kind.rawValue)", sv: "\(kind == .individualForum ? "inget" : "ingen") \(kind.rawValue) nämns", en: "no \(kind.rawValue) is named")
        }
        // Routines
        if facts.firstStep != nil || facts.receiver != nil {
            text += "avvikelser:\n"
            if let first = facts.firstStep { line("  första-steg: \(YAMLText.plain(first.value))", first.citation, key: "avvikelser.första-steg", value: first.value) }
            if let escalation = facts.escalation {
                let value = escalation.value.map(YAMLText.plain).joined(separator: ", ")
                line("  eskalering: [\(value)]", escalation.citation, key: "avvikelser.eskalering", value: value)
            }
            if let receiver = facts.receiver {
                line("  mottagare: \(YAMLText.plain(receiver.value))", receiver.citation, key: "avvikelser.mottagare", value: receiver.value)
            } else {
                gap("  ", "mottagare", sv: "skriv vem som tar emot avvikelser av principiell art", en: "write who receives deviations of a principal nature")
            }
            if let form = facts.form {
                line("  blankett: avvikelseblankett", form, key: "avvikelser.blankett", value: "avvikelseblankett")
            } else {
                gap("  ", "blankett", sv: "skriv vilken blankett avvikelser rapporteras på (`blankett: avvikelseblankett` är den inbyggda)",
                    en: "write which form deviations are reported on (`blankett: avvikelseblankett` is the built-in one)")
            }
        } else {
            gap("", "avvikelser", sv: "ingen avvikelserutin hittades; skriv första steg, eskalering och mottagare", en: "no deviation routine found; write the first step, escalation and receiver")
        }
        if let consent = facts.consent {
            line("samtycke: \(consent.value.rawValue)", consent.citation, key: "samtycke", value: consent.value.rawValue)
        } else {
            gap("", "samtycke", sv: "skriv hur samtycke inhämtas: skriftligt, muntligt eller saknas", en: "write how consent is obtained: skriftligt, muntligt or saknas")
        }
        if facts.sipInitiators != nil || facts.schoolSIP != nil {
            text += "sip:\n"
            if let initiators = facts.sipInitiators {
                line("  initierar: [\(initiators.value.joined(separator: ", "))]", initiators.citation, key: "sip.initierar", value: initiators.value.joined(separator: ", "))
            } else {
                gap("  ", "initierar", sv: "skriv vilka verksamheter som kallar till SIP", en: "write which services call a SIP")
            }
            if let school = facts.schoolSIP {
                line("  skolan: \(school.value.rawValue)", school.citation, key: "sip.skolan", value: school.value.rawValue)
            } else {
                gap("  ", "skolan", sv: "skriv om skolan ska eller kan kalla till SIP", en: "write whether the school shall or may call a SIP")
            }
        } else {
            gap("", "sip", sv: "SIP hittades inte; skriv vilka som kallar och om skolan ska eller kan", en: "SIP not found; write who calls one and whether the school shall or may")
        }
        if let followUp = facts.followUp {
            text += "uppföljning:\n"
            line("  per: \(followUp.value.text)", followUp.citation, key: "uppföljning.per", value: followUp.value.text)
            if let owner = facts.followUpOwner {
                line("  ansvarig: \(owner.value)", owner.citation, key: "uppföljning.ansvarig", value: owner.value)
            } else {
                gap("  ", "ansvarig", sv: "skriv vilken grupp som följer upp", en: "write which group follows up")
            }
        } else {
            gap("", "uppföljning", sv: "skriv hur ofta och av vem överenskommelsen följs upp", en: "write how often and by whom the agreement is followed up")
        }
        for role in facts.unplacedSignatories {
            gap("", "undertecknare", sv: "\(role.citation.text): ingen part hittades för \(role.value); skriv den som - { part: ID, roll: \(role.value) }",
                en: "\(role.citation.text(in: .english)): no party found for \(role.value); write it as - { part: ID, roll: \(role.value) }")
        }
        if facts.signatories.isEmpty, facts.unplacedSignatories.isEmpty, facts.unnamedRoles.isEmpty {
            gap("", "undertecknare", sv: "inget underskriftsblock hittades; skriv vilka roller som undertecknar", en: "no signature block found; write which roles sign")
        } else {
            text += "undertecknare:\n"
            for signatory in facts.signatories {
                line("  - { part: \(signatory.value.party), roll: \(YAMLText.plain(signatory.value.role)) }", signatory.citation,
                     key: "undertecknare", value: "\(signatory.value.party): \(signatory.value.role)")
            }
            // A place to sign with no role under it: the role is left for the authors (BUS024), never a name.
            for party in facts.unnamedRoles {
                line("  - { part: \(party.value), roll: \(YAMLText.quoted(Self.rolePlaceholder)) }", party.citation)
                missing.append(Missing(key: "undertecknare", hint: LocalizedText(
                    sv: "\(party.citation.text): underskriftsblocket anger ingen roll för \(party.value); skriv rollen i stället för \(Self.rolePlaceholder)",
                    en: "\(party.citation.text(in: .english)): the signature block names no role for \(party.value); write the role in place of \(Self.rolePlaceholder)")))
            }
        }
    }
}
