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
        let text = Fixture.valid.replacing("  initierar: [socialtjanst, utbildning, bup, hab, bumm]\n  skolan: ska", with: "  1️⃣skolan: ska")
        _ = expectFindings("BUS009", in: text, at: ["1️⃣"])
    }
}
