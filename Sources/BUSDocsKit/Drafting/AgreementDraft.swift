/// new: the text of a new agreement for an area, made from a rule set: every mandatory (and expected)
/// service as a party to rename, the three tiers with the rule set's cadences, the routines, and the body
/// sections the rules ask for, each with Swedish guidance on what to write there. It passes `check`
/// without errors as it stands.
public struct AgreementDraft {
    public var area: String
    public var municipality: String
    public var ruleSet: RuleSet

    public init(area: String, municipality: String, ruleSet: RuleSet) {
        self.area = area
        self.municipality = municipality
        self.ruleSet = ruleSet
    }

    /// The file a draft for the area is offered as: its name as ids are written, "Värmdö" → *varmdo.md*,
    /// "Upplands Väsby" → *upplands-vasby.md*.
    public static func fileName(forArea area: String) -> String {
        let slug = DraftFromAgreement.slug(area)
        return (slug.isEmpty ? "overenskommelse" : slug) + ".md"
    }

    /// Services run by the municipality; the others by the region.
    static let municipalServices: Set<String> = ["socialtjanst", "utbildning", "elevhalsa", "lss", "kultur-fritid"]

    /// The parties: one per service the rule set demands or expects, its id the service id.
    var services: [String] {
        ruleSet.mandatoryServices + ruleSet.recommendedServices.filter { !ruleSet.mandatoryServices.contains($0) }
    }

    public var text: String {
        frontMatter + "---\n" + body
    }

    // MARK: Front matter

    private var frontMatter: String {
        let receiver = ruleSet.deviationReceivers.first ?? "BUSSAM"
        var yaml = """
            ---
            bus-docs: 1
            typ: lokal-överenskommelse
            status: utkast                      # utkast → remiss → beslutad när parterna har undertecknat
            titel: \(YAMLText.quoted("Lokal överenskommelse om samverkan kring barn och unga i behov av särskilt stöd (BUS) i \(area)"))
            område: \(YAMLText.quoted(area))
            kommun: \(YAMLText.quoted(municipality))
            regelverk: \(ruleSet.id)
            giltighet:
              # Gäller från undertecknandet; skriv `från: ÅÅÅÅ-MM-DD` om den ska gälla från ett visst datum.
              till: tillsvidare
            # En part per verksamhet som ska delta. Byt namnen mot förvaltningarnas och mottagningarnas egna;
            # id:na används i grupperna, avvikelserutinen och underskrifterna nedan.
            parter:

            """
        for service in services {
            yaml += """
                  - id: \(service)
                    namn: \(YAMLText.quoted(partyName(service)))
                    huvudman: \(Self.municipalServices.contains(service) ? "kommun" : "region")
                    verksamheter: [\(service)]

                """
        }
        yaml += "grupper:\n"
        yaml += Self.groups(members: services, forumMembers: ruleSet.mandatoryServices, convener: convener,
                            managerRole: Self.placeholderRole, role: "Enhetschef", ruleSet: ruleSet)
        yaml += """
            avvikelser:
              första-steg: närmaste arbetsledare
              eskalering: [individforum, \(YAMLText.plain(receiver))]
              mottagare: \(YAMLText.plain(receiver))
              blankett: avvikelseblankett
            samtycke: skriftligt
            sip:
              initierar: [\(ruleSet.mandatoryServices.joined(separator: ", "))]
              skolan: ska
            uppföljning:
              per: \(ruleSet.minimumFollowUp.rawValue)
              ansvarig: styrgrupp
              indikatorer: [individforum-ärenden, olösta-ärenden, avvikelser, sip]
            # Den högsta chefen för varje part; byt rollerna mot de rätta titlarna.
            undertecknare:

            """
        yaml += services.map { "  - { part: \($0), roll: \((Self.municipalServices.contains($0) ? Principal.municipality : .region).managerRole) }\n" }.joined()
        yaml += """
            bilagor:
              - { titel: Avvikelseblankett, mall: avvikelseblankett }
              - { titel: Protokollmall för BUS individforum, mall: individforum }

            """
        return yaml
    }

    /// The steering group's role and every member's substitute as the skeleton writes them: to be
    /// replaced by the titles the parties use (BUS024).
    public static let placeholderRole = "Chef med mandat att fatta beslut för verksamheten"
    public static let placeholderSubstitute = "Ersättare med samma mandat"

