import BUSDocsKit
import Foundation
import Testing
import TestSupport

/// `bus-docs new` from the built binary: every draft passes `check` without errors — its only warnings
/// are the placeholders left for the authors (BUS024) — `--from` keeps the structure and drops the old
/// area, an existing file is never overwritten.
@Suite struct NewCommandTests {
    @Test(arguments: ["bus-2012", "hök-2022"]) func aNewAgreementPassesCheck(rules: String) throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sollentuna.md").path
        let made = try BusDocsProcess.run(["new", "--area", "Sollentuna", "--kommun", "Sollentuna kommun", "--rules", rules, "-o", file])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stderr.hasPrefix("Wrote \(file) (check: 0 errors, "), "\(made.stderr)")
        let checked = try BusDocsProcess.run(["check", file, "--today", "2026-11-24"])
        #expect(checked.status == 0)
        Self.expectOnlyPlaceholderWarnings(checked.stdout)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        Snapshot.expect(text, matches: "new-\(rules).md")
        // One finding per placeholder paragraph: between two findings in the body lies a blank line or a
        // heading, or the later one is an item of a list — each of the parties' "– beskriv uppdraget"
        // items is a finding of its own, so that the count goes down as each is written.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let bodyStart = lines.indices.filter { lines[$0] == "---" }.dropFirst().first.map { $0 + 2 } ?? 1
        let found = checked.stdout.split(separator: "\n").compactMap { line -> Int? in
            guard line.contains("warning: [BUS024]") else { return nil }
            return line.split(separator: ":").dropFirst().first.flatMap { Int($0) }
        }.filter { $0 > bodyStart }
        for (earlier, later) in zip(found, found.dropFirst()) {
            #expect(lines[earlier..<(later - 1)].contains { $0.isEmpty || $0.hasPrefix("#") } || lines[later - 1].hasPrefix("- "),
                    "BUS024 twice in one paragraph: lines \(earlier) and \(later)")
        }
        let items = lines.indices.filter { lines[$0].contains("– beskriv uppdraget") }.map { $0 + 1 }
        #expect(items.count >= 5 && items.allSatisfy(found.contains), "every item of the parties' list: \(items) in \(found)")
        // Sollentuna kommun has no stadsdelsförvaltning: the social services are named as a kommun's.
        #expect(text.contains("- **Socialtjänst (socialförvaltning)** – beskriv uppdraget") && !text.contains("stadsdelsförvaltning"), "\(text)")
    }

    @Test func fromAnotherAreaKeepsTheStructureAndDropsTheArea() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("jarfalla.md").path
        let made = try BusDocsProcess.run(["new", "--from", "Agreements/rinkeby-kista-spanga-tensta-2017.md", "--area", "Järfälla", "--kommun", "Järfälla kommun", "-o", file])
        #expect(made.status == 0, "\(made.stderr)")
        // A new agreement is signed now: it follows the current rule set, not the 2017 one's, and says so.
        #expect(made.stderr.hasPrefix("The draft follows hök-2022, the current rule set; Agreements/rinkeby-kista-spanga-tensta-2017.md follows bus-2012 (--rules bus-2012 keeps it).\n"), "\(made.stderr)")
        let checked = try BusDocsProcess.run(["check", file, "--today", "2026-11-24"])
        // Beside the placeholders, what the current rule set and today ask of the old text: no "landstinget"
        // (BUS016, judged from today in a draft that dates nothing), a samordnande vårdcentral (BUS021).
        let beyond = checked.stdout.split(separator: "\n").filter { ($0.contains(": warning: [") || $0.contains(": error: [")) && !$0.contains("[BUS024]") }
        #expect(beyond.map { $0.components(separatedBy: ": ").dropFirst().joined(separator: ": ") } == [
            "warning: [BUS021] no party provides a coordinating health centre (samordnande vårdcentral), which HÖK 2022 expects",
            "warning: [BUS016] \"Stockholms läns landsting\" is an outdated name since 2019",
            "warning: [BUS016] \"landstinget\" is an outdated name since 2019",
        ], "\(checked.stdout)")
        #expect(checked.stdout.contains(" 0 errors, "))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("\nstatus: utkast\n"), "a draft says it is one")
        #expect(text.contains("\nregelverk: hök-2022\n"))
        let kept = try BusDocsProcess.run(["new", "--from", "Agreements/rinkeby-kista-spanga-tensta-2017.md", "--area", "Järfälla", "--rules", "bus-2012"],
                                          environment: ["LANG": "sv_SE.UTF-8"])
        #expect(kept.stdout.contains("\nregelverk: bus-2012\n") && kept.stderr.hasPrefix("Skrev till standardutdata"), "\(kept.stderr)")
        let swedish = try BusDocsProcess.run(["new", "--from", "Agreements/rinkeby-kista-spanga-tensta-2017.md", "--area", "Järfälla"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.stderr.hasPrefix("Utkastet följer hök-2022, det gällande regelverket; Agreements/rinkeby-kista-spanga-tensta-2017.md följer bus-2012 (--rules bus-2012 behåller det).\n"), "\(swedish.stderr)")
        let frontMatter = text.components(separatedBy: "\n---\n")[0]
        for gone in ["Rinkeby", "Spånga", "Stockholms stad", "revisioner:", "stadsdelsområden:", "2017-01-01", "PRIMA", "sdf-rk", "hab-jarva"] {
            #expect(!frontMatter.contains(gone), "\(gone) should not be left in the front matter")
        }
        #expect(frontMatter.contains("område: \"Järfälla\""))
        #expect(frontMatter.contains("namn: \"Ange partens namn i Järfälla (BUP)\""), "the short service name, no nested parentheses")
        // Two districts' social services are one party in a municipality: one placeholder, one seat each.
        #expect(frontMatter.contains("  - id: soc-jarfalla\n    namn: \"Ange partens namn i Järfälla (socialtjänst)\""), "\(frontMatter)")
        #expect(!frontMatter.contains("soc-jarfalla-2") && !frontMatter.contains("sdf-"), "a municipality has no stadsdelsförvaltning")
        #expect(frontMatter.components(separatedBy: "- { part: soc-jarfalla,").count - 1 == 4, "a seat in each of the three groups and one signature")
        #expect(frontMatter.contains("sammankallande: { part: soc-jarfalla, roll: Enhetschef }"))
        // Another area's provider and a district's title are not Järfälla's.
        #expect(!frontMatter.contains("prima") && frontMatter.contains("  - id: bup-jarfalla\n"), "\(frontMatter)")
        #expect(!frontMatter.contains("Stadsdelsdirektör") && frontMatter.contains("- { part: soc-jarfalla, roll: Socialchef (ange titel) }"), "\(frontMatter)")
        #expect(!text.contains("PRIMA") && text.contains("- **BUP i Järfälla (ange enhetens namn)** ansvarar"), "\(text)")
        // The old history and the districts' wording do not become Järfälla's.
        let body = text.components(separatedBy: "\n---\n")[1]
        for gone in ["2009", "december", "februari 2014", "stadsdelsområdena", "stadsdelsförvaltningar", "1 januari 2017"] {
            #expect(!body.contains(gone), "\(gone) should not be left in the body")
        }
        #expect(body.contains("Denna lokala överenskommelse beskriver hur samverkan bedrivs i Järfälla.\n"))
        #expect(body.contains("*Vägledning:* Beskriv överenskommelsens historia i Järfälla"))
        #expect(body.contains("- **Socialtjänsten** i Järfälla kommun ansvarar"))
        #expect(body.contains("Den 29 mars 2012 rekommenderade"), "the county's history is the new area's too")
        #expect(frontMatter.contains("  - id: bumm-jarfalla\n") && frontMatter.contains("{ part: bumm-jarfalla, roll: Verksamhetschef"),
                "ids named after the old area follow the new one, and so do the references")
        #expect(!text.contains("Järva") && !text.contains("jarva"), "the old area's place names go from the text too")
        // "BUMM Järva" is Järva's unit: Järfälla's is for the authors to name, not "BUMM Järfälla".
        #expect(text.contains("- **BUMM i Järfälla (ange enhetens namn)** ansvarar"), "\(body)")
        #expect(frontMatter.contains("möten: { vid-behov: true, inom-dagar: 14 }"), "the individforum's structure stays")
        let diff = try BusDocsProcess.run(["diff", "Agreements/rinkeby-kista-spanga-tensta-2017.md", file, "--format", "json", "--today", "2026-11-24"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any])
        // A draft from an agreement is as strong as the agreement, but for the merged party's own seats.
        let weakening = (json["changes"] as? [[String: Any]] ?? []).filter { $0["weakens"] as? Bool == true }.compactMap { $0["message"] as? String }
        // and for the old start of validity: without it the draft speaks from today, when "landsting" is outdated.
        #expect(weakening.count == 5 && weakening.filter { $0.contains("sdf-st") }.count == 4, "\(weakening)")
        let validity = (json["changes"] as? [[String: Any]] ?? []).first { $0["subject"] as? String == "giltighet.från" }
        #expect(validity?["breaks"] as? [String] == ["BUS016"], "\(String(describing: validity))")
        #expect((json["sections"] as? [[String: Any]])?.contains { $0["status"] as? String == "added" || $0["status"] as? String == "removed" } == false)
    }

    @Test func fromNackaRenamesItsIDs() throws {
        let made = try BusDocsProcess.run(["new", "--from", "Agreements/nacka-2023.md", "--area", "Täby"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(!made.stdout.lowercased().contains("nacka"), "\(made.stdout.prefix(2000))")
        #expect(made.stdout.contains("  - id: soc-taby\n"))
    }

    /// A corpus agreement of two municipalities: each one's social services and school become one party,
    /// its history goes, and "Upplands Väsby" is replaced as a whole.
    @Test func fromAnAgreementOfTwoMunicipalities() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("taby.md").path
        let made = try BusDocsProcess.run(["new", "--from", "Tests/Corpus/vaxholm-osteraker-2025.md", "--area", "Täby", "-o", file])
        #expect(made.status == 0, "\(made.stderr)")
        Self.expectOnlyPlaceholderWarnings(try BusDocsProcess.run(["check", file, "--today", "2026-11-24"]).stdout)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let frontMatter = text.components(separatedBy: "\n---\n")[0]
        #expect(frontMatter.components(separatedBy: "verksamheter: [socialtjanst]").count - 1 == 1, "\(frontMatter)")
        #expect(frontMatter.components(separatedBy: "verksamheter: [utbildning, elevhalsa]").count - 1 == 1)
        #expect(!frontMatter.contains("vaxholm-") && !frontMatter.contains("osteraker-"))
        #expect(!text.contains("Vaxholm") && !text.contains("Österåker"))
        let sollentuna = try BusDocsProcess.run(["new", "--from", "Tests/Corpus/sollentuna-upplands-vasby-2025.md", "--area", "Täby"])
        #expect(sollentuna.status == 0)
        #expect(!sollentuna.stdout.contains("Upplands Täby") && !sollentuna.stdout.contains("Väsby"), "\(sollentuna.stdout)")
        #expect(sollentuna.stdout.contains("Täby kommun och Region Stockholm samverkar"))
    }

    /// `--from` says what of the old area it replaced with placeholders, in the run's language and counted
    /// as each language counts; nothing replaced, nothing said.
    @Test func fromSaysWhatItReplacedWithPlaceholders() throws {
        let sigtuna = ["new", "--from", "Tests/BUSDocsKitTests/Fixtures/Neighbours/sigtuna-2024.md", "--area", "Täby"]
        let swedish = try BusDocsProcess.run(sigtuna, environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.stderr.contains("\nErsatte 6 namn, 4 telefonnummer, 2 e-postadresser och 2 ortsnamn från Sigtuna med platshållare.\n"), "\(swedish.stderr)")
        let english = try BusDocsProcess.run(sigtuna)
        #expect(english.stderr.contains("\nReplaced 6 names, 4 phone numbers, 2 e-mail addresses and 2 place names from Sigtuna with placeholders.\n"), "\(english.stderr)")
        #expect(!english.stdout.contains("Lundberg") && english.stdout.contains("socialchef (ange namn)"), "\(english.stdout)")
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("nacka.md")
        try Self.agreement(area: "Nacka", kommun: "Nacka kommun", body: "## Kontakt\nAnna Svensson, 08-123 456 78, anna@nacka.se, Nacka gymnasium.\n")
            .write(to: source, atomically: true, encoding: .utf8)
        let one = try BusDocsProcess.run(["new", "--from", source.path, "--area", "Täby"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(one.stderr.contains("\nErsatte 1 namn, 1 telefonnummer, 1 e-postadress och 1 ortsnamn från Nacka med platshållare.\n"), "\(one.stderr)")
        #expect(one.stdout.contains("\n(ange namn), (ange telefonnummer), (ange e-postadress), (ange skolans namn).\n"), "\(one.stdout)")
        let oneEnglish = try BusDocsProcess.run(["new", "--from", source.path, "--area", "Täby"])
        #expect(oneEnglish.stderr.contains("\nReplaced 1 name, 1 phone number, 1 e-mail address and 1 place name from Nacka with placeholders.\n"), "\(oneEnglish.stderr)")
        let nacka = try BusDocsProcess.run(["new", "--from", "Agreements/nacka-2023.md", "--area", "Täby"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(!nacka.stderr.contains("Ersatte"), "\(nacka.stderr)")
    }

    /// The front matter of the test fixture as another area's, with a body written as that area would.
    static func agreement(area: String, kommun: String, districts: [String] = [], body: String) throws -> String {
        let fixture = try String(contentsOfFile: "Tests/BUSDocsKitTests/Fixtures/valid.md", encoding: .utf8)
        let frontMatter = fixture.components(separatedBy: "\n---\n")[0]
            .replacingOccurrences(of: "område: Testområdet", with: "område: \(area)" + (districts.isEmpty ? "" : "\nstadsdelsområden: [\(districts.joined(separator: ", "))]"))
            .replacingOccurrences(of: "kommun: Teststads kommun", with: "kommun: \(kommun)")
            .replacingOccurrences(of: "BUMM Teststad", with: "BUMM \(districts.first ?? area)")
        return frontMatter + "\n---\n" + body
    }

    static func draft(from text: String, area: String) throws -> String {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("source.md")
        try text.write(to: source, atomically: true, encoding: .utf8)
        let made = try BusDocsProcess.run(["new", "--from", source.path, "--area", area])
        #expect(made.status == 0, "\(made.stderr)")
        return made.stdout.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
    }

    /// The old agreement's errors are copied with its text: listed, and the exit status is 1, as `check`'s.
    @Test func anErrorOfTheOldAgreementIsListedAndFails() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("nacka.md"), file = folder.appendingPathComponent("ekero.md")
        try String(contentsOfFile: "Agreements/nacka-2023.md", encoding: .utf8)
            .replacingOccurrences(of: "\nsamtycke: skriftligt\n", with: "\nsamtycke: muntligt\n").write(to: source, atomically: true, encoding: .utf8)
        let made = try BusDocsProcess.run(["new", "--from", source.path, "--area", "Ekerö", "-o", file.path], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(made.status == 1, "\(made.stderr)")
        #expect(made.stderr.contains("(kontroll: 1 fel, ") && made.stderr.contains("fel: [BUS008]"), "\(made.stderr)")
        #expect(FileManager.default.fileExists(atPath: file.path), "the draft is written, to be fixed")
        let english = try BusDocsProcess.run(["new", "--from", source.path, "--area", "Ekerö"])
        #expect(english.status == 1 && english.stderr.contains("error: [BUS008]"), "\(english.stderr)")
    }

    /// A history told by the year the collaboration began ("har sedan 2014 samverkat", "bildades 2012")
    /// is the old area's: it becomes guidance, never the new area's invented past.
    @Test func fromAnAgreementWhoseHistorySaysSince() throws {
        let text = try Self.agreement(area: "Värmdö", kommun: "Värmdö kommun", body: """
            # Lokal BUS-överenskommelse för Värmdö

            ## Bakgrund
            Värmdö kommun och Region Stockholm har sedan 2014 samverkat i ”BUS-gruppen Värmdö”.

            Individforumet bildades år 2016 på initiativ av elevhälsan.

            Barnkonventionen är sedan 2020 svensk lag.

            ## Samtycke
            Skriftligt samtycke inhämtas för varje tillfälle.

            """)
        let body = try Self.draft(from: text, area: "Ekerö")
        #expect(!body.contains("2014") && !body.contains("2016") && !body.contains("samverkat i"), "\(body)")
        #expect(body.contains("## Bakgrund\n*Vägledning:* Beskriv överenskommelsens historia i Ekerö"), "\(body)")
        #expect(body.contains("Barnkonventionen är sedan 2020 svensk lag."), "a law's date is no history of the area: \(body)")
    }

    /// A small municipality's way: headings in capitals, its history as a list and without years, its
    /// units by the place's name.
    @Test func fromAnAgreementInCapitalsWithAListedHistory() throws {
        let text = try Self.agreement(area: "Lidingö", kommun: "Lidingö stad", body: """
            # LOKAL BUS-ÖVERENSKOMMELSE FÖR LIDINGÖ

            ## BAKGRUND
            - 2010: Överenskommelsen undertecknades av parterna.
            - 2014: Reviderad efter den länsövergripande överenskommelsen.

            Den reviderades senast efter omorganisationen av elevhälsan. Barn i Lidingö ska få samordnat stöd.

            ## Gemensamma utgångspunkter
            Barnkonventionen gäller. BUP Lidingö, habiliteringscenter Lidingö/Vaxholm och BUMM Lidingö deltar.
            Fristående skolor bjuds aktivt in till arbetet.

            ## Samordnad individuell plan
            Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän.

            ## Samtycke
            Skriftligt samtycke inhämtas för varje tillfälle.

            ## Rutiner för avvikelserapportering
            Avvikelser lyfts först med närmaste arbetsledare på BUMM Lidingö.

            ### Blankett
            Avvikelseblanketten skickas till BUSSAM.

            ## Uppföljning av överenskommelsen
            Styrgruppen följer upp överenskommelsen varje år.

            """)
        let body = try Self.draft(from: text, area: "Täby")
        #expect(body.hasPrefix("# LOKAL BUS-ÖVERENSKOMMELSE FÖR TÄBY\n"), "a heading in capitals stays in capitals: \(body.prefix(200))")
        #expect(!body.contains("2010") && !body.contains("2014") && !body.contains("omorganisationen"), "\(body)")
        #expect(body.contains("## BAKGRUND\n*Vägledning:* Beskriv överenskommelsens historia i Täby"), "\(body)")
        #expect(body.contains("Barn i Täby ska få samordnat stöd."), "the rest of the paragraph stays: \(body)")
        #expect(body.contains("BUP i Täby (ange enhetens namn), habiliteringscenter i Täby (ange enhetens namn) och BUMM i Täby (ange enhetens namn) deltar."), "\(body)")
        #expect(body.contains("närmaste arbetsledare på BUMM i Täby (ange enhetens namn)."), "\(body)")
        #expect(!body.contains("BUP Täby") && !body.contains("BUMM Täby") && !body.contains("Vaxholm"), "no unit is made up: \(body)")
    }

    /// Two city districts' way: they form a BUS area together, among the city's other BUS groups.
    @Test func fromTwoDistrictsThatFormAnArea() throws {
        let text = try Self.agreement(area: "Kungsholmen och Norrmalm", kommun: "Stockholms stad", districts: ["Kungsholmen", "Norrmalm"], body: """
            # Lokal överenskommelse för BUS i Kungsholmen och Norrmalm

            ## Bakgrund
            Stockholms stad och Region Stockholm samverkar kring barn i behov av särskilt stöd. I staden finns flera lokala
            BUS-grupper. Kungsholmen och Norrmalm bildar tillsammans BUS-området City. Barnets bästa kommer först.

            ## Gemensamma utgångspunkter
            Barnkonventionen gäller. Fristående skolor bjuds aktivt in till arbetet.

            ## Samordnad individuell plan
            Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän.

            ## Samtycke
            Skriftligt samtycke inhämtas för varje tillfälle.

            ## Rutiner för avvikelserapportering
            Avvikelser lyfts först med närmaste arbetsledare.

            ### Blankett
            Avvikelseblanketten skickas till BUSSAM.

            ## Uppföljning av överenskommelsen
            Styrgruppen följer upp överenskommelsen varje år.

            """)
        let body = try Self.draft(from: text, area: "Täby")
        #expect(!body.contains("bildar tillsammans") && !body.contains("I staden finns"), "\(body)")
        // What is kept of the paragraph stays one paragraph; the guidance follows it as one of its own.
        #expect(body.contains("samverkar kring barn i behov av särskilt stöd. Barnets bästa kommer först.\n\n*Vägledning:* Beskriv vilket område överenskommelsen gäller för i Täby och hur det hänger ihop med andra BUS-grupper.\n"), "\(body)")
        // A new area that is a district itself: what is said of the city stays, the two districts' area does not.
        let bromma = try Self.draft(from: text, area: "Bromma")
        #expect(bromma.contains("I staden finns flera lokala\nBUS-grupper.") && !bromma.contains("bildar tillsammans"), "\(bromma)")
    }

    /// Nacka's own units ("BUP Nacka", "BUMM Nacka") do not become Täby's.
    @Test func fromNackaLeavesItsUnitsForTheAuthors() throws {
        let made = try BusDocsProcess.run(["new", "--from", "Agreements/nacka-2023.md", "--area", "Täby"])
        #expect(made.stdout.contains("- **BUP i Täby (ange enhetens namn), Habilitering & Hälsa och BUMM i Täby (ange enhetens namn)** ansvarar"), "\(made.stdout)")
        #expect(!made.stdout.contains("Täbys tidigare lokala"), "the old agreement's history, said without a year, goes too")
    }

    @Test func aMergedPartyTakesItsTurnInARotationOnce() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("rk.md")
        try String(contentsOfFile: "Agreements/rinkeby-kista-spanga-tensta-2017.md", encoding: .utf8)
            .replacingOccurrences(of: "ordförande: { växlar: [kommun, region], period: år }", with: "ordförande: { växlar: [sdf-rk, prima-bup, sdf-st], period: år }")
            .write(to: source, atomically: true, encoding: .utf8)
        let made = try BusDocsProcess.run(["new", "--from", source.path, "--area", "Järfälla"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("ordförande: { växlar: [soc-jarfalla, bup-jarfalla], period: år }"), "\(made.stdout.prefix(3000))")
    }

    @Test func theRegionKeepsItsName() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("rk.md")
        try (String(contentsOfFile: "Agreements/rinkeby-kista-spanga-tensta-2017.md", encoding: .utf8) + "\nRegion Stockholm ansvarar för hälso- och sjukvården.\n")
            .write(to: source, atomically: true, encoding: .utf8)
        let made = try BusDocsProcess.run(["new", "--from", source.path, "--area", "Järfälla"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("Region Stockholm ansvarar"), "the municipality's name is not a place to replace")
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("finns.md")
        try "mitt utkast\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try BusDocsProcess.run(["new", "--area", "Täby", "-o", file.path])
        #expect(result.status == 2)
        let free = folder.appendingPathComponent("finns-2.md").path
        #expect(result.stderr == "bus-docs: -o \(file.path): exists; bus-docs new never overwrites a file — choose another name, e.g. -o \(free)\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "mitt utkast\n")
    }

    /// `-o Agreements/`: a folder gets a file named after the area in it, never a file beside it.
    @Test func aFolderGetsAFileNamedAfterTheArea() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try BusDocsProcess.run(["new", "--area", "Upplands Väsby", "-o", folder.path + "/"])
        #expect(made.status == 0, "\(made.stderr)")
        let file = folder.appendingPathComponent("upplands-vasby.md").path
        #expect(made.stderr.hasPrefix("Wrote \(folder.path)/upplands-vasby.md (check: 0 errors, "), "\(made.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("område: \"Upplands Väsby\""))
        // A second time, the file is there: refused with a free name inside the folder, nothing written.
        let again = try BusDocsProcess.run(["new", "--area", "Upplands Väsby", "-o", folder.path], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(again.status == 2)
        #expect(again.stderr == "bus-docs: -o \(folder.path)/upplands-vasby.md: filen finns redan; bus-docs new skriver aldrig över en fil — välj ett annat namn, t.ex. -o \(folder.path)/upplands-vasby-2.md\n", "\(again.stderr)")
    }

    /// `-o` names an agreement file: without an extension it gets the .md that check, build and serve read
    /// (said); another extension is refused with the name to write, and nothing is written.
    @Test func theFileIsAlwaysAnMDFile() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bare = folder.appendingPathComponent("ekero").path
        let made = try BusDocsProcess.run(["new", "--area", "Ekerö", "-o", bare], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stderr.hasPrefix("En överenskommelse är en .md-fil: skriver \(bare).md.\nSkrev \(bare).md (kontroll: 0 fel, "), "\(made.stderr)")
        #expect(FileManager.default.fileExists(atPath: bare + ".md") && !FileManager.default.fileExists(atPath: bare))
        let checked = try BusDocsProcess.run(["check", folder.path])
        #expect((checked.stdout + checked.stderr).contains("1 file checked"), "\(checked.stdout)\(checked.stderr)")
        let text = folder.appendingPathComponent("ekero.txt").path
        let refused = try BusDocsProcess.run(["new", "--area", "Ekerö", "-o", text])
        #expect(refused.status == 2)
        #expect(refused.stderr == "bus-docs: -o \(text): an agreement is a .md file, and check, build and serve read no other — write -o \(bare).md\n", "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: text))
        let swedish = try BusDocsProcess.run(["new", "--area", "Ekerö", "-o", text], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.stderr == "bus-docs: -o \(text): en överenskommelse är en .md-fil, och check, build och serve läser inga andra — skriv -o \(bare).md\n", "\(swedish.stderr)")
    }

    /// On a terminal without `-o`: the draft is saved in a file asked for (a name made from the area for
    /// Enter, in `Agreements/` when there is one), never over an existing file, never printed.
    @Test func onATerminalWithoutOutputItAsksForTheFile() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Agreements"), withIntermediateDirectories: true)
        func run(_ answers: String, language: String = "C") throws -> (status: Int32, transcript: String) {
            try #require(try BusDocsProcess.onTerminal("new", input: answers, lang: language, in: folder))
        }
        let first = try run("Värmdö kommun\n\n\n\n")
        #expect(first.status == 0, "\(first.transcript)")
        #expect(first.transcript.contains("File to write [Agreements/varmdo.md]: "), "\(first.transcript)")
        #expect(first.transcript.contains("Wrote Agreements/varmdo.md (check: 0 errors, "), "\(first.transcript)")
        #expect(!first.transcript.contains("bus-docs: 1"), "the draft is not printed on the terminal")
        let saved = try String(contentsOf: folder.appendingPathComponent("Agreements/varmdo.md"), encoding: .utf8)
        #expect(saved.contains("område: \"Värmdö\"\nkommun: \"Värmdö kommun\"\n"))
        // The file is there now: another name is offered; typing the taken one is asked again.
        let second = try run("Värmdö\n\n\nAgreements/varmdo.md\nAgreements/varmdo-ny\n", language: "sv_SE.UTF-8")
        #expect(second.status == 0, "\(second.transcript)")
        #expect(second.transcript.contains("Fil att skriva [Agreements/varmdo-2.md]: "), "\(second.transcript)")
        #expect(second.transcript.contains("Agreements/varmdo.md finns redan; bus-docs new skriver aldrig över en fil — välj ett annat namn."), "\(second.transcript)")
        #expect(second.transcript.contains("En överenskommelse är en .md-fil: skriver Agreements/varmdo-ny.md."), "\(second.transcript)")
        // A rule set typed for the file: said, and asked again; Enter then takes the offered name.
        let third = try run("Värmdö\n\n\nbus-2012\n\n", language: "sv_SE.UTF-8")
        #expect(third.status == 0, "\(third.transcript)")
        #expect(third.transcript.contains("bus-2012 är ett regelverk, inte ett filnamn — skriv filens namn, eller tryck Enter för Agreements/varmdo-2.md."), "\(third.transcript)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Agreements/bus-2012.md").path))
        #expect(try String(contentsOf: folder.appendingPathComponent("Agreements/varmdo.md"), encoding: .utf8) == saved, "never overwritten")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Agreements/varmdo-ny.md").path))
    }

    /// An agreement named without its folder: `check` says which file in `Agreements/` was meant.
    @Test func aBareNameIsFoundInTheAgreementsFolder() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try BusDocsProcess.run(["new", "--area", "Salem", "-o", "Agreements/"], in: folder)
        let swedish = try BusDocsProcess.run(["check", "salem.md"], environment: ["LANG": "sv_SE.UTF-8"], in: folder)
        #expect(swedish.status == 2)
        #expect(swedish.stderr == "bus-docs: salem.md: finns inte — menade du Agreements/salem.md?\n", "\(swedish.stderr)")
        let english = try BusDocsProcess.run(["check", "salem"], in: folder)
        #expect(english.stderr == "bus-docs: salem: does not exist — did you mean Agreements/salem.md?\n", "\(english.stderr)")
        let literally = try BusDocsProcess.run(["check", "Agreements/salem.md"], in: folder)
        #expect(literally.status == 0, "\(literally.stdout)")
    }

    /// `-o Agreements/` on a terminal, the area's file taken: asked for another name once every question
    /// is answered (the answers are kept), never a dead end; in a script it stops as before.
    @Test func onATerminalATakenFileInTheOutputFolderIsAskedAgain() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Agreements"), withIntermediateDirectories: true)
        let taken = folder.appendingPathComponent("Agreements/lidingo.md")
        try "---\n---\n".write(to: taken, atomically: true, encoding: .utf8)
        guard let swedish = try BusDocsProcess.onTerminal("new -o Agreements/", input: "Lidingö\n\n\n\n", lang: "sv_SE.UTF-8", in: folder) else { return }
        #expect(swedish.status == 0, "\(swedish.transcript)")
        #expect(swedish.transcript.contains("Agreements/lidingo.md finns redan; bus-docs new skriver aldrig över en fil — välj ett annat namn.\r\nFil att skriva [Agreements/lidingo-2.md]: "), "\(swedish.transcript)")
        #expect(try String(contentsOf: taken, encoding: .utf8) == "---\n---\n")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Agreements/lidingo-2.md").path))
        let english = try #require(try BusDocsProcess.onTerminal("new -o Agreements/", input: "Lidingö\n\n\n\n", in: folder))
        #expect(english.transcript.contains("Agreements/lidingo.md exists; bus-docs new never overwrites a file — choose another name.\r\nFile to write [Agreements/lidingo-3.md]: "), "\(english.transcript)")
        let script = try BusDocsProcess.run(["new", "--area", "Lidingö", "-o", "Agreements/"], in: folder)
        #expect(script.status == 2 && script.stderr.contains("Agreements/lidingo.md"), "\(script.stderr)")
    }

    /// A bare name typed where the offered file is in `Agreements/` goes into `Agreements/`, where check,
    /// build and serve look, and says so; `./name` keeps it here.
    @Test func onATerminalABareFileNameGoesIntoTheAgreementsFolder() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Agreements"), withIntermediateDirectories: true)
        guard let swedish = try BusDocsProcess.onTerminal("new", input: "Danderyd\n\n\nutkast\n", lang: "sv_SE.UTF-8", in: folder) else { return }
        #expect(swedish.status == 0, "\(swedish.transcript)")
        #expect(swedish.transcript.contains("utkast: överenskommelserna ligger i Agreements/, där check, build och serve letar — skriver Agreements/utkast.md (skriv ./utkast för den här mappen).\r\n"), "\(swedish.transcript)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Agreements/utkast.md").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("utkast.md").path))
        let english = try #require(try BusDocsProcess.onTerminal("new", input: "Danderyd\n\n\nandra.md\n", in: folder))
        #expect(english.transcript.contains("andra.md: agreements live in Agreements/, where check, build and serve look — writing Agreements/andra.md (type ./andra.md for this folder).\r\n"), "\(english.transcript)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Agreements/andra.md").path))
        let here = try #require(try BusDocsProcess.onTerminal("new", input: "Danderyd\n\n\n./har\n", in: folder))
        #expect(here.status == 0, "\(here.transcript)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("har.md").path))
    }

    /// A municipality answered by another name than the county's table has for the area ("Vaxholms
    /// kommun" for *Vaxholms stad*) is said and asked again, as `--kommun` is said; typed twice, it is kept.
    @Test func anotherNameForTheMunicipalityIsSaidAndAskedAgain() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Agreements"), withIntermediateDirectories: true)
        guard let enter = try BusDocsProcess.onTerminal("new", input: "Vaxholm\nVaxholms kommun\n\n\n\n", lang: "sv_SE.UTF-8", in: folder) else { return }
        #expect(enter.status == 0, "\(enter.transcript)")
        #expect(enter.transcript.contains("Vaxholm ligger i Vaxholms stad — tryck Enter för att använda det, eller skriv kommunens namn igen [Vaxholms stad]: "), "\(enter.transcript)")
        let official = try String(contentsOf: folder.appendingPathComponent("Agreements/vaxholm.md"), encoding: .utf8)
        #expect(official.contains("\nkommun: \"Vaxholms stad\"\n"))
        let twice = try #require(try BusDocsProcess.onTerminal("new", input: "Vaxholm\nVaxholms kommun\nVaxholms kommun\n\n\n", in: folder))
        #expect(twice.transcript.contains("Vaxholm lies in Vaxholms stad — press Enter to use it, or type the municipality's name again [Vaxholms stad]: "), "\(twice.transcript)")
        let kept = try String(contentsOf: folder.appendingPathComponent("Agreements/vaxholm-2.md"), encoding: .utf8)
        #expect(kept.contains("\nkommun: \"Vaxholms kommun\"\n"))
        let script = try BusDocsProcess.run(["new", "--area", "Vaxholm", "--kommun", "Vaxholms kommun"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(script.stderr.hasPrefix("bus-docs: --kommun Vaxholms kommun: Vaxholm ligger i Vaxholms stad enligt länets tabell; utkastet skriver ”Vaxholms kommun” som det är givet.\n"), "\(script.stderr)")
    }

    /// `--from` drops a sentence dating the old agreement; the next one, which points back at it ("Den är
    /// skriven för att …"), says what it means, and the guidance stands where the history stood.
    @Test func fromLeavesNoSentencePointingAtTheHistoryItDropped() throws {
        let made = try BusDocsProcess.run(["new", "--from", "Agreements/nacka-2023.md", "--area", "Upplands Väsby"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(!made.stdout.contains("\nDen är skriven"), "\(made.stdout)")
        #expect(made.stdout.contains("*Vägledning:* Beskriv överenskommelsens historia i Upplands Väsby: när den först undertecknades och när den senast reviderades.\n\nÖverenskommelsen är skriven för att\nspegla den nya ansvarsfördelningen"), "\(made.stdout)")
        // A sentence pointing back at a removed one that is not about the agreement goes with it.
        let source = try Self.agreement(area: "Nacka", kommun: "Nacka kommun", body: "## Bakgrund\nNacka har tidigare haft två BUS-grupper. Där möttes cheferna varje termin. Arbetet följs upp årligen.\n")
        let draft = try Self.draft(from: source, area: "Täby")
        #expect(!draft.contains("tidigare haft") && !draft.contains("Där möttes") && draft.contains("Arbetet följs upp årligen."), "\(draft)")
    }

    /// A first start in an empty folder: `-o Agreements/` makes the documented folder (never "Agreements/.md"),
    /// a terminal offers `Agreements/<area>.md` and makes the folder, and another missing folder is refused
    /// with what to do.
    @Test func aFirstStartMakesTheAgreementsFolder() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try BusDocsProcess.run(["new", "--area", "Ekerö", "-o", "Agreements/"], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stderr.hasPrefix("Created the folder Agreements/, where check, build and serve look for agreements.\nWrote Agreements/ekero.md (check: 0 errors, "), "\(made.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Agreements/ekero.md").path))
        let checked = try BusDocsProcess.run(["check"], in: folder)
        #expect(checked.stdout.contains("1 file checked"), "\(checked.stdout)\(checked.stderr)")
        let other = try BusDocsProcess.run(["new", "--area", "Ekerö", "-o", "Utkast/"], environment: ["LANG": "sv_SE.UTF-8"], in: folder)
        #expect(other.status == 2)
        #expect(other.stderr == "bus-docs: -o Utkast/: mappen Utkast finns inte; skapa den (mkdir Utkast) och kör igen, eller skriv -o Agreements/, där check, build och serve letar\n", "\(other.stderr)")
        let english = try BusDocsProcess.run(["new", "--area", "Ekerö", "-o", "Utkast/"], in: folder)
        #expect(english.stderr == "bus-docs: -o Utkast/: the folder Utkast does not exist; create it (mkdir Utkast) and run again, or write -o Agreements/, where check, build and serve look\n", "\(english.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Utkast").path))

        let empty = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        guard let asked = try BusDocsProcess.onTerminal("new", input: "Ekerö\n\n\n\n", lang: "sv_SE.UTF-8", in: empty) else { return }
        #expect(asked.status == 0, "\(asked.transcript)")
        #expect(asked.transcript.contains("Fil att skriva [Agreements/ekero.md]: "), "\(asked.transcript)")
        #expect(asked.transcript.contains("Skapade mappen Agreements/, där check, build och serve letar efter överenskommelser."), "\(asked.transcript)")
        #expect(FileManager.default.fileExists(atPath: empty.appendingPathComponent("Agreements/ekero.md").path))
    }

    /// `check`, `build` and `serve` with no `Agreements/` here say what to do, naming the agreements that are.
    @Test func withoutAnAgreementsFolderTheCommandsSayWhatToDo() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let none = try BusDocsProcess.run(["check"], environment: ["LANG": "sv_SE.UTF-8"], in: folder)
        #expect(none.status == 2)
        #expect(none.stderr == "bus-docs: Agreements: ingen sådan mapp här, och ingen .md-fil — skapa ett utkast med bus-docs new -o Agreements/, eller ange överenskommelsens fil\n", "\(none.stderr)")
        _ = try BusDocsProcess.run(["new", "--area", "Ekerö", "-o", "ekero.md"], in: folder)
        for command in [["check"], ["build"], ["serve", "--port", "0"]] {
            let result = try BusDocsProcess.run(command, in: folder)
            #expect(result.status == 2)
            #expect(result.stderr == "bus-docs: Agreements: no such folder here (here: ekero.md) — name the agreement's file, e.g. ekero.md, or make a draft with bus-docs new -o Agreements/\n", "\(command): \(result.stderr)")
        }
        let swedish = try BusDocsProcess.run(["build"], environment: ["LANG": "sv_SE.UTF-8"], in: folder)
        #expect(swedish.stderr == "bus-docs: Agreements: ingen sådan mapp här (här finns ekero.md) — ange överenskommelsens fil, t.ex. ekero.md, eller skapa ett utkast med bus-docs new -o Agreements/\n", "\(swedish.stderr)")
    }

    /// In a terminal: a name typed with another extension is refused as `-o` refuses it and asked again
    /// with the .md name; after a taken name, the name made from the area is offered again.
    @Test func onATerminalAWordNameIsAskedAgainAndTheAreaNameComesBack() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Agreements"), withIntermediateDirectories: true)
        try "---\n---\n".write(to: folder.appendingPathComponent("Agreements/varmdo.md"), atomically: true, encoding: .utf8)
        guard let word = try BusDocsProcess.onTerminal("new", input: "Nykvarn\n\n\nAgreements/nykvarn.docx\n\n", lang: "sv_SE.UTF-8", in: folder) else { return }
        #expect(word.status == 0, "\(word.transcript)")
        #expect(word.transcript.contains("Agreements/nykvarn.docx: en överenskommelse är en .md-fil, och check, build och serve läser inga andra (Word-filen gör du sedan av den med bus-docs agreement --format docx) — skriv t.ex. Agreements/nykvarn.md."), "\(word.transcript)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Agreements/nykvarn.md").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Agreements/nykvarn.docx.md").path))
        let english = try #require(try BusDocsProcess.onTerminal("new", input: "Salem\n\n\nsalem.pdf\n\n", in: folder))
        #expect(english.transcript.contains("Agreements/salem.pdf: an agreement is a .md file, and check, build and serve read no other (the document is made from it afterwards with bus-docs agreement --format pdf) — type e.g. Agreements/salem.md."), "\(english.transcript)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Agreements/salem.md").path))
        let taken = try #require(try BusDocsProcess.onTerminal("new", input: "ekero\n\n\nAgreements/varmdo.md\n\n", lang: "sv_SE.UTF-8", in: folder))
        #expect(taken.status == 0, "\(taken.transcript)")
        #expect(taken.transcript.components(separatedBy: "Fil att skriva [Agreements/ekero.md]: ").count == 3, "\(taken.transcript)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Agreements/ekero.md").path))
    }

    /// A main town is not a typo of another area: Märsta lies in Sigtuna, never "did you mean Farsta";
    /// "Väsby" is Upplands Väsby, "BUS Värmdö" is Värmdö; a guess with another first letter is never the
    /// answer for Enter.
    @Test func aTownIsPlacedInItsMunicipality() throws {
        let town = try BusDocsProcess.run(["new", "--area", "Märsta"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(town.status == 0, "\(town.stderr)")
        #expect(town.stdout.contains("område: \"Märsta\"\nkommun: \"Sigtuna kommun\"\n"))
        #expect(town.stderr.hasPrefix("Märsta ligger i Sigtuna kommun: utkastet gäller området Märsta i Sigtuna kommun (--area \"Sigtuna\" för hela kommunen).\n"), "\(town.stderr)")
        let english = try BusDocsProcess.run(["new", "--area", "Gustavsberg"])
        #expect(english.stderr.hasPrefix("Gustavsberg lies in Värmdö kommun: the draft is for the area Gustavsberg in Värmdö kommun (--area \"Värmdö\" for the whole municipality).\n"), "\(english.stderr)")
        for (typed, area, official) in [("Väsby", "Upplands Väsby", "Upplands Väsby kommun"), ("BUS Värmdö", "Värmdö", "Värmdö kommun"), ("BUS-området Ekerö", "Ekerö", "Ekerö kommun"), ("Tyresö BUS-område", "Tyresö", "Tyresö kommun"), ("Nacka BUS-området", "Nacka", "Nacka kommun")] {
            let made = try BusDocsProcess.run(["new", "--area", typed])
            #expect(made.status == 0, "\(made.stderr)")
            #expect(made.stdout.contains("område: \"\(area)\"\nkommun: \"\(official)\"\n"), "\(typed)")
        }
        let unlikely = try BusDocsProcess.run(["new", "--area", "Tarsta"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(unlikely.status == 2)
        #expect(unlikely.stderr == "bus-docs: --area Tarsta: inget område i Stockholms län heter så. Är Tarsta en ort eller ett område i en kommun, ange kommunen: --kommun med kommunens officiella namn; menade du Farsta (Stockholms stad), skriv --area \"Farsta\"\n", "\(unlikely.stderr)")
        let unlikelyEnglish = try BusDocsProcess.run(["new", "--area", "Tarsta"])
        #expect(unlikelyEnglish.stderr == "bus-docs: --area Tarsta: no area in Stockholm County is called that. If Tarsta is a place or an area in a municipality, name the municipality: --kommun with its official name; if you meant Farsta (Stockholms stad), write --area \"Farsta\"\n", "\(unlikelyEnglish.stderr)")
        // On a terminal the draft goes to the file asked for last (Enter: Agreements/<area>.md), in a folder of the test's own.
        func drafted(_ input: String, lang: String) throws -> (transcript: String, drafts: [String])? {
            let folder = try BusDocsProcess.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let agreements = folder.appendingPathComponent("Agreements")
            try FileManager.default.createDirectory(at: agreements, withIntermediateDirectories: true)
            guard let run = try BusDocsProcess.onTerminal("new", input: input, lang: lang, in: folder) else { return nil }
            let drafts = try FileManager.default.contentsOfDirectory(atPath: agreements.path)
                .map { try String(contentsOf: agreements.appendingPathComponent($0), encoding: .utf8) }
            return (run.transcript, drafts)
        }
        guard let asked = try drafted("Märsta\n\n\n\n\n", lang: "sv_SE.UTF-8") else { return }
        #expect(asked.transcript.contains("Märsta ligger i Sigtuna kommun — tryck Enter för området Sigtuna, eller skriv Märsta igen om området bara är Märsta [Sigtuna]: "), "\(asked.transcript)")
        #expect(asked.transcript.contains("Kommun [Sigtuna kommun]: "), "\(asked.transcript)")
        #expect(asked.drafts.count == 1 && asked.drafts[0].contains("område: \"Sigtuna\""), "\(asked.transcript)")
        let guess = try #require(try drafted("Tarsta\n\nTarsta\nTarsta kommun\n\n\n\n\n", lang: "C"))
        #expect(guess.transcript.contains("No area in Stockholm County is called Tarsta. Type the area again: Tarsta if that is right (the municipality is asked next), or Farsta if you meant it (Stockholms stad): "), "\(guess.transcript)")
        #expect(!guess.transcript.contains("[Farsta]") && !guess.transcript.contains("Stockholms stad]"), "\(guess.transcript)")
        #expect(guess.drafts.count == 1 && guess.drafts[0].contains("kommun: \"Tarsta kommun\""), "\(guess.transcript)")
    }

    /// `agreement`, `protocol` and `deviation` help with a name without `.md` as `check` does, and a folder
    /// is answered in the run's language with the agreements to name.
    @Test func aDocumentCommandNamesTheFileMeant() throws {
        for command in ["agreement", "protocol", "deviation"] {
            let bare = try BusDocsProcess.run([command, "Agreements/nacka-2023", "-o", "/tmp/x.html"], environment: ["LANG": "sv_SE.UTF-8"])
            #expect(bare.status == 2)
            #expect(bare.stderr == "bus-docs: Agreements/nacka-2023: finns inte — menade du Agreements/nacka-2023.md?\n", "\(command): \(bare.stderr)")
            let folder = try BusDocsProcess.run([command, "Agreements/", "-o", "/tmp/x.html"], environment: ["LANG": "sv_SE.UTF-8"])
            #expect(folder.status == 2)
            #expect(folder.stderr == "bus-docs: Agreements/: är en mapp — ange en av överenskommelserna i den: Agreements/nacka-2023.md eller Agreements/rinkeby-kista-spanga-tensta-2017.md\n", "\(command): \(folder.stderr)")
        }
        let english = try BusDocsProcess.run(["agreement", "Agreements", "-o", "/tmp/x.html"])
        #expect(english.stderr == "bus-docs: Agreements: is a folder — name one of the agreements in it: Agreements/nacka-2023.md or Agreements/rinkeby-kista-spanga-tensta-2017.md\n", "\(english.stderr)")
        let wrongCase = try BusDocsProcess.run(["agreement", "Agreements/Nacka-2023.md", "-o", "/tmp/x.html"])
        #expect(wrongCase.stderr == "bus-docs: Agreements/Nacka-2023.md: does not exist — did you mean Agreements/nacka-2023.md?\n", "\(wrongCase.stderr)")
    }

    /// `--from` the area's own agreement would replace its own names and history by placeholders: a
    /// revision is a copy compared with diff, said in the run's language, and nothing is written.
    @Test func fromTheAreasOwnAgreementSaysARevisionIsACopy() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("nacka-2028.md").path
        let swedish = try BusDocsProcess.run(["new", "--area", "Nacka", "--from", "Agreements/nacka-2023.md", "-o", target], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.status == 2)
        #expect(swedish.stderr == "bus-docs: --from Agreements/nacka-2023.md: överenskommelsen gäller redan Nacka, och --from behåller bara strukturen (partnamn, historik och giltighet blir platshållare). För en revidering: kopiera filen (cp Agreements/nacka-2023.md \(target)), ändra kopian och jämför med bus-docs diff Agreements/nacka-2023.md \(target)\n", "\(swedish.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target))
        let english = try BusDocsProcess.run(["new", "--area", "nacka kommun", "--from", "Agreements/nacka-2023.md"])
        #expect(english.status == 2)
        #expect(english.stderr.hasSuffix("For a revision: copy the file (cp Agreements/nacka-2023.md Agreements/nacka-2023-ny.md), edit the copy and compare with bus-docs diff Agreements/nacka-2023.md Agreements/nacka-2023-ny.md\n"), "\(english.stderr)")
    }

    /// `--from` another area: the old area's own attachment files become placeholders the check warns
    /// about (built-in `mall:` ones stay, and so does the county-wide agreement, every area's), and the
    /// independent schools' party says what it is.
    @Test func fromLeavesTheOldAreasFilesAndSaysWhichPartyIsTheIndependentSchools() throws {
        let made = try BusDocsProcess.run(["new", "--area", "Upplands Väsby", "--from", "Agreements/rinkeby-kista-spanga-tensta-2017.md"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(!made.stdout.contains("fil: bilagor/sip-rutin.pdf") && !made.stdout.contains("fil: bilagor/barnavardsanmalan.pdf"), "\(made.stdout)")
        #expect(made.stdout.contains("fil: \"(ange filen för Upplands Väsby)\" }"), "\(made.stdout)")
        #expect(made.stdout.contains("  - { titel: Länsövergripande överenskommelse om samverkan kring barn och unga i behov av särskilt stöd (BUS), fil: bilagor/bus-lansovergripande-2012.pdf }\n"), "\(made.stdout)")
        let nacka = try BusDocsProcess.run(["new", "--area", "Värmdö", "--from", "Agreements/nacka-2023.md"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(nacka.stdout.contains("mall: avvikelseblankett }"), "built-in templates stay")
        if nacka.stdout.contains("huvudman: enskild") {
            #expect(nacka.stdout.contains("enskild huvudman)\""), "\(nacka.stdout)")
        }
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("varmdo.md")
        try nacka.stdout.write(to: file, atomically: true, encoding: .utf8)
        let checked = try BusDocsProcess.run(["check", file.path], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(checked.stdout.contains("varning: [BUS024] bilagans fil är inte angiven: den förra överenskommelsens fil hörde till dess område"), "\(checked.stdout)")
        // Two of Nacka's three files were its own: the county-wide agreement's line has no finding.
        #expect(checked.stdout.components(separatedBy: "bilagans fil är inte angiven").count - 1 == 2, "\(checked.stdout)")
        #expect(!checked.stdout.contains("bus-lansovergripande.pdf }\n"), "\(checked.stdout)")
        #expect(checked.stdout.contains("varning: [BUS024] partens namn är fortfarande platshållaren som bus-docs skrev"), "\(checked.stdout)")
        // The county-wide agreement's file is for the new area's folder to have: said when the draft is made.
        #expect(nacka.stderr.contains("Den länsövergripande överenskommelsen är alla områdens: bilagan behåller filen bilagor/bus-lansovergripande.pdf, som ska ligga där räknat från utkastets mapp."), "\(nacka.stderr)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("bilagor"), withIntermediateDirectories: true)
        try Data("%PDF-1.4\n".utf8).write(to: folder.appendingPathComponent("bilagor/bus-lansovergripande.pdf"))
        // `build`: the placeholder is BUS024's, not a file to put at the path "(ange filen för Värmdö)".
        let built = try BusDocsProcess.run(["build", folder.path, "--out", folder.appendingPathComponent("site").path], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(built.stdout.contains("[BUS024] bilagans fil är inte angiven") && !built.stdout.contains("[BUS014]") && !built.stdout.contains("på sökvägen (ange"), "\(built.stdout)")
    }

    /// Swedish help: a label wider than its column puts the description on the next line, aligned; a
    /// default is said once; "standard in" is said in Swedish.
    @Test func swedishHelpKeepsItsColumn() throws {
        let new = try BusDocsProcess.run(["new", "--help"], environment: ["LANG": "sv_SE.UTF-8", "COLUMNS": "80"]).stdout
        #expect(new.contains("\n  --from <överenskommelse>\n                          Utgå från"), "\(new)")
        #expect(new.contains("när du kör kommandot i en terminal") && !new.contains("standard in är"), "\(new)")
        let report = try BusDocsProcess.run(["report", "--help"], environment: ["LANG": "sv_SE.UTF-8", "COLUMNS": "80"]).stdout
        #expect(report.components(separatedBy: "(standard: Register").count == 2, "\(report)")
        #expect(!report.contains("\n  år i den") && !report.contains("\n  uppfoljning"), "\(report)")
        let english = try BusDocsProcess.run(["report", "--help"], environment: ["LANG": "C", "COLUMNS": "80"]).stdout
        #expect(english.components(separatedBy: "(default: Register").count == 2, "\(english)")
    }

    @Test func aScriptMustNameTheArea() throws {
        let result = try BusDocsProcess.run(["new"])
        #expect(result.status == 2)
        #expect(result.stderr == "bus-docs: --area is required (or run bus-docs new in a terminal to be asked)\n")
    }

    /// The municipality is written into the title page of a signed agreement: its official name from the
    /// county's table, or no name at all.
    @Test func theMunicipalityIsItsOfficialName() throws {
        for (area, official) in [("Solna", "Solna stad"), ("stockholm", "Stockholms stad"), ("Rinkeby-Kista", "Stockholms stad"), ("Täby", "Täby kommun")] {
            let made = try BusDocsProcess.run(["new", "--area", area])
            #expect(made.status == 0, "\(made.stderr)")
            #expect(made.stdout.contains("\nkommun: \"\(official)\"\n"), "\(area)")
        }
        let given = try BusDocsProcess.run(["new", "--area", "Solna", "--kommun", "Solna kommun"])
        #expect(given.stdout.contains("\nkommun: \"Solna kommun\"\n"), "--kommun wins")
    }

    @Test func aScriptMustNameAMunicipalityTheTableDoesNotKnow() throws {
        let result = try BusDocsProcess.run(["new", "--area", "Järva"])
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr == "bus-docs: --area Järva: the municipality cannot be told from the area; give its official name with --kommun, e.g. --kommun \"Järfälla kommun\" or --kommun \"Solna stad\"\n")
        let swedish = try BusDocsProcess.run(["new", "--area", "Järva"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.stderr.hasPrefix("bus-docs: --area Järva: kommunen går inte att avgöra; ange den med --kommun"), "\(swedish.stderr)")
        let named = try BusDocsProcess.run(["new", "--area", "Järva", "--kommun", "Stockholms stad"])
        #expect(named.status == 0)
    }

    /// A typo in the area would be written into the title, the area and every party's name: the nearest
    /// area in the county's table is offered instead, in the run's language.
    @Test func aMisspeltAreaIsRefusedWithTheNearestOne() throws {
        let english = try BusDocsProcess.run(["new", "--area", "Sigtna"])
        #expect(english.status == 2 && english.stdout.isEmpty)
        #expect(english.stderr == "bus-docs: --area Sigtna: no area in Stockholm County is called that — did you mean Sigtuna (Sigtuna kommun)? Write --area \"Sigtuna\"; an area outside the county's table needs --kommun with the municipality's official name\n")
        let swedish = try BusDocsProcess.run(["new", "--area", "Stockhom"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.status == 2)
        #expect(swedish.stderr == "bus-docs: --area Stockhom: inget område i Stockholms län heter så — menade du Stockholm (Stockholms stad)? Skriv --area \"Stockholm\"; ett område utanför länets tabell behöver --kommun med kommunens officiella namn\n")
        // The municipality the nearest area lies in does not make the typo an area.
        let sameMunicipality = try BusDocsProcess.run(["new", "--area", "Sigtna", "--kommun", "Sigtuna kommun"])
        #expect(sameMunicipality.status == 2)
        // Another municipality does: Märsta is a town in Sigtuna, not a misspelt Farsta.
        let town = try BusDocsProcess.run(["new", "--area", "Märsta", "--kommun", "Sigtuna kommun"])
        #expect(town.status == 0, "\(town.stderr)")
        #expect(town.stdout.contains("område: \"Märsta\"\nkommun: \"Sigtuna kommun\"\n"))
    }

    /// "ekerö" is found in the table: the draft writes the table's "Ekerö" everywhere, and says so.
    @Test func anAreaInTheTableIsWrittenAsTheTableWritesIt() throws {
        for (typed, written) in [("ekerö", "Ekerö"), ("upplands-väsby", "Upplands Väsby"), ("Rinkeby-kista", "Rinkeby-Kista")] {
            let made = try BusDocsProcess.run(["new", "--area", typed])
            #expect(made.status == 0, "\(made.stderr)")
            #expect(made.stdout.contains("(BUS) i \(written)\"\nområde: \"\(written)\"\n"), "\(typed)")
            #expect(!made.stdout.contains(typed), "\(typed) is nowhere in the draft")
            #expect(made.stderr.hasPrefix("The area is written \"\(written)\" as in the county's table.\n"), "\(made.stderr)")
        }
        let swedish = try BusDocsProcess.run(["new", "--area", "ekerö"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.stderr.hasPrefix("Området skrivs ”Ekerö” som i länets tabell.\n"), "\(swedish.stderr)")
        let asWritten = try BusDocsProcess.run(["new", "--area", "Ekerö"])
        #expect(asWritten.stderr.hasPrefix("Wrote to standard output"), "nothing to say")
    }

    /// The municipality's name given as the area ("Värmdö kommun", "Solna stad") is the area the table
    /// knows: the draft says "i Värmdö, Värmdö kommun", never "i Värmdö kommun, Värmdö kommun", and says so.
    @Test func theMunicipalitysNameAsTheAreaIsTheArea() throws {
        for (typed, area, official) in [("Värmdö kommun", "Värmdö", "Värmdö kommun"), ("Solna stad", "Solna", "Solna stad"),
                                        ("solna kommun", "Solna", "Solna stad"), ("Danderyds kommun", "Danderyd", "Danderyds kommun")] {
            let made = try BusDocsProcess.run(["new", "--area", typed])
            #expect(made.status == 0, "\(made.stderr)")
            #expect(made.stdout.contains("område: \"\(area)\"\nkommun: \"\(official)\"\n"), "\(typed)")
            #expect(made.stdout.contains(" i \(area), \(official) (ange enhetens namn)"), "\(typed)")
            #expect(!made.stdout.contains("\(official), \(official)"), "\(typed)")
            #expect(made.stderr.hasPrefix("The area is written \"\(area)\" as in the county's table (the municipality is \(official)).\n"), "\(made.stderr)")
        }
        let swedish = try BusDocsProcess.run(["new", "--area", "Värmdö kommun"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.stderr.hasPrefix("Området skrivs ”Värmdö” som i länets tabell (kommunen är Värmdö kommun).\n"), "\(swedish.stderr)")
    }

    /// A --kommun other than the one the table has for the area is written as given, but not silently.
    @Test func aMunicipalityTheAreaIsNotInIsSaid() throws {
        let other = try BusDocsProcess.run(["new", "--area", "Sigtuna", "--kommun", "Sollentuna kommun"])
        #expect(other.status == 0)
        #expect(other.stdout.contains("\nkommun: \"Sollentuna kommun\"\n"))
        #expect(other.stderr.hasPrefix("bus-docs: --kommun Sollentuna kommun: Sigtuna lies in Sigtuna kommun by the county's table; the draft writes \"Sollentuna kommun\" as given.\n"), "\(other.stderr)")
        let swedish = try BusDocsProcess.run(["new", "--area", "Sigtuna", "--kommun", "HOK 2021"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.stderr.hasPrefix("bus-docs: --kommun HOK 2021: Sigtuna ligger i Sigtuna kommun enligt länets tabell; utkastet skriver ”HOK 2021” som det är givet.\n"), "\(swedish.stderr)")
        let lowerCase = try BusDocsProcess.run(["new", "--area", "Sigtuna", "--kommun", "sigtuna kommun"])
        #expect(lowerCase.stdout.contains("\nkommun: \"Sigtuna kommun\"\n"))
        #expect(lowerCase.stderr.hasPrefix("The municipality is written \"Sigtuna kommun\" as in the county's table.\n"))
        // The area's name for the municipality: the table's full name, said.
        let short = try BusDocsProcess.run(["new", "--area", "Tyresö", "--kommun", "Tyresö"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(short.stdout.contains("\nkommun: \"Tyresö kommun\"\n"))
        #expect(short.stderr.hasPrefix("Kommunen skrivs ”Tyresö kommun” som i länets tabell.\n"), "\(short.stderr)")
    }

    @Test func onATerminalItAsksForWhatIsMissing() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("taby.md").path
        // util-linux `script` runs the command on a pseudo-terminal and passes it the answers.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "\(BusDocsProcess.executable.path) new -o \(file)", "/dev/null"]
        process.environment = ["LANG": "C", "TERM": "dumb"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        PipeIO.write(Data("Täby\n\nbus-2012\n".utf8), to: input.fileHandleForWriting)
        let transcript = String(decoding: PipeIO.readToEnd(output.fileHandleForReading)[0], as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(transcript)")
        #expect(transcript.contains("Municipality [Täby kommun]: "), "questions in the locale's language")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("kommun: \"Täby kommun\"\nregelverk: bus-2012\n"))
    }

    /// An area the county's table does not know: the municipality is asked for with no name made up.
    @Test func onATerminalAnAreaItCannotPlaceIsAskedFor() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("jarva.md").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "\(BusDocsProcess.executable.path) new --area Järva --rules hök-2022 -o \(file)", "/dev/null"]
        process.environment = ["LANG": "C", "TERM": "dumb"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        PipeIO.write(Data("\nStockholms stad\n".utf8), to: input.fileHandleForWriting)
        let transcript = String(decoding: PipeIO.readToEnd(output.fileHandleForReading)[0], as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(transcript)")
        #expect(transcript.contains("Municipality: ") && !transcript.contains("Järva kommun"), "no default is made up")
        #expect(transcript.contains("An answer is needed"), "an empty answer is asked again")
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("kommun: \"Stockholms stad\"\n"))
    }

    /// A draft is not yet an agreement: placeholders are warnings (BUS024), nothing else is found.
    static func expectOnlyPlaceholderWarnings(_ output: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let findings = output.split(separator: "\n").filter { $0.contains(": warning: [") || $0.contains(": error: [") }
        #expect(!findings.isEmpty, "a draft has placeholders", sourceLocation: sourceLocation)
        #expect(findings.allSatisfy { $0.contains("warning: [BUS024]") }, "\(findings)", sourceLocation: sourceLocation)
        #expect(output.hasSuffix("1 file checked: 0 errors, \(findings.count) warnings\n"), "\(output)", sourceLocation: sourceLocation)
    }
}
