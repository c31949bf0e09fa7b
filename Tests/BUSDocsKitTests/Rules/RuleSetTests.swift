import BUSDocsKit
import Foundation
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
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString).yaml")
        try stricter.write(to: url, atomically: true, encoding: .utf8)
        let ruleSet = try RuleSet.load(url.path)
        #expect(ruleSet.id == "egen-2027")
        let findings = Fixture.check(Fixture.valid, ruleSet: ruleSet).filter { $0.ruleID == "BUS001" }
        #expect(findings.count == 1)
        #expect(findings.first?.message.sv.contains("LSS") == true)
    }

    @Test func brokenRuleSetFileIsAClearError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).yaml")
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
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wrong-\(UUID().uuidString).yaml")
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

    @Test func unknownRegelverkIsAStructureError() {
        assertFindings(in: Fixture.valid.replacing("regelverk: bus-2012", with: "regelverk: 1️⃣bus-2013"), [ExpectedFinding("1️⃣", "BUS019", "unknown value `bus-2013` for `regelverk`")])
    }
}