    private var convener: String {
        ruleSet.mandatoryServices.first { Self.municipalServices.contains($0) } ?? ruleSet.mandatoryServices.first ?? "socialtjanst"
    }

    /// The three tiers under `grupper:` as the skeleton writes them — the steering group, the working
    /// group and the individforum, with the rule set's cadences — for the parties `members` (the
    /// individforum's `forumMembers`), convened by `convener`: what `new` writes, and what `import`
    /// writes when the document names no group. `managerRole` is the steering group's role, `role` the others'.
    static func groups(members: [String], forumMembers: [String], convener: String, managerRole: String, role: String, ruleSet: RuleSet) -> String {
        func group(_ id: String, name: String, role: String, comment: String, extra: String) -> String {
            let cadence = ruleSet.minimumCadence[id].map { "{ minst: \($0.count), per: \($0.period.rawValue) }" } ?? "{ minst: 1, per: termin }"
            return "  # \(comment)\n  - id: \(id)\n    typ: \(id)\n    namn: \(name)\n    ledamöter:\n"
                + members.map { "      - { part: \($0), roll: \(YAMLText.plain(role)), ersättare: \(placeholderSubstitute) }\n" }.joined()
                + "    möten: \(cadence)\n" + extra
        }
        let convening = "    sammankallande: { part: \(convener), roll: \(YAMLText.plain(role)) }\n"
        return group("styrgrupp", name: "BUS lokal styrgrupp", role: managerRole,
                     comment: "Ledningsnivån: chefer med mandat från båda huvudmännen.",
                     extra: "    ordförande: { växlar: [kommun, region] }\n")
            + group("arbetsgrupp", name: "BUS arbetsgrupp", role: role,
                    comment: "Verksamhetsnivån: enhetschefer som följer samverkan och för frågor vidare till styrgruppen.", extra: convening)
            + "  # Individnivån: BUS individforum, för barn vars behov inte löses i det ordinarie arbetet.\n"
            + "  - id: individforum\n    typ: individforum\n    namn: BUS individforum\n    ledamöter:\n"
            + forumMembers.map { "      - { part: \($0), roll: \(YAMLText.plain(role)) }\n" }.joined()
            + convening
            + "    möten: { vid-behov: true, inom-dagar: \(ruleSet.individualForumDeadlineDays) }\n    protokoll: individforum\n"
    }

    private func partyName(_ service: String) -> String {
        let owner = Self.municipalServices.contains(service) ? municipality : "Region Stockholm"
        return "\(label(service)) i \(area), \(owner) (ange enhetens namn)"
    }

    /// The service as the draft names it: the rule set's name, or outside Stockholms stad the one without
    /// Stockholm's stadsdelsförvaltningar ("Socialtjänst (socialförvaltning)" in Värmdö kommun).
    private func label(_ service: String) -> String {
        let inStockholm = Municipalities.isStockholmDistrict(area) || municipality.lowercased().contains("stockholms stad")
        guard !inStockholm, let name = ruleSet.services[service]?.outsideStockholm else { return Self.genericName(of: service, ruleSet: ruleSet) }
        return name.capitalizedFirst
    }

    /// How a party's name written by `new` opens: the service's name in the rule set, "Socialtjänst
    /// (socialtjänst / stadsdelsförvaltning)".
    static func genericName(of service: String, ruleSet: RuleSet) -> String {
        ruleSet.serviceName(service, in: .swedish).capitalizedFirst
    }

    /// The service of a party name `new` wrote, with or without its "(ange enhetens namn)": the generated
    /// name is a placeholder as a whole, not only its parenthesis. Nil for a name of the parties' own.
    public static func generatedService(ofName name: String, ruleSet: RuleSet) -> String? {
        // The first service in sorted order whose name it starts with; most names are none's.
        guard containsSpacedI(name) else { return nil }
        var first: String?
        // A start whose first byte is ASCII and not the name's (ASCII) first byte is no prefix of it: an ASCII
        // character has no other form and comes before its marks, so the first characters differ. Most starts are
        // passed over on that byte, before `hasPrefix` compares characters.
        let lead = name.utf8.first ?? 0
        for (key, service) in ruleSet.services
        where service.generatedNameStarts.contains(where: { start in
            let startLead = start.utf8.first ?? lead
            return (lead >= 0x80 || startLead >= 0x80 || startLead == lead) && name.hasPrefix(start)
        }) && first.map({ key < $0 }) ?? true {
            first = key
        }
        return first
    }

