import BUSDocsKit
import Testing

@Suite struct BUS010SchoolSIPWordingTests {
    @Test func schoolShallPasses() {
        assertFindings(in: Fixture.valid, [])
    }

    @Test func schoolMayIsAWarningAtTheValue() {
        let found = assertFindings(in: Fixture.valid.replacing("skolan: ska", with: "skolan: 1️⃣kan"), [
            ExpectedFinding("1️⃣", "BUS010", "the school \"may\" call a SIP; this differs between areas — \"ska\" (shall) is the equal wording", .warning),
        ])
        #expect(found.first?.hint?.sv.hasPrefix("Skriv `skolan: ska`") == true)
        #expect(found.first?.message.sv == "skolan ”kan” kalla till SIP; det skiljer sig mellan områdena — ”ska” är den likvärdiga skrivningen")
    }

    /// A text that says the school may, or need not, call changes with `skolan:`: the hint names its words
    /// and line, and followed literally it leaves no finding (BUS023 would otherwise find the sentence).
    @Test(arguments: [
        ("Skolan kan kalla till SIP när barnet behöver insatser från flera huvudmän.", "Skolan kan"),
        ("Skolan behöver inte kalla till SIP när barnet behöver insatser från flera huvudmän.", "Skolan behöver inte"),
        ("Skolan i området får ta initiativ till SIP.", "Skolan i området får"),
    ]) func theHintChangesTheTextToo(sentence: String, said: String) throws {
        let text = Fixture.valid.replacing("skolan: ska", with: "skolan: 1️⃣kan")
            .replacing("Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän.", with: sentence)
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS010", "the school \"may\" call a SIP; this differs between areas — \"ska\" (shall) is the equal wording", .warning),
        ])
        let line = try #require(MarkedText(text).text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix(sentence) }) + 1
        let shall = said.split(separator: " ").dropLast(said.hasSuffix("inte") ? 2 : 1).joined(separator: " ") + " ska"
        #expect(found.map(\.hint?.sv) == ["Skriv `skolan: ska`, och i texten ”\(shall)” i stället för ”\(said)” på rad \(line)."])
        #expect(found.map(\.hint?.en) == ["Write `skolan: ska`, and in the text \"\(shall)\" instead of \"\(said)\" on line \(line)."])
        let fixed = MarkedText(text).text.replacing("skolan: kan", with: "skolan: ska").replacing(said, with: shall)
        assertFindings(in: fixed, [])
    }
    /// A sentence that leaves the call to the school's decision is replaced as a whole along with `skolan:`.
    @Test func theHintReplacesASentenceOfDiscretion() throws {
        let sentence = "Rektor avgör om skolan kallar till SIP."
        let text = Fixture.valid.replacing("skolan: ska", with: "skolan: 1️⃣kan")
            .replacing("Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän.", with: sentence)
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS010", "the school \"may\" call a SIP; this differs between areas — \"ska\" (shall) is the equal wording", .warning),
        ])
        let line = try #require(MarkedText(text).text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix(sentence) }) + 1
        let shall = "Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän"
        #expect(found.map(\.hint?.sv) == ["Skriv `skolan: ska`, och i texten ”\(shall)” i stället för ”Rektor avgör om skolan kallar till SIP” på rad \(line)."])
        assertFindings(in: MarkedText(text).text.replacing("skolan: kan", with: "skolan: ska").replacing("Rektor avgör om skolan kallar till SIP", with: shall), [])
    }
}
