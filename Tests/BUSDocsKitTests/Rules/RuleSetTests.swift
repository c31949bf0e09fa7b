import BUSDocsKit
import Foundation
import TestSupport
import Testing

/// Rule parameters are data: built-in sets by name, another set from a file.
@Suite struct RuleSetTests {
    @Test func builtInSetsLoadByNameWithOrWithoutDiacritics() throws {
        let bus = try #require(RuleSet.builtIn(named: "bus-2012"))
        #expect(bus.mandatoryServices == ["socialtjanst", "utbildning", "bup", "hab", "bumm"])
        #expect(bus.individualForumDeadlineDays == 14)
        #expect(bus.minimumCadence["styrgrupp"] == CadenceRequirement(count: 1, period: .term))
        let hok = try #require(RuleSet.builtIn(named: "hok-2022"))
        #expect(hok.id == "hök-2022")
        #expect(hok.recommendedServices == ["samordnande-vardcentral"])
        #expect(hok.deviationReceivers.first == "samrådsgruppen för barns och ungas hälsa", "hints name the current body")
        #expect(hok.acceptsReceiver("BUS-SAM") && bus.acceptsReceiver("Samrådsgruppen för barn och ungas hälsa"))
        #expect(!bus.acceptsReceiver("Socialnämnden"))
        // The short and the long name together, and the body said to be county-wide, as agreements write it.
        #expect(hok.acceptsReceiver("BUSSAM – samrådsgruppen för barns och ungas hälsa") && hok.acceptsReceiver("regionala BUSSAM"))
        #expect(!hok.acceptsReceiver("regionala styrgruppen") && !hok.acceptsReceiver("Socialnämnden – ordförande"))
        #expect(hok.services["polis"]?.principal == .state && hok.services["bup"]?.principal == .region)
        #expect(bus.serviceName("bumm", in: .swedish) == "BUMM (barn- och ungdomsmedicinsk mottagning)")
    }

    @Test func ruleSetFromAFileChangesWhatIsChecked() throws {
        let source = String(decoding: try #require(try? Data(contentsOf: Fixture.folder
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/BUSDocsKit/RuleSets/bus-2012.yaml"))), as: UTF8.self)
        let stricter = source
            .replacingOccurrences(of: "id: bus-2012", with: "id: egen-2027")
            .replacingOccurrences(of: "obligatoriska-verksamheter: [socialtjanst, utbildning, bup, hab, bumm]",
                                  with: "obligatoriska-verksamheter: [socialtjanst, utbildning, bup, hab, bumm, lss]")
        let url = Scratch.url("rules.yaml")
        try stricter.write(to: url, atomically: true, encoding: .utf8)
        let ruleSet = try RuleSet.load(url.path)
        #expect(ruleSet.id == "egen-2027")
        let findings = Fixture.check(Fixture.valid, ruleSet: ruleSet).filter { $0.ruleID == "BUS001" }
        #expect(findings.count == 1)
        #expect(findings.first?.message.sv.contains("LSS") == true)
    }

    @Test func brokenRuleSetFileIsAClearError() throws {
        let url = Scratch.url("broken.yaml")
        try "id: x\nnamn: [".write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: RuleSetError.self) { try RuleSet.load(url.path) }
        #expect(throws: RuleSetError.self) { try RuleSet.load("/no/such/rules.yaml") }
    }

