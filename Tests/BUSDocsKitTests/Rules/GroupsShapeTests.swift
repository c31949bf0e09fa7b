@testable import BUSDocsKit
import Testing

/// `grupper` empty, or of a shape that is no list of groups: the missing tiers are reported, and the hint
/// for a wrong shape, applied as it stands, gives the agreement its groups.
@Suite struct GroupsShapeTests {
    /// The fixture with its whole `grupper:` block replaced by `block`.
    static func withGroups(_ block: String) -> String {
        let text = Fixture.valid
        let start = text.range(of: "grupper:\n")!.lowerBound
        let end = text.range(of: "avvikelser:\n")!.lowerBound
        return text.replacingCharacters(in: start..<end, with: block)
    }

    /// The hint's lines after its first: the YAML it says to write.
    static func written(_ hint: LocalizedText?) -> String {
        (hint?.sv.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n") ?? "") + "\n"
    }

    /// `grupper: []` says there are no groups: no steering group, no individforum, as with the key left out.
    @Test func anEmptyListHasNoSteeringGroupAndNoForum() {
        let empty = Self.withGroups("1️⃣grupper: []\n")
        let missing = Self.withGroups("")
        let emptyFindings = Fixture.check(MarkedText(empty).text)
        let missingFindings = Fixture.check(missing)
        #expect(emptyFindings.map(\.ruleID).filter { ["BUS003", "BUS006"].contains($0) } == ["BUS003", "BUS006"], "\(emptyFindings.map(\.message.en))")
        #expect(emptyFindings.map(\.message) == missingFindings.map(\.message))
        let steering = emptyFindings.first { $0.ruleID == "BUS003" }
        #expect(steering?.location == BUSDocsKit.SourceLocation(line: MarkedText(empty).locations["1️⃣"]!.line, column: 1))
        #expect(steering?.message.sv == "överenskommelsen har ingen styrgrupp")
    }

    /// `grupper:` with nothing under it but comments (as an import writes it): not a list; the hint writes
    /// the groups with the agreement's own parties, and applied as it stands the file checks clean.
    @Test func groupsThatAreNoListGetTheGroupsToWrite() throws {
        let text = Self.withGroups("grupper:\n  # grupper: ingen grupp hittades i dokumentet\n")
        let found = Fixture.check(text)
        #expect(found.count == 1, "\(found.map(\.message.en))")
        let finding = try #require(found.first)
        #expect(finding.ruleID == "BUS019" && finding.severity == .error)
        #expect(finding.message == LocalizedText(sv: "`grupper` ska vara en lista", en: "`grupper` must be a list"))
        #expect(finding.hint?.sv == """
            Skriv grupperna så här i stället för `grupper` som det står nu (byt rollerna mot era egna):
            grupper:
              - id: styrgrupp
                typ: styrgrupp
                namn: BUS lokal styrgrupp
                ledamöter:
                  - { part: sof, roll: Förvaltningschef }
                  - { part: skola, roll: Förvaltningschef }
                  - { part: bup, roll: Verksamhetschef }
                  - { part: hab, roll: Verksamhetschef }
                  - { part: bumm, roll: Verksamhetschef }
                möten: { minst: 1, per: termin }
              - id: individforum
                typ: individforum
                namn: BUS individforum
                ledamöter:
                  - { part: sof, roll: Enhetschef }
                  - { part: bup, roll: Enhetschef }
                sammankallande: { part: sof, roll: Enhetschef }
                möten: { vid-behov: true, inom-dagar: 14 }
                protokoll: individforum
            """)
        #expect(finding.hint?.en.hasPrefix("Write the groups like this instead of `grupper` as it stands (put your own roles in):\ngrupper:\n  - id: styrgrupp\n") == true)
        assertFindings(in: Self.withGroups(Self.written(finding.hint)), [])
    }

    /// `grupper: [a, b]`: a list, but of words; each item is said to need keys — not `grupper` itself —
    /// and the same hint, applied, checks clean.
    @Test func groupsThatAreWordsAreEachSaidToNeedKeys() throws {
        let text = Self.withGroups("grupper: [1️⃣a, 2️⃣b]\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "each group under `grupper` must consist of keys with values (`key: value`), starting with `- id:`"),
            ExpectedFinding("2️⃣", "BUS019", "each group under `grupper` must consist of keys with values (`key: value`), starting with `- id:`"),
        ])
        #expect(found.first?.message.sv == "varje grupp under `grupper` ska bestå av nycklar med värden (`nyckel: värde`), med `- id:` först")
        assertFindings(in: Self.withGroups(Self.written(found.first?.hint)), [])
    }
}

/// A quote opened and never closed on its line: said at the quote, with the line closed as the hint.
@Suite struct UnclosedQuoteTests {
    @Test func theQuoteIsNamedWhereItOpens() throws {
        let text = Fixture.valid.replacing("område: Testområdet\n", with: "område: 1️⃣\"Testområdet\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "YAML syntax error: the quote on line 5, column 9 is never closed, so the lines below are read as part of the value"),
        ])
        let finding = try #require(found.first)
        #expect(finding.message.sv == "YAML-fel: citattecknet på rad 5, kolumn 9 stängs aldrig, så raderna under läses som en del av värdet")
        #expect(finding.hint == LocalizedText(sv: "Stäng citattecknet på samma rad: `område: \"Testområdet\"`.",
                                              en: "Close the quote on the same line: `område: \"Testområdet\"`."))
        assertFindings(in: Fixture.valid.replacing("område: Testområdet\n", with: "område: \"Testområdet\"\n"), [])
    }

    /// Nested in a list item, single quotes: the same, the line with its indentation.
    @Test func aNestedSingleQuote() throws {
        let text = Fixture.valid.replacing("    namn: BUP Teststad\n", with: "    namn: 1️⃣'BUP Teststad\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "YAML syntax error: the quote on line 23, column 11 is never closed, so the lines below are read as part of the value"),
        ])
        #expect(found.first?.hint?.en == "Close the quote on the same line: `    namn: 'BUP Teststad'`.")
    }
}
