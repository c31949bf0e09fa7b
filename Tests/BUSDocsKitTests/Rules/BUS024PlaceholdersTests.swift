import BUSDocsKit
import Testing

@Suite struct BUS024PlaceholdersTests {
    /// A party name `new` wrote is the placeholder as a whole: deleting its "(ange enhetens namn)" alone
    /// leaves a generic name, still flagged, with a hint that (applied as written) clears the finding.
    @Test func aGeneratedPartyNameIsFlaggedAsAWhole() throws {
        let generated = "Socialtjänst (socialtjänst / stadsdelsförvaltning) i Testområdet, Teststads kommun"
        for name in [generated + " (ange enhetens namn)", generated] {
            let text = Fixture.valid.replacing("    namn: Teststads socialförvaltning\n", with: "    namn: 1️⃣\"\(name)\"\n")
            let found = assertFindings(in: text, [
                ExpectedFinding("1️⃣", "BUS024", "the party's name is still the one `bus-docs new` wrote", .warning),
            ])
            #expect(found.first?.hint?.sv == "Skriv enhetens riktiga namn i stället för hela värdet, t.ex. `namn: \"Teststads kommun, socialförvaltningen, enheten för barn och unga\"`.")
            #expect(found.first?.hint?.en == "Write the unit's real name instead of the whole value, e.g. `namn: \"Teststads kommun, socialförvaltningen, enheten för barn och unga\"`.")
            // The hint applied as written.
            let fixed = Fixture.valid.replacing("    namn: Teststads socialförvaltning\n", with: "    namn: \"Teststads kommun, socialförvaltningen, enheten för barn och unga\"\n")
            assertFindings(in: fixed, [])
        }
    }

    @Test func inADecidedAgreementItIsAnError() {
        let text = Fixture.valid.replacing("typ: lokal-överenskommelse\n", with: "typ: lokal-överenskommelse\nstatus: beslutad\n")
            .replacing("    namn: BUP Teststad\n", with: "    namn: 1️⃣\"BUP (barn- och ungdomspsykiatri) i Testområdet, Region Stockholm\"\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS024", "the party's name is still the one `bus-docs new` wrote, in a decided agreement"),
        ])
        #expect(found.first?.hint?.sv.contains("`namn: \"BUP Testområdet, Region Stockholm\"`") == true)
    }

    /// A real name that mentions the service is the parties' own.
    @Test func aNameOfTheirOwnIsNotAPlaceholder() {
        let text = Fixture.valid.replacing("    namn: BUP Teststad\n", with: "    namn: BUP (barn- och ungdomspsykiatri) Teststad\n")
        assertFindings(in: text, [])
    }
}