    /// Whether the name has " i " in it, looked for on its bytes.
    private static func containsSpacedI(_ name: String) -> Bool {
        var last = UInt8(0), beforeLast = UInt8(0)
        for byte in name.utf8 {
            if byte == 0x20, last == 0x69, beforeLast == 0x20 { return true }
            beforeLast = last
            last = byte
        }
        return false
    }

    // MARK: Body

    private var body: String {
        let heading = { (id: String, fallback: String) in
            ruleSet.requiredSections.first { $0.id == id }?.headings.first ?? fallback
        }
        let parties = services.map { "- **\(label($0))** – beskriv uppdraget och lagstödet." }.joined(separator: "\n")
        return """
            # Lokal BUS-överenskommelse för \(area)

            ## Bakgrund
            *Vägledning:* Beskriv hur samverkan kring barn och unga i behov av särskilt stöd har vuxit fram i \(area),
            vilken regional överenskommelse den lokala bygger på (\(ruleSet.name)) och när den senast reviderades.

            ## Syfte
            *Vägledning:* Syftet är att barn i behov av särskilt stöd ska få rätt insats i rätt tid och att inget barn
            blir utan stöd medan verksamheterna väntar på varandra. Skriv vad överenskommelsen ska uppnå i \(area).

            ## Målgrupp
            *Vägledning:* Ange vilka barn och unga överenskommelsen gäller, till exempel barn och unga under 18 år som bor
            eller går i förskola eller skola i \(area) och som behöver insatser från flera huvudmän.

            ## Parter och ansvar
            *Vägledning:* Beskriv varje parts uppdrag och det lagstöd den arbetar under (socialtjänstlagen, skollagen,
            hälso- och sjukvårdslagen), och att alla parter har en skyldighet att samverka.

            \(parties)

            ## Organisation
            *Vägledning:* Samverkan sker på tre nivåer: den lokala styrgruppen (ledning), arbetsgruppen (verksamhet) och
            BUS individforum (enskilda barn). Beskriv vem som sitter i varje grupp, hur ofta den möts och hur frågor
            som inte kan lösas förs vidare. Individforum hålls inom \(ruleSet.individualForumDeadlineDays) dagar från det att behovet har uppmärksammats.

            ## \(heading("sip", "Samordnad individuell plan"))
            *Vägledning:* När ett barn behöver insatser från både socialtjänsten och hälso- och sjukvården ska en samordnad
            individuell plan (SIP) upprättas. Beskriv vem som kallar, att skolan ska kalla när dess egna insatser inte
            räcker, och hur barnet och vårdnadshavarna görs delaktiga.

            ## \(heading("samtycke", "Samtycke"))
            *Vägledning:* Beskriv hur skriftligt samtycke inhämtas från barnet eller vårdnadshavarna inför varje tillfälle
            då sekretess behöver brytas, och var samtycket dokumenteras.

            ## \(heading("avvikelserapportering", "Rutiner för avvikelserapportering"))
            *Vägledning:* Brister i samverkan rapporteras på avvikelseblanketten. Beskriv stegen: närmaste arbetsledare,
            BUS individforum och därefter \(ruleSet.deviationReceivers.first ?? "BUSSAM") för avvikelser av principiell art.

            ## Fristående skolor
            *Vägledning:* Beskriv hur fristående skolor och fristående förskolor i \(area) bjuds in att ansluta sig till
            överenskommelsen och dess rutiner, och vem som ansvarar för inbjudan.

            ## \(heading("uppföljning", "Uppföljning av överenskommelsen"))
            *Vägledning:* Styrgruppen följer upp överenskommelsen minst en gång per \(ruleSet.minimumFollowUp.rawValue). Beskriv vad som
            följs upp: ärenden i individforum, olösta ärenden, avvikelser och SIP.

            ## Giltighet
            *Vägledning:* Överenskommelsen gäller från undertecknandet tills vidare och revideras när en part
            omorganiseras eller det regionala regelverket ändras.

            """
    }
}

extension String {
    /// The text with its first letter in upper case: "Närmaste chef" for a list's item.
    public var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