    /// Findings name a rule set as running text does ("HÖK 2022"); a rule-set file without `kortnamn`
    /// is named by its `namn`, never by its id.
    @Test func aRuleSetsShortNameIsItsKortnamnElseItsName() throws {
        #expect(RuleSet.builtIn(named: "hök-2022")?.shortName == "HÖK 2022")
        #expect(RuleSet.builtIn(named: "bus-2012")?.shortName == "BUS 2012")
        let source = String(decoding: try Data(contentsOf: Self.builtInFile), as: UTF8.self)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("short-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        let without = source.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("kortnamn:") }.joined(separator: "\n")
        #expect(without != source)
        try without.write(to: url, atomically: true, encoding: .utf8)
        let loaded = try RuleSet.load(url.path)
        #expect(loaded.shortName == loaded.name)
    }

    @Test func aWrongValueInARuleSetIsNamedWithItsLine() throws {
        let source = String(decoding: try Data(contentsOf: Self.builtInFile), as: UTF8.self)
        let url = Scratch.url("wrong.yaml")
        try source.replacingOccurrences(of: "huvudmän: [kommun, region]", with: "huvudmän: [kommun, landsting]")
            .write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: RuleSetError.invalid(url.path, LocalizedText(sv: "`huvudmän`: okänt värde `landsting`", en: "`huvudmän`: unknown value `landsting`"))) { try RuleSet.load(url.path) }
        try source.replacingOccurrences(of: "individforum-inom-dagar: 14", with: "individforum-inom-dagar: två veckor")
            .write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: RuleSetError.invalid(url.path, LocalizedText(sv: "28:26: `individforum-inom-dagar` ska vara ett heltal", en: "28:26: `individforum-inom-dagar` must be a whole number"))) { try RuleSet.load(url.path) }
        try source.replacingOccurrences(of: "uppföljning-minst: år\n", with: "")
            .write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: RuleSetError.invalid(url.path, LocalizedText(sv: "2:1: nyckeln `uppföljning-minst` saknas", en: "2:1: the key `uppföljning-minst` is missing"))) { try RuleSet.load(url.path) }
    }

    static let builtInFile = Fixture.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/BUSDocsKit/RuleSets/bus-2012.yaml")

    /// A `regelverk` no rule set has is checked by the current rule set, hök-2022 (which expects a
    /// coordinating health centre, BUS021), never silently by the old one.
    @Test func unknownRegelverkIsAStructureErrorCheckedByTheCurrentRuleSet() {
        let text = Fixture.valid.replacing("regelverk: bus-2012", with: "regelverk: 1️⃣bus-2013").replacing("parter:\n", with: "2️⃣parter:\n")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "unknown value `bus-2013` for `regelverk`"),
            ExpectedFinding("2️⃣", "BUS021", "no party provides a coordinating health centre (samordnande vårdcentral), which HÖK 2022 expects", .warning),
        ])
        #expect(Validator(today: Fixture.today).ruleSet(for: Fixture.parse(MarkedText(text).text)!).0.id == "hök-2022")
    }

    /// Written as `new` reads it ("HÖK 2022", "hök", "2022", "huvudöverenskommelsen"), the rule set is
    /// that one: its rules run, pages name it, and a warning says so, whose hint, applied literally,
    /// leaves only what hök-2022 asks for.
    @Test(arguments: ["HÖK 2022", "hok 2022", "hök", "HÖK", "2022", "hök 22", "huvudöverenskommelsen", "Huvudöverenskommelsen HÖK 2022"])
    func aRuleSetWrittenAnotherWayIsTheOneMeant(written: String) throws {
        let text = Fixture.valid.replacing("regelverk: bus-2012", with: "regelverk: 1️⃣\(written)").replacing("parter:\n", with: "2️⃣parter:\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "`regelverk: \(written)` is read as hök-2022, which the agreement is checked against", .warning),
            ExpectedFinding("2️⃣", "BUS021", "no party provides a coordinating health centre (samordnande vårdcentral), which HÖK 2022 expects", .warning),
        ])
        let readAs = try #require(found.first { $0.ruleID == "BUS019" })
        #expect(readAs.message.sv == "`regelverk: \(written)` läses som hök-2022, som överenskommelsen kontrolleras mot")
        #expect(readAs.hint?.sv == "Skriv regelverkets id: `regelverk: hök-2022`.")
        #expect(readAs.hint?.en == "Write the rule set's id: `regelverk: hök-2022`.")
        #expect(readAs.fix?.replacement == "hök-2022")
        #expect(Validator(today: Fixture.today).ruleSet(for: Fixture.parse(MarkedText(text).text)!).0.id == "hök-2022")
        assertFindings(in: text.replacing("regelverk: 1️⃣\(written)", with: "regelverk: hök-2022"), [
            ExpectedFinding("2️⃣", "BUS021", "no party provides a coordinating health centre (samordnande vårdcentral), which HÖK 2022 expects", .warning),
        ])
    }

    @Test func theOldRuleSetWrittenAnotherWayIsTheOldOne() {
        let text = Fixture.valid.replacing("regelverk: bus-2012", with: "regelverk: 1️⃣BUS 2012")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS019", "`regelverk: BUS 2012` is read as bus-2012, which the agreement is checked against", .warning)])
        #expect(found.first?.fix?.replacement == "bus-2012")
        #expect(Validator(today: Fixture.today).ruleSet(for: Fixture.parse(MarkedText(text).text)!).0.id == "bus-2012")
    }

    /// A year no rule set has ("hök 2023") is not read as one: an error, checked by the current rule set,
    /// with the nearest rule set's id as "did you mean".
    @Test func aRuleSetWithAnotherYearIsAnErrorWithTheNearest() {
        let text = Fixture.valid.replacing("regelverk: bus-2012", with: "regelverk: 1️⃣hök 2023").replacing("parter:\n", with: "2️⃣parter:\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "unknown value `hök 2023` for `regelverk`"),
            ExpectedFinding("2️⃣", "BUS021", "no party provides a coordinating health centre (samordnande vårdcentral), which HÖK 2022 expects", .warning),
        ])
        #expect(found.first { $0.ruleID == "BUS019" }?.hint?.sv.hasPrefix("Menade du `hök-2022`?") == true)
    }

    /// One reading for `new`, `--rules`, `regelverk` and `import`: what names a built-in rule set, and what does not.
    @Test func aRuleSetAsPeopleWriteIt() {
        let read: [String: String?] = [
            "HÖK 2022": "hök-2022", "hök": "hök-2022", "2022": "hök-2022", "hok22": "hök-2022", "HÖK-22": "hök-2022",
            "huvudöverenskommelsen": "hök-2022", "Huvudöverenskommelse": "hök-2022", "BUS2012": "bus-2012", "bus 12": "bus-2012",
            "2012": "bus-2012", "hök 2023": nil, "hök 2012": nil, "bus 2022": nil, "ja": nil, "": nil, "överenskommelsen": nil,
        ]
        for (answer, id) in read {
            #expect(RuleSet.builtIn(answer: answer)?.id == id, "\(answer)")
        }
        #expect(RuleSet.nearestBuiltIn(to: "hök 2023") == "hök-2022")
        #expect(RuleSet.nearestBuiltIn(to: "ja") == nil)
    }
}
