import BUSDocsKit
import Testing

@Suite struct BUS009SIPRoutineTests {
    @Test func routineWithInitiatorsPasses() {
        _ = expectFindings("BUS009", in: Fixture.valid, at: [])
    }

    @Test func missingRoutineFailsAtTheFrontMatter() {
        let text = "1️⃣" + Fixture.valid.removingLines(containing: "sip:").removingLines(containing: "initierar:").removingLines(containing: "skolan: ska")
        _ = expectFindings("BUS009", in: text, at: ["1️⃣"], severity: .error)
    }

    @Test func routineWithoutInitiatorsFailsAtTheRoutine() {
        let text = Fixture.valid.replacing("  initierar: [socialtjanst, utbildning, bup, hab, bumm]\n  skolan: ska", with: "  skolan: ska").replacing("sip:\n", with: "1️⃣sip:\n")
        _ = expectFindings("BUS009", in: text, at: ["1️⃣"])
    }

    @Test func initiatorsOfOnlyTheRegionFailOnceAtTheList() {
        let text = Fixture.valid.replacing("  initierar: [socialtjanst, utbildning, bup, hab, bumm]", with: "  initierar: [1️⃣bup, hab, bumm]")
        let found = expectFindings("BUS009", in: text, at: ["1️⃣"])
        #expect(found.first?.hint?.sv == "Lägg till socialtjanst, utbildning i `initierar:`.")
    }

    @Test func initiatorsOfOnlyTheMunicipalityFailOnce() {
        let text = Fixture.valid.replacing("  initierar: [socialtjanst, utbildning, bup, hab, bumm]", with: "  initierar: [1️⃣socialtjanst, utbildning]")
        let found = expectFindings("BUS009", in: text, at: ["1️⃣"])
        #expect(found.first?.message.sv == "ingen av regionens verksamheter kan kalla till SIP enligt `initierar`")
    }
}
