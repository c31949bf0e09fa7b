import BUSDocsKit
import Testing

@Suite struct BUS009SIPRoutineTests {
    @Test func routineWithInitiatorsPasses() {
        assertFindings(in: Fixture.valid, [])
    }

    @Test func missingRoutineFailsAtTheFrontMatter() {
        let text = "1️⃣" + Fixture.valid.removingLines(containing: "sip:").removingLines(containing: "initierar:").removingLines(containing: "skolan: ska")
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS009", "the agreement has no SIP routine (`sip` is missing)")])
    }

    @Test func routineWithoutInitiatorsFailsAtTheRoutine() {
        let text = Fixture.valid.replacing("  initierar: [socialtjanst, utbildning, bup, hab, bumm]\n  skolan: ska", with: "  skolan: ska").replacing("sip:\n", with: "1️⃣sip:\n")
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS009", "the SIP routine does not say which services may call a SIP")])
    }

    @Test func initiatorsOfOnlyTheRegionFailOnceAtTheList() {
        let text = Fixture.valid.replacing("  initierar: [socialtjanst, utbildning, bup, hab, bumm]", with: "  initierar: [1️⃣bup, hab, bumm]")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS009", "social services (socialtjänst / stadsdelsförvaltning) and education (utbildningsförvaltning / förskola och skola) may not call a SIP according to `initierar`"),
        ])
        #expect(found.first?.hint?.sv == "Lägg till socialtjanst, utbildning i `initierar:`.")
    }

    @Test func initiatorsOfOnlyTheMunicipalityFailOnce() {
        let text = Fixture.valid.replacing("  initierar: [socialtjanst, utbildning, bup, hab, bumm]", with: "  initierar: [1️⃣socialtjanst, utbildning]")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS009", "none of the region's services may call a SIP according to `initierar`")])
        #expect(found.first?.message.sv == "ingen av regionens verksamheter kan kalla till SIP enligt `initierar`")
    }

    /// The school alone (as `import` reads "Skolan ska kalla till SIP"): social services and the region
    /// both missing from one list is one finding, whose hint adds them all and leaves none.
    @Test func onlyTheSchoolIsOneFindingWhoseHintAddsAll() {
        let text = Fixture.valid.replacing("  initierar: [socialtjanst, utbildning, bup, hab, bumm]", with: "  initierar: [1️⃣utbildning]")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS009",
            "social services (socialtjänst / stadsdelsförvaltning) may not call a SIP according to `initierar`; none of the region's services may call a SIP according to `initierar`")])
        #expect(found.first?.hint?.sv == "Lägg till socialtjanst, bup, hab, bumm i `initierar:`.")
        assertFindings(in: MarkedText(text).text.replacing("initierar: [utbildning]", with: "initierar: [utbildning, socialtjanst, bup, hab, bumm]"), [])
    }
}
