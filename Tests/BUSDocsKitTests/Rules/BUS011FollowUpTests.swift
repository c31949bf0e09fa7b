import BUSDocsKit
import Testing

@Suite struct BUS011FollowUpTests {
    @Test func yearlyFollowUpByTheSteeringGroupPasses() {
        _ = expectFindings("BUS011", in: Fixture.valid, at: [])
        _ = expectFindings("BUS011", in: Fixture.valid.replacing("  per: år\n", with: "  per: termin\n"), at: [])
    }

    @Test func missingPeriodFailsAtTheFollowUp() {
        let text = Fixture.valid.replacing("uppföljning:\n  per: år\n  ansvarig: styrgrupp\n", with: "1️⃣uppföljning:\n  ansvarig: styrgrupp\n")
        _ = expectFindings("BUS011", in: text, at: ["1️⃣"], severity: .error)
    }

    @Test func anUnknownPeriodOrAFollowUpThatIsNoMappingIsLeftToBUS019() {
        let period = Fixture.valid.replacing("  per: år\n", with: "  per: 1️⃣ibland\n")
        _ = expectFindings("BUS011", in: period, at: [])
        _ = expectFindings("BUS019", in: period, at: ["1️⃣"])
        let scalar = Fixture.valid.replacing("uppföljning:\n  per: år\n  ansvarig: styrgrupp\n  indikatorer: [individforum-ärenden, olösta-ärenden, avvikelser, sip]\n",
                                             with: "uppföljning: 1️⃣varje år\n")
        _ = expectFindings("BUS011", in: scalar, at: [])
        _ = expectFindings("BUS019", in: scalar, at: ["1️⃣"])
    }

    @Test func rarerThanTheRuleSetAllowsFailsAtThePeriod() throws {
        var termly = try #require(RuleSet.builtIn(named: "bus-2012"))
        termly.minimumFollowUp = .term
        let found = expectFindings("BUS011", in: Fixture.valid.replacing("  per: år\n", with: "  per: 1️⃣år\n"), at: ["1️⃣"], ruleSet: termly)
        #expect(found.first?.message.en == "follow-up per år is less often than once per termin")
    }

    /// A known but too weak value is this rule's, not a typo for BUS019.
    @Test(arguments: ["vartannat år", "var tredje år", "2 år", "Vartannat år"]) func everySecondYearIsTooRareNotATypo(per: String) {
        let text = Fixture.valid.replacing("  per: år\n", with: "  per: 1️⃣\(per)\n")
        let found = expectFindings("BUS011", in: text, at: ["1️⃣"])
        #expect(found.first?.message.sv.contains("är för sällan") == true)
        _ = expectFindings("BUS019", in: text, at: [])
    }

    @Test(arguments: ["årligen", "varje år", "per år", "termin", "varje termin"]) func yearlyOrMoreOftenInWordsPasses(per: String) {
        _ = expectFindings("BUS011", in: Fixture.valid.replacing("  per: år\n", with: "  per: \(per)\n"), at: [])
    }

    @Test func followUpOwnedByAnOnDemandForumFails() {
        let found = expectFindings("BUS011", in: Fixture.valid.replacing("ansvarig: styrgrupp", with: "ansvarig: 1️⃣individforum"), at: ["1️⃣"])
        #expect(found.first?.hint?.sv == "Skriv `ansvarig: styrgrupp`.")
    }

    @Test func theOwnerMayBeWrittenAsSwedishWritesIt() {
        _ = expectFindings("BUS011", in: Fixture.valid.replacing("ansvarig: styrgrupp", with: "ansvarig: styrgruppen"), at: [])
    }

    @Test func ownerThatIsNoGroupFailsWithSuggestion() {
        let found = expectFindings("BUS011", in: Fixture.valid.replacing("ansvarig: styrgrupp", with: "ansvarig: 1️⃣styrgrup"), at: ["1️⃣"])
        #expect(found.first?.hint?.en == "Did you mean `styrgrupp`?")
    }

    @Test func missingFollowUpFailsAtTheFrontMatter() {
        let text = "1️⃣" + Fixture.valid.removingLines(containing: "uppföljning:").removingLines(containing: "  per: år").removingLines(containing: "ansvarig: styrgrupp").removingLines(containing: "indikatorer:")
        _ = expectFindings("BUS011", in: text, at: ["1️⃣"])
    }
}
