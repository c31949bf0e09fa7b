import BUSDocsKit
import Testing

/// The base fixture passes every rule: each rule's "passing fixture".
@Suite struct ValidFixtureTests {
    @Test func validFixtureHasNoFindings() {
        let findings = Fixture.check(Fixture.valid)
        #expect(findings.isEmpty, "\(findings.map { "\($0.location) [\($0.ruleID)] \($0.message.en)" })")
    }

    @Test func validFixtureUnderHOK2022HasOnlyTheCoordinatingHealthCentreWarning() {
        let findings = Fixture.check(Fixture.valid.replacing("regelverk: bus-2012", with: "regelverk: hök-2022"))
        #expect(findings.map(\.ruleID) == ["BUS021"])
    }
}
