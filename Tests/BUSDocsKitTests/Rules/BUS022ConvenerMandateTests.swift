import BUSDocsKit
import Testing

/// BUS022: the individforum's convener is a manager with mandate. A role the rule set knows is staff's
/// is an error; a role it does not know may still be a manager's and is a warning; a manager passes.
@Suite struct BUS022ConvenerMandateTests {
    static func convener(_ role: String) -> String {
        Fixture.valid.replacing("    sammankallande: { part: sof, roll: Enhetschef }\n    möten: { vid-behov: true",
                                with: "    sammankallande: { part: sof, roll: 1️⃣\(role) }\n    möten: { vid-behov: true")
    }

    /// Staff's roles, alone or as the end of a compound, and a team's leader, who has no mandate over budget and staff.
    @Test(arguments: ["Socialsekreterare", "BUS-samordnare", "Handläggare barn och unga", "Skolkurator", "Mottagningssekreterare", "Gruppledare", "Teamledare"])
    func aStaffRoleIsAnError(role: String) {
        let found = assertFindings(in: Self.convener(role), [
            ExpectedFinding("1️⃣", "BUS022", "the individforum `individforum` is convened by `\(role)`, who is not a manager with mandate"),
        ])
        #expect(found.map(\.severity) == [.error])
        #expect(found.map(\.hint?.sv) == ["Skriv en chefsroll med beslutsmandat, t.ex. `roll: Enhetschef`."])
        assertFindings(in: MarkedText(Self.convener(role)).text.replacing("roll: \(role)", with: "roll: Enhetschef"), [])
    }

    /// The text that names the same staff convener changes with `roll:`: the hint names its word and line,
    /// in the text's form, and applied literally leaves nothing to find (no BUS023 after it).
    @Test(arguments: [("Individforum sammankallas av den handläggare som har ärendet.", "handläggare", "enhetschef"),
                      ("Handläggaren på socialtjänsten kallar till individforum.", "Handläggaren", "Enhetschefen")])
    func theHintAlsoChangesTheTextThatNamesTheSameRole(sentence: String, said: String, word: String) {
        let text = Self.convener("Handläggare").replacing("## Samtycke\n", with: "## Samverkan\n\(sentence)\n\n## Samtycke\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS022", "the individforum `individforum` is convened by `Handläggare`, who is not a manager with mandate"),
        ])
        let line = MarkedText(text).text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == sentence }.map { $0 + 1 } ?? 0
        #expect(found.map(\.hint?.sv) == ["Skriv en chefsroll med beslutsmandat, t.ex. `roll: Enhetschef`, och i texten ”\(word)” i stället för ”\(said)” på rad \(line)."])
        assertFindings(in: MarkedText(text).text.replacing("roll: Handläggare", with: "roll: Enhetschef").replacing(said, with: word), [])
    }

    @Test(arguments: ["Ansvarig för BUS", "Utvecklingsledare för BUS"])
    func aRoleTheRuleSetDoesNotKnowIsAWarning(role: String) {
        let found = assertFindings(in: Self.convener(role), [
            ExpectedFinding("1️⃣", "BUS022", "the individforum `individforum` is convened by `\(role)`, who is not a manager with mandate", .warning),
        ])
        #expect(found.map(\.severity) == [.warning])
    }

    @Test(arguments: ["Enhetschef", "Biträdande rektor", "Avdelningschef barn och unga", "Verksamhetsledare", "Enhetsledare"])
    func aManagerPasses(role: String) {
        assertFindings(in: MarkedText(Self.convener(role)).text, [])
    }
}
